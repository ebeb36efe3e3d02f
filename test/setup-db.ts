/**
 * globalSetup of the db project: the templates every test file's databases are copied from, the
 * migrated one and the one with the demo county (test/templates.ts).
 */
import type { TestProject } from 'vitest/node';
import { provideTemplates } from './templates.js';

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return provideTemplates(project, ['migrated', 'demo']);
}
