import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { notFoundError } from '../../http/errors.js';
import { operation, problems } from '../../http/openapi.js';
import { msg } from './messages.js';
import { codeSystems, findCodeSystem, municipalitiesOfRegion } from './model.js';

const LocalizedOut = Type.Object({
  fi: Type.String(),
  sv: Type.Optional(Type.String()),
  en: Type.Optional(Type.String()),
});
const SystemSummary = Type.Object({
  id: Type.String(),
  oid: Type.Union([Type.String(), Type.Null()], {
    description: 'ISO OID; null for a classification without one',
  }),
  system: Type.String({ description: 'Value for Coding.system / classification.system (urn:oid:… or URL)' }),
  version: Type.String(),
  name: LocalizedOut,
  note: Type.String({ description: 'Where the subset comes from and its limits' }),
});

/** National code systems shipped with Saumaton, and the municipalities of a region. */
export function codeRoutes() {
  return async (app: FastifyInstance) => {
    const summary = (cs: (typeof codeSystems)[number]) => ({
      id: cs.id,
      oid: cs.oid,
      system: cs.url,
      version: cs.version,
      name: cs.name,
      note: cs.note,
    });
    app.get(
      '/codesystems',
      {
        schema: {
          tags: ['codes'],
          ...operation({ id: 'listCodeSystems', summary: 'Code systems', callers: 'public' }),
          response: { 200: Type.Object({ items: Type.Array(SystemSummary) }) },
        },
      },
      async () => ({ items: codeSystems.map(summary) }),
    );
    app.get(
      '/codesystems/:id',
      {
        schema: {
          tags: ['codes'],
          ...operation({
            id: 'getCodeSystem',
            summary: 'A code system with its concepts (id, OID or urn:oid:…)',
            callers: 'public',
          }),
          params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
          response: {
            200: Type.Intersect([
              SystemSummary,
              Type.Object({
                concepts: Type.Array(Type.Object({ code: Type.String(), display: LocalizedOut })),
              }),
            ]),
            ...problems(400, 404),
          },
        },
      },
      async (req) => {
        const { id } = req.params as { id: string };
        const cs = findCodeSystem(id);
        if (!cs) throw notFoundError(msg('notFound.codeSystem', { id }));
        return { ...summary(cs), concepts: cs.concepts };
      },
    );
    app.get(
      '/municipalities',
      {
        schema: {
          tags: ['codes'],
          ...operation({
            id: 'listMunicipalities',
            summary: "Municipalities of a region (from Statistics Finland's codes via postal code data)",
            callers: 'public',
          }),
          querystring: Type.Object(
            { region: Type.Optional(Type.String({ maxLength: 60, default: 'Kanta-Häme' })) },
            { additionalProperties: false },
          ),
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  code: Type.String(),
                  name: Type.Object({ fi: Type.String(), sv: Type.String() }),
                  language: Type.String(),
                }),
              ),
            }),
            ...problems(400),
          },
        },
      },
      async (req) => {
        const { region } = req.query as { region?: string };
        return { items: municipalitiesOfRegion(region ?? 'Kanta-Häme') };
      },
    );
  };
}
