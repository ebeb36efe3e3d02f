/** globalSetup of the db project: the migrated template every test file's database is copied from. */
import type { TestProject } from 'vitest/node';
import { provideTemplate } from './templates.js';

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return provideTemplate('migrated', (t) => project.provide('migratedTemplate', t));
}
