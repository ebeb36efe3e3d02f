/** The organizer's screens by URL; their code loads when first shown. */
import type { ReactNode } from 'react';
import { lazyScreen } from '../ui/lazyScreen.js';
import { RequireUser } from '../ui/RequireUser.js';

const screens = () => import('./screens.js');
const AccessLogSearch = lazyScreen(screens, 'AccessLogSearch');
const ChainEdit = lazyScreen(screens, 'ChainEdit');
const ChainList = lazyScreen(screens, 'ChainList');
const ChainView = lazyScreen(screens, 'ChainView');
const ChannelEdit = lazyScreen(screens, 'ChannelEdit');
const ChannelList = lazyScreen(screens, 'ChannelList');
const ContractEdit = lazyScreen(screens, 'ContractEdit');
const ContractList = lazyScreen(screens, 'ContractList');
/** The catalogue's front page; also the start page of organizers and visitors (`App.tsx`). */
export const Home = lazyScreen(screens, 'Home');
const PackageEdit = lazyScreen(screens, 'PackageEdit');
const PackageList = lazyScreen(screens, 'PackageList');
const PackageView = lazyScreen(screens, 'PackageView');
const ProducerEdit = lazyScreen(screens, 'ProducerEdit');
const ProducerList = lazyScreen(screens, 'ProducerList');
const OpeningsReview = lazyScreen(screens, 'OpeningsReview');
const ServiceEdit = lazyScreen(screens, 'ServiceEdit');
const ServiceList = lazyScreen(screens, 'ServiceList');
const Statistics = lazyScreen(screens, 'Statistics');
const UnitEdit = lazyScreen(screens, 'UnitEdit');
const UnitList = lazyScreen(screens, 'UnitList');

type Params = Record<string, string>;
const id = (p: Params) => p.id ?? '';

/** Patterns are tried in order: `/x/new` before `/x/:id`. */
export const organizerRoutes: [string, (p: Params) => ReactNode][] = [
  ['/', () => <Home />],
  ['/producers', () => <ProducerList />],
  ['/producers/new', () => <ProducerEdit id={null} />],
  ['/producers/:id', (p) => <ProducerEdit id={id(p)} />],
  ['/units', () => <UnitList />],
  ['/units/new', () => <UnitEdit id={null} />],
  ['/units/:id', (p) => <UnitEdit id={id(p)} />],
  ['/services', () => <ServiceList />],
  ['/services/new', () => <ServiceEdit id={null} />],
  ['/services/:id', (p) => <ServiceEdit id={id(p)} />],
  ['/channels', () => <ChannelList />],
  ['/channels/new', () => <ChannelEdit id={null} />],
  ['/channels/:id', (p) => <ChannelEdit id={id(p)} />],
  ['/contracts', () => <ContractList />],
  ['/contracts/new', () => <ContractEdit id={null} />],
  ['/contracts/:id', (p) => <ContractEdit id={id(p)} />],
  ['/packages', () => <PackageList />],
  ['/packages/new', () => <PackageEdit id={null} />],
  ['/packages/:id', (p) => <PackageView id={id(p)} />],
  ['/packages/:id/edit', (p) => <PackageEdit id={id(p)} />],
  ['/chains', () => <ChainList />],
  ['/chains/new', () => <ChainEdit id={null} />],
  ['/chains/:id', (p) => <ChainView id={id(p)} />],
  ['/chains/:id/edit', (p) => <ChainEdit id={id(p)} />],
  ['/review', () => <RequireUser audience="administrator">{() => <OpeningsReview />}</RequireUser>],
  // Open to the scope analytics.read (planner, analyst, administrator); the screen says who it is for.
  ['/statistics', () => <Statistics />],
  ['/access-log', () => <RequireUser audience="administrator">{() => <AccessLogSearch />}</RequireUser>],
];
