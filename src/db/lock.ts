import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite is one process's database: two processes must never open the same data directory.
 * The lock file names the holder; a stale lock (its process is gone) is taken over.
 */
export interface DataLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataLock(dataDir: string, purpose: string): DataLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'saumaton.lock');
  if (existsSync(file)) {
    const [pidText, holder] = readFileSync(file, 'utf8').split('\n');
    const pid = Number(pidText);
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid))
      throw new Error(
        `The database in ${dataDir} is in use by the Saumaton ${holder ?? 'process'} (pid ${pid}). ` +
          'Stop it first, or use the running server through its API; or set DATABASE_URL to use PostgreSQL, which several processes can share.',
      );
  }
  writeFileSync(file, `${process.pid}\n${purpose}\n`);
  return {
    release() {
      try {
        if (readFileSync(file, 'utf8').startsWith(`${process.pid}\n`)) unlinkSync(file);
      } catch {
        // already gone
      }
    },
  };
}
