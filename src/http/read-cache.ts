import type { FastifyInstance } from 'fastify';

/**
 * A read cache for the catalogue's GET answers. The catalogue is read far more often than it
 * changes (every producer's system and every referral reads it; planners edit it now and then),
 * so answers are kept per URL and all of them dropped on any catalogue change:
 * - in this process, right after a successful write request (read-your-writes);
 * - in every process, on the database notification that each catalogue write sends when its
 *   transaction commits (several servers on one PostgreSQL; CLI imports).
 * An answer is stored only if no change arrived while it was being computed (revision check),
 * so a read that raced a write never caches the old state. No client data is ever cached here.
 */
export class ReadCache {
  private revision = 0;
  private readonly entries = new Map<string, { revision: number; etag: string | undefined; body: string }>();

  constructor(
    public enabled: boolean,
    private readonly maxEntries = 5000,
  ) {}

  /** Stops caching for good, e.g. when the change notifications can no longer be heard. */
  disable(): void {
    this.enabled = false;
    this.invalidate();
  }

  invalidate(): void {
    this.revision++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Registers the hooks on a plugin scope whose GET routes may be cached. */
  install(scope: FastifyInstance): void {
    if (!this.enabled) return;
    scope.addHook('onRequest', async (req, reply) => {
      if (req.method !== 'GET' || !this.enabled) return;
      (req as { cacheRevision?: number }).cacheRevision = this.revision;
      const hit = this.entries.get(req.url);
      if (hit && hit.revision === this.revision) {
        if (hit.etag) reply.header('etag', hit.etag);
        reply.header('x-cache', 'hit');
        return reply.code(200).type('application/json; charset=utf-8').send(hit.body);
      }
    });
    scope.addHook('onSend', async (req, reply, payload) => {
      if (req.method === 'GET') {
        const started = (req as { cacheRevision?: number }).cacheRevision;
        if (
          this.enabled &&
          reply.statusCode === 200 &&
          typeof payload === 'string' &&
          started === this.revision &&
          !reply.hasHeader('x-cache')
        ) {
          if (this.entries.size >= this.maxEntries) this.entries.clear();
          const etag = reply.getHeader('etag');
          this.entries.set(req.url, {
            revision: started,
            etag: typeof etag === 'string' ? etag : undefined,
            body: payload,
          });
        }
      } else if (reply.statusCode < 400) {
        this.invalidate();
      }
      return payload;
    });
  }
}
