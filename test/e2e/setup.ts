/**
 * globalSetup of the browser tests: the database with the demo county that every test file's
 * server starts from (test/templates.ts), instead of migrating and seeding one per file.
 */
import type { TestProject } from 'vitest/node';
import { provideTemplate } from '../templates.js';

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return provideTemplate('demo', (t) => project.provide('demoTemplate', t));
}
