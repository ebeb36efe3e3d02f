/**
 * The organizer's screens (the catalogue and its editors, the administrator's review and access
 * log, the statistics), one chunk loaded on first use (see `ui/lazyScreen.tsx`).
 */
export { AccessLogSearch } from './access-log/AccessLogSearch.js';
export { ChainEdit } from './chains/ChainEdit.js';
export { ChainList } from './chains/ChainList.js';
export { ChainView } from './chains/ChainView.js';
export { ChannelEdit } from './channels/ChannelEdit.js';
export { ChannelList } from './channels/ChannelList.js';
export { ContractEdit } from './contracts/ContractEdit.js';
export { ContractList } from './contracts/ContractList.js';
export { Home } from './Home.js';
export { PackageEdit } from './packages/PackageEdit.js';
export { PackageList } from './packages/PackageList.js';
export { PackageView } from './packages/PackageView.js';
export { ProducerEdit } from './producers/ProducerEdit.js';
export { ProducerList } from './producers/ProducerList.js';
export { OpeningsReview } from './review/OpeningsReview.js';
export { ServiceEdit } from './services/ServiceEdit.js';
export { ServiceList } from './services/ServiceList.js';
export { Statistics } from './statistics/Statistics.js';
export { UnitEdit } from './units/UnitEdit.js';
export { UnitList } from './units/UnitList.js';
