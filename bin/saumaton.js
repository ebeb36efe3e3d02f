#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx saumaton …` works from a checkout without a build step.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Saumaton runs on Node 24: when started by an older system Node, use the one npm installed
// into node_modules (the npm registry's `node` package), as npm scripts do.
const ownNode = join(root, 'node_modules/node/bin/node');
const major = Number(process.versions.node.split('.')[0]);
const node = major < 24 && existsSync(ownNode) ? ownNode : process.execPath;
const child = spawn(node, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
// A service manager stops the server by signalling this process: pass the signal on, so that
// `serve` (and its workers) stop cleanly instead of being left running.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
