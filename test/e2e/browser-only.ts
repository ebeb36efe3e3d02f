/**
 * Browser tests of the web app itself, whose outcome does not depend on the database behind the
 * server: which code each role's pages load (`chunks`), and the organizer's screens in Swedish
 * and English with their accessibility (`languages`). They only read through the API, and what
 * they read, the db project and the other browser tests check on both databases. So they run on
 * PGlite (`npm test`) and are left out when DATABASE_URL names PostgreSQL (vitest.config.ts).
 * A browser test that writes through the app, or depends on what the database answers, must not
 * be listed here.
 */
export const browserOnly = ['test/e2e/chunks.test.ts', 'test/e2e/languages.test.ts'];
