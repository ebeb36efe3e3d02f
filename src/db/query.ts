/** Small helpers every store's queries share. */

/** A page of a list: at most `limit` rows after skipping `offset`. */
export interface Page {
  limit: number;
  offset: number;
}

/** Escapes LIKE wildcards so a search for "50%" finds that text, not everything. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
