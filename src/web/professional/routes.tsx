/** The professional's screens, by URL; their code loads when first shown. */
import type { ReactNode } from 'react';
import { lazyScreen } from '../ui/lazyScreen.js';
import { RequireUser } from '../ui/RequireUser.js';

const screens = () => import('./screens.js');
const ClientSearch = lazyScreen(screens, 'ClientSearch');
const ClientView = lazyScreen(screens, 'ClientView');

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
