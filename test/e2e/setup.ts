/**
 * globalSetup of the browser tests: the database with the demo county that every test file's
 * server starts from (test/templates.ts), instead of migrating and seeding one per file.
 */
import type { TestProject } from 'vitest/node';
import { provideTemplates } from '../templates.js';
import { browserOnly } from './browser-only.js';

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL)
    console.log(`[e2e] on PostgreSQL: ${browserOnly.join(', ')} left out (test/e2e/browser-only.ts)`);
  return provideTemplates(project, ['demo']);
}
