import { ApiError } from './errors.js';
import { MAX_LENGTH } from './limits.js';

/**
 * Opaque keyset cursors: base64url of a small versioned JSON tuple. Clients must treat them as
 * opaque; the server checks their shape strictly so a tampered cursor is a 400, never a 500.
 *
 * Version 2 also carries the change clock of the snapshot that minted it: the next page may be read
 * on a read replica only when that replica has caught up with it (src/db/read-replicas.ts), so a
 * pass stitched from the primary and replicas never skips a change an earlier page had already
 * passed. Version 1 cursors (minted before replicas) are still read; they carry no clock.
 */
export type CursorKey = Array<string | number>;

export function encodeCursor(kind: string, key: CursorKey, clock?: number): string {
  const tuple = clock === undefined ? [1, kind, ...key] : [2, kind, clock, ...key];
  return Buffer.from(JSON.stringify(tuple), 'utf8').toString('base64url');
}

const INVALID = () => ApiError.badRequest('Invalid cursor');

export interface DecodedCursor {
  key: CursorKey;
  /** The change clock of the snapshot that minted the cursor; undefined for a version 1 cursor. */
  clock: number | undefined;
}

/** Decodes a cursor minted by `encodeCursor(kind, …)` whose key has the given element types. */
export function decodeCursor(raw: string, kind: string, shape: Array<'string' | 'integer'>): CursorKey {
  return readCursor(raw, kind, shape).key;
}

/** `decodeCursor`, with the change clock the cursor carries. */
export function readCursor(raw: string, kind: string, shape: Array<'string' | 'integer'>): DecodedCursor {
  if (raw.length > MAX_LENGTH.cursor || !/^[A-Za-z0-9_-]+$/.test(raw)) throw INVALID();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw INVALID();
  }
  if (!Array.isArray(parsed) || parsed[1] !== kind) throw INVALID();
  const version: unknown = parsed[0];
  const clock: unknown = version === 2 ? parsed[2] : undefined;
  if (version === 2 && !isCount(clock)) throw INVALID();
  const key: unknown[] = parsed.slice(version === 2 ? 3 : 2);
  if ((version !== 1 && version !== 2) || key.length !== shape.length) throw INVALID();
  shape.forEach((type, i) => {
    const value = key[i];
    const ok = type === 'string' ? typeof value === 'string' && value.length <= 256 : isCount(value);
    if (!ok) throw INVALID();
  });
  return { key: key as CursorKey, clock: clock as number | undefined };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
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
  /** The change clock of the page's snapshot, carried by its cursor (see `encodeCursor`). */
  clock?: number,
): Omit<Page<Out>, 'syncTimestamp'> {
  const hasNextPage = rows.length > limit;
  const pageRows = hasNextPage ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    data: pageRows.map(present),
    nextCursor: hasNextPage && last !== undefined ? encodeCursor(kind, keyOf(last), clock) : null,
    hasNextPage,
  };
}

/**
 * The change clock a client has already seen — its `lastSync`, and the clock its cursor carries —
 * which a replica must have reached to serve its next page. A version 1 cursor's clock is unknown:
 * only the primary serves it.
 */
export function clockSeen(cursor: DecodedCursor | undefined, lastSync: number | undefined): number {
  const fromCursor = cursor === undefined ? 0 : (cursor.clock ?? Number.MAX_SAFE_INTEGER);
  return Math.max(fromCursor, lastSync ?? 0);
}
