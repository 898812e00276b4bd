import { ApiError } from './errors.js';
import { MAX_LENGTH } from './limits.js';

/**
 * Opaque keyset cursors: base64url of a small versioned JSON tuple. Clients must treat them as
 * opaque; the server checks their shape strictly so a tampered cursor is a 400, never a 500.
 */
export type CursorKey = Array<string | number>;

export function encodeCursor(kind: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([1, kind, ...key]), 'utf8').toString('base64url');
}

const INVALID = () => ApiError.badRequest('Invalid cursor');

/** Decodes a cursor minted by `encodeCursor(kind, …)` whose key has the given element types. */
export function decodeCursor(raw: string, kind: string, shape: Array<'string' | 'integer'>): CursorKey {
  if (raw.length > MAX_LENGTH.cursor || !/^[A-Za-z0-9_-]+$/.test(raw)) throw INVALID();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw INVALID();
  }
  if (!Array.isArray(parsed) || parsed[0] !== 1 || parsed[1] !== kind || parsed.length !== shape.length + 2) throw INVALID();
  const key: unknown[] = parsed.slice(2);
  shape.forEach((type, i) => {
    const value = key[i];
    const ok = type === 'string' ? typeof value === 'string' && value.length <= 256 : typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
    if (!ok) throw INVALID();
  });
  return key as CursorKey;
}

/** A list page (SPEC §2.7); every list reports a `syncTimestamp`, read in the same snapshot as its rows. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
  hasNextPage: boolean;
  syncTimestamp: string;
}

/**
 * Builds a page from `limit + 1` fetched rows: the extra row only tells whether another page
 * exists, and the cursor points at the last row returned.
 */
export function toPage<Row, Out>(
  rows: Row[],
  limit: number,
  kind: string,
  keyOf: (row: Row) => CursorKey,
  present: (row: Row) => Out,
): Omit<Page<Out>, 'syncTimestamp'> {
  const hasNextPage = rows.length > limit;
  const pageRows = hasNextPage ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    data: pageRows.map(present),
    nextCursor: hasNextPage && last !== undefined ? encodeCursor(kind, keyOf(last)) : null,
    hasNextPage,
  };
}
