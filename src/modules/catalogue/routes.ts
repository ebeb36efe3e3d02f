import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/connection.js';
import { registerCrud } from '../../http/crud.js';
import { operation, problems } from '../../http/openapi.js';
import type { ReadCache } from '../../http/read-cache.js';
import { Id, IsoDate } from '../../http/schema-kit.js';
import * as S from './schemas.js';
import * as svc from './service.js';
import * as store from './store.js';

const page = (q: { limit?: number | undefined; offset?: number | undefined }) => ({
  limit: q.limit ?? 50,
  offset: q.offset ?? 0,
});
const emptyText = { fi: '', sv: '', en: '' };
/** Anyone may read; planners and administrators (scope catalogue.write) change it: see app.ts. */
const callers = { read: 'optional', write: { scope: 'catalogue.write' } } as const;

/** The service catalogue's REST API: producers, units, services, channels and contracts. */
export function catalogueRoutes(db: Db, cache: ReadCache) {
  return async (app: FastifyInstance) => {
    cache.install(app);
    registerCrud(app, db, {
      path: '/producers',
      tag: 'catalogue',
      label: 'Producer',
      operationId: 'Producer',
      callers,
      input: S.ProducerInput,
      output: S.Producer,
      query: S.ProducerQuery,
      list: (d, q) => store.listProducers(d, q, page(q)),
      get: svc.getProducer,
      create: (d, i) => svc.createProducer(d, { ...i, description: i.description ?? '' }),
      update: (d, id, v, i) => svc.updateProducer(d, id, v, { ...i, description: i.description ?? '' }),
      remove: svc.deleteProducer,
    });
    registerCrud(app, db, {
      path: '/units',
      tag: 'catalogue',
      label: 'Unit',
      operationId: 'Unit',
      callers,
      input: S.UnitInput,
      output: S.Unit,
      query: S.UnitQuery,
      list: (d, q) => store.listUnits(d, q, page(q)),
      get: svc.getUnit,
      create: (d, i) => svc.createUnit(d, { ...i, municipalityCode: i.municipalityCode ?? '' }),
      update: (d, id, v, i) => svc.updateUnit(d, id, v, { ...i, municipalityCode: i.municipalityCode ?? '' }),
      remove: svc.deleteUnit,
    });
    registerCrud(app, db, {
      path: '/services',
      tag: 'catalogue',
      label: 'Service',
      operationId: 'Service',
      callers,
      input: S.ServiceInput,
      output: S.Service,
      query: S.ServiceQuery,
      list: (d, q) => store.listServices(d, q, page(q)),
      get: svc.getService,
      create: (d, i) => svc.createService(d, { ...i, description: i.description ?? emptyText }),
      update: (d, id, v, i) => svc.updateService(d, id, v, { ...i, description: i.description ?? emptyText }),
      remove: svc.deleteService,
    });
    registerCrud(app, db, {
      path: '/channels',
      tag: 'catalogue',
      label: 'Channel',
      operationId: 'Channel',
      callers,
      input: S.ChannelInput,
      output: S.Channel,
      query: S.ChannelQuery,
      list: (d, q) => store.listChannels(d, q, page(q)),
      get: svc.getChannel,
      create: svc.createChannel,
      update: svc.updateChannel,
      remove: svc.deleteChannel,
    });
    registerCrud(app, db, {
      path: '/contracts',
      tag: 'catalogue',
      label: 'Contract',
      operationId: 'Contract',
      callers,
      input: S.ContractInput,
      output: S.Contract,
      query: S.ContractQuery,
      list: (d, q) => store.listContracts(d, q, page(q)),
      get: svc.getContract,
      create: svc.createContract,
      update: svc.updateContract,
      remove: svc.deleteContract,
    });

    app.get(
      '/services/:id/producers',
      {
        schema: {
          tags: ['catalogue'],
          ...operation({
            id: 'listContractedProducers',
            summary: 'Producers that may be offered for a service: those with a contract in force on the day',
            callers: callers.read,
          }),
          params: Type.Object({ id: Id() }),
          querystring: Type.Object({ on: Type.Optional(IsoDate()) }, { additionalProperties: false }),
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  producerId: Type.String(),
                  producerName: Type.String(),
                  producerKind: Type.String(),
                  contractId: Type.String(),
                  reference: Type.String(),
                  unitPrice: Type.Number(),
                  monthlyCapacity: Type.Integer(),
                  maxResponseDays: Type.Integer(),
                }),
              ),
            }),
            ...problems(400, 401, 404),
          },
        },
      },
      async (req) => {
        const { id } = req.params as { id: string };
        const { on } = req.query as { on?: string };
        await svc.getService(db, id);
        const rows = await store.contractedProducers(db, id, on ?? svc.today());
        return { items: rows.map(({ unitPriceCents, ...r }) => ({ ...r, unitPrice: unitPriceCents / 100 })) };
      },
    );
  };
}
