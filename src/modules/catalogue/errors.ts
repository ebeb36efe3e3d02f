import { notFoundError, versionAnswers } from '../../http/errors.js';
import { msg } from './messages.js';

/** The kinds of record of this module that an error can name (Finnish and Swedish inflect the noun). */
export type CatalogueEntity = 'producer' | 'unit' | 'service' | 'channel' | 'contract';

/** "… x does not exist.", as a message (also for a field that refers to a missing record). */
export const doesNotExist = (entity: CatalogueEntity, id: string) => msg(`notFound.${entity}`, { id });

export const notFound = (entity: CatalogueEntity, id: string) => notFoundError(doesNotExist(entity, id));

/** The database layer's version errors (bumpVersion) in this module's words: 404 and 412. */
export const versionErrors = (entity: CatalogueEntity) =>
  versionAnswers({
    notFound: (id) => doesNotExist(entity, id),
    stale: (id, expected, current) => msg(`stale.${entity}`, { id, expected, current }),
  });
