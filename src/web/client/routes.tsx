/** The client's own screens ("Omat tietoni"), by URL. */
import type { ReactNode } from 'react';
import { RequireUser } from '../ui/RequireUser.js';
import { AccessLog } from './AccessLog.js';
import { CareRelationships } from './CareRelationships.js';
import { Consents } from './Consents.js';
import { MyEntries } from './MyEntries.js';

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
