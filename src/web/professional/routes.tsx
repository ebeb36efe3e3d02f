/** The professional's screens, by URL. */
import type { ReactNode } from 'react';
import { RequireUser } from '../ui/RequireUser.js';
import { ClientSearch } from './ClientSearch.js';
import { ClientView } from './ClientView.js';

type Params = Record<string, string>;

export const professionalRoutes: [string, (p: Params) => ReactNode][] = [
  ['/clients', () => <RequireUser audience="professional">{() => <ClientSearch />}</RequireUser>],
  [
    '/clients/:id',
    (p) => (
      <RequireUser audience="professional">
        {(user) => <ClientView id={p.id ?? ''} user={user} />}
      </RequireUser>
    ),
  ],
];
