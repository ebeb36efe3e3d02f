/** The client's screens, one chunk loaded on first use (see `ui/lazyScreen.tsx`). */
export { AccessLog } from './AccessLog.js';
export { CareRelationships } from './CareRelationships.js';
export { Consents } from './Consents.js';
export { MyEntries } from './MyEntries.js';
