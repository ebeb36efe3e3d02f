import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { browserOnly } from './test/e2e/browser-only.js';

// On PostgreSQL the browser tests that do not depend on the database are left out (their list).
const onPostgres = !!process.env.DATABASE_URL;

/**
 * Files that run long whatever their size (they start processes, or send every route as every
 * role, or walk long browser journeys), longest first. They start before the others, so that none
 * of them runs alone at the end while the other cores idle. Vitest itself orders by the last
 * run's durations (kept in node_modules/.vite) or, in a fresh clone, by file size.
 */
const longFirst = [
  'src/cli/cli.int.test.ts',
  'src/cli/processes.int.test.ts',
  'src/app/route-matrix.int.test.ts',
  'test/e2e/trust.test.ts',
  'test/e2e/languages.test.ts',
];

class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = longFirst.findIndex((p) => f.moduleId.endsWith(`/${p}`));
      return i < 0 ? longFirst.length : i;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// Three projects: pure unit tests, database/HTTP tests (PGlite by default, PostgreSQL when
// DATABASE_URL is set) and real-browser tests. `npm test` runs all three.
export default defineConfig({
  test: {
    // Vitest would use one worker fewer than the cores (one on two). The test files wait on
    // databases, Chromium and child processes a good part of the time: a worker per core.
    maxWorkers: availableParallelism(),
    minWorkers: 1,
    // A worker runs file after file of a project without starting afresh for each: the app's
    // modules are loaded once per worker, not once per file (a third of the db project's time).
    // The tests share no state but through their databases, and each file has its own.
    isolate: false,
    sequence: { sequencer: LongFirst },
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
          exclude: onPostgres ? browserOnly : [],
          environment: 'node',
          // Each file's server starts on a copy of one database with the demo county (test/templates.ts).
          globalSetup: ['test/e2e/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
