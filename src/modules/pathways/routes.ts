import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/connection.js';
import { registerCrud } from '../../http/crud.js';
import type { ReadCache } from '../../http/read-cache.js';
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

/** Service packages and service chains. */
export function pathwayRoutes(db: Db, cache: ReadCache) {
  return async (app: FastifyInstance) => {
    cache.install(app);
    registerCrud(app, db, {
      path: '/packages',
      tag: 'pathways',
      label: 'Service package',
      operationId: 'ServicePackage',
      callers,
      input: S.PackageInput,
      output: S.Package,
      query: S.PackageQuery,
      list: (d, q) => store.listPackages(d, q, page(q)),
      get: svc.getPackage,
      create: (d, i) => svc.createPackage(d, { ...i, description: i.description ?? emptyText }),
      update: (d, id, v, i) => svc.updatePackage(d, id, v, { ...i, description: i.description ?? emptyText }),
      remove: svc.deletePackage,
    });
    registerCrud(app, db, {
      path: '/chains',
      tag: 'pathways',
      label: 'Service chain',
      operationId: 'ServiceChain',
      callers,
      input: S.ChainInput,
      output: S.Chain,
      query: S.ChainQuery,
      list: (d, q) => store.listChains(d, q, page(q)),
      get: svc.getChain,
      create: (d, i) => svc.createChain(d, { ...i, description: i.description ?? emptyText }),
      update: (d, id, v, i) => svc.updateChain(d, id, v, { ...i, description: i.description ?? emptyText }),
      remove: svc.deleteChain,
    });
  };
}
