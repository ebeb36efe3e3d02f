/**
 * The layers of Saumaton, checked by `npm run lint` (README "Architecture"). From the bottom up,
 * each layer imports only layers below it:
 *   src/db → src/http (the kit) → src/modules/* → src/app → src/cli, src/seed
 * and the web app (src/web) takes only types from the server.
 */
const TEST = '(^test/|\\.test\\.ts$|\\.test\\.tsx$)';

/** A rule that a layer does not import the layers above it (nor the web app). */
const below = (name, from, above) => ({
  name,
  severity: 'error',
  comment: `${from} may import only the layers below it, not ${above.join(', ')}`,
  from: { path: `^src/${from}/`, pathNot: TEST },
  to: { path: `^src/(${above.join('|')})/` },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import circles make the layers unreadable: break the circle (a shared type goes lower).',
      from: { path: '^src/' },
      to: { circular: true },
    },
    below('db-is-the-bottom', 'db', ['http', 'modules', 'app', 'cli', 'seed', 'web']),
    below('http-kit-knows-no-module', 'http', ['modules', 'app', 'cli', 'seed', 'web']),
    below('modules-know-no-app', 'modules', ['app', 'cli', 'seed', 'web']),
    below('app-knows-no-cli-or-seed', 'app', ['cli', 'seed', 'web']),
    below('seed-knows-no-cli', 'seed', ['cli', 'web']),
    below('cli-knows-no-web', 'cli', ['web']),
    {
      name: 'no-production-import-of-seed',
      severity: 'error',
      comment:
        'The demo county is for the CLI, tests and benchmarks: production code never imports src/seed.',
      from: { path: '^src/', pathNot: `(^src/(seed|cli)/|${TEST})` },
      to: { path: '^src/seed/' },
    },
    {
      name: 'no-production-import-of-tests',
      severity: 'error',
      comment: 'Production code never imports test files or test helpers.',
      from: { path: '^(src|bin|scripts)/', pathNot: TEST },
      to: { path: TEST },
    },
    {
      name: 'no-other-modules-store',
      severity: 'error',
      comment:
        "A module uses another module through its service, never its store (only a module's own folder touches its tables).",
      from: { path: '^src/modules/([^/]+)/', pathNot: TEST },
      to: { path: '^src/modules/[^/]+/store\\.ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'web-takes-only-types-from-the-server',
      severity: 'error',
      comment: 'The web app runs in the browser: from the server it may import types only.',
      from: { path: '^src/web/', pathNot: TEST },
      to: { path: '^src/(db|http|modules|app|cli|seed)/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
