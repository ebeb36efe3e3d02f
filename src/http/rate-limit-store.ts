/**
 * A store for @fastify/rate-limit in the database (table rate_limit_hit), so that a limit counts
 * across every server process on one PostgreSQL: ten sign-in attempts a minute are ten in all,
 * not ten per process. Each hit is one upsert; the row lock serialises concurrent hits on one key,
 * so the count is exact. Keys are kept as hashes (no address or user name in the table), and rows
 * whose window has passed are swept as new hits arrive.
 *
 * Why not Redis (the library's own shared store): the limited routes are sign-in attempts, each
 * of which hashes a password, far dearer than one upsert; PostgreSQL is already there, while Redis
 * would be one more service for every county to run, secure and keep available (DESIGN.md: no
 * home-made caches or queues where PostgreSQL already serves).
 */
import { createHash } from 'node:crypto';
import type {
  FastifyRateLimitOptions,
  FastifyRateLimitStore,
  FastifyRateLimitStoreCtor,
} from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Db } from '../db/connection.js';

/** Rows of passed windows are deleted at most this often (per process). */
const SWEEP_MS = 60_000;

interface StoreParams {
  timeWindow?: unknown;
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
  /** Set by the plugin on a route's own limit. */
  routeInfo?: { method?: string | string[]; url?: string };
}

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  let lastSweep = 0;

  const hit = async (key: string, windowMs: number) => {
    // A hit past the window starts a new one.
    const res = await sql<{ hits: number; ttl: number }>`
      insert into rate_limit_hit as h (key, hits, window_ends_at)
      values (${key}, 1, now() + ${windowMs}::float8 * interval '1 millisecond')
      on conflict (key) do update set
        hits = case when h.window_ends_at <= now() then 1 else h.hits + 1 end,
        window_ends_at = case when h.window_ends_at <= now()
          then now() + ${windowMs}::float8 * interval '1 millisecond' else h.window_ends_at end
      returning hits, greatest(0, ceil(extract(epoch from window_ends_at - now()) * 1000))::integer as ttl`.execute(
      db,
    );
    if (Date.now() - lastSweep > SWEEP_MS) {
      lastSweep = Date.now();
      await db.deleteFrom('rateLimitHit').where('windowEndsAt', '<', sql<Date>`now()`).execute();
    }
    const row = res.rows[0];
    return { current: Number(row?.hits ?? 1), ttl: Number(row?.ttl ?? windowMs) };
  };

  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly windowMs: number;

    constructor(
      options: FastifyRateLimitOptions | StoreParams,
      private readonly prefix = '',
    ) {
      const o = options as StoreParams;
      // Fixed windows only: what the sign-in limits use.
      if (o.exponentialBackoff || o.continueExceeding)
        throw new Error(
          'The database rate-limit store counts fixed windows: no continueExceeding or exponentialBackoff.',
        );
      this.windowMs = typeof o.timeWindow === 'number' ? o.timeWindow : 60_000;
    }

    incr(key: string, callback: Callback, timeWindow?: number): void {
      const hashed = createHash('sha256').update(`${this.prefix}${key}`).digest('base64url');
      hit(hashed, timeWindow ?? this.windowMs).then(
        (r) => callback(null, r),
        (e: unknown) => callback(e instanceof Error ? e : new Error(String(e))),
      );
    }

    /** A route's own limit: its counters are apart from every other route's. */
    child(routeOptions: unknown): FastifyRateLimitStore {
      const o = routeOptions as StoreParams;
      const route = `${[o.routeInfo?.method ?? ''].flat().join(',')}${o.routeInfo?.url ?? ''}`;
      return new DatabaseRateLimitStore(o, `${this.prefix}${route}-`);
    }
  }
  return DatabaseRateLimitStore;
}
