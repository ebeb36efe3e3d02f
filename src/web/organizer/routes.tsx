/** The organizer's screens by URL. */
import type { ReactNode } from 'react';
import { RequireUser } from '../ui/RequireUser.js';
import { AccessLogSearch } from './access-log/AccessLogSearch.js';
import { ChainEdit } from './chains/ChainEdit.js';
import { ChainList } from './chains/ChainList.js';
import { ChainView } from './chains/ChainView.js';
import { ChannelEdit } from './channels/ChannelEdit.js';
import { ChannelList } from './channels/ChannelList.js';
import { ContractEdit } from './contracts/ContractEdit.js';
import { ContractList } from './contracts/ContractList.js';
import { Home } from './Home.js';
import { PackageEdit } from './packages/PackageEdit.js';
import { PackageList } from './packages/PackageList.js';
import { PackageView } from './packages/PackageView.js';
import { ProducerEdit } from './producers/ProducerEdit.js';
import { ProducerList } from './producers/ProducerList.js';
import { BreakGlassReview } from './review/BreakGlassReview.js';
import { ServiceEdit } from './services/ServiceEdit.js';
import { ServiceList } from './services/ServiceList.js';
import { Statistics } from './statistics/Statistics.js';
import { UnitEdit } from './units/UnitEdit.js';
import { UnitList } from './units/UnitList.js';

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
  ['/review', () => <RequireUser audience="administrator">{() => <BreakGlassReview />}</RequireUser>],
  // Open to the scope analytics.read (planner, analyst, administrator); the screen says who it is for.
  ['/statistics', () => <Statistics />],
  ['/access-log', () => <RequireUser audience="administrator">{() => <AccessLogSearch />}</RequireUser>],
];
