/** The professional's screens, one chunk loaded on first use (see `ui/lazyScreen.tsx`). */
export { ClientSearch } from './ClientSearch.js';
export { ClientView } from './ClientView.js';
