import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Browser tests of the web app itself, whose outcome does not depend on the database behind the
 * server: which code each role's pages load (`chunks`), and the organizer's screens in Swedish
 * and English with their accessibility (`languages`). They only read through the API, and what
 * they read, the db project and the e2e project check on both databases. They are the `e2e-web`
 * project: `npm test` runs them (on PGlite); the PostgreSQL pass of `.ci/run` runs only `e2e`.
 * A browser test that writes through the app, or depends on what the database answers, belongs
 * in `e2e`.
 */
const browserOnly = ['test/e2e/chunks.test.ts', 'test/e2e/languages.test.ts'];

const browser = {
  environment: 'node',
  // Each file's server starts on a copy of one database with the demo county (test/templates.ts).
  globalSetup: 'test/e2e/setup.ts',
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

// Four projects: pure unit tests, database/HTTP tests (PGlite by default, PostgreSQL when
// DATABASE_URL is set), and real-browser tests: those that depend on the database (`e2e`) and
// those that do not (`e2e-web`). `npm test` runs all four.
export default defineConfig({
  test: {
    // Vitest would use one worker fewer than the cores (one on two). The test files wait on
    // databases, Chromium and child processes a good part of the time: a worker per core.
    maxWorkers: availableParallelism(),
    minWorkers: 1,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.int.test.ts'],
          environment: 'node',
          // Each file's databases are copies of one migrated template built per run (test/templates.ts).
          globalSetup: ['test/setup-db.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: browserOnly,
          ...browser,
        },
      },
      {
        test: {
          name: 'e2e-web',
          include: browserOnly,
          ...browser,
        },
      },
    ],
  },
});
