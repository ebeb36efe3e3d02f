/** The client's own screens ("Omat tietoni"), by URL; their code loads when first shown. */
import type { ReactNode } from 'react';
import { lazyScreen } from '../ui/lazyScreen.js';
import { RequireUser } from '../ui/RequireUser.js';

const screens = () => import('./screens.js');
const AccessLog = lazyScreen(screens, 'AccessLog');
const CareRelationships = lazyScreen(screens, 'CareRelationships');
const Consents = lazyScreen(screens, 'Consents');
const MyEntries = lazyScreen(screens, 'MyEntries');

type Params = Record<string, string>;

export const clientRoutes: [string, (p: Params) => ReactNode][] = [
  ['/me', () => <RequireUser audience="client">{(user) => <AccessLog user={user} />}</RequireUser>],
  ['/me/consents', () => <RequireUser audience="client">{(user) => <Consents user={user} />}</RequireUser>],
  ['/me/entries', () => <RequireUser audience="client">{(user) => <MyEntries user={user} />}</RequireUser>],
  [
    '/me/care',
    () => <RequireUser audience="client">{(user) => <CareRelationships user={user} />}</RequireUser>,
  ],
];
