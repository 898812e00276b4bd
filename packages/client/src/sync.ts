/**
 * Delta sync into a replica (docs/api.md "Pagination and delta sync" and "Deletion"): page the list
 * from the last complete pass's `syncTimestamp`, then the tombstones from the same `lastSync`, remove
 * what they name, and only then keep the list's `syncTimestamp` — so a pass that fails half-way is
 * simply run again from where the last complete one ended, and nothing is ever missed.
 */
import { IntentbaseError } from './errors.js';
import type { PagedList } from './pagination.js';

/** A local copy of a list: its records by key, and where the next pass starts. */
export interface SyncReplica<T> {
  /** The `syncTimestamp` of the last complete pass; null before the first. */
  syncTimestamp: string | null;
  /** The records by their key (`rtp_aid` for accounts, `externalDealId` for deals). */
  records: Record<string, T>;
}

export interface SyncOptions<T> {
  /** The replica as last saved; undefined (or nothing saved yet) starts with a full pass. */
  load: () => Promise<SyncReplica<T> | undefined> | SyncReplica<T> | undefined;
  /** Called once, after a complete pass, with the updated replica: persist it. */
  save: (replica: SyncReplica<T>) => Promise<void> | void;
  /** Page size of the pass (1–1000, default 1000: fewest requests). */
  limit?: number;
  signal?: AbortSignal;
}

export interface SyncResult<T> {
  replica: SyncReplica<T>;
  /** Records received in the pass (added or changed). */
  upserted: number;
  /** Records removed by tombstones. */
  removed: number;
  /** True when the pass was a full one: first sync, or the server no longer had the deletions since the last one (410). */
  full: boolean;
}

/** What a sync needs of a resource: its changes and its tombstones from a `lastSync`, and the keys. */
export interface SyncSource<T, Tombstone> {
  changes(lastSync: string | undefined, limit: number, signal: AbortSignal | undefined): PagedList<T>;
  tombstones(lastSync: string | undefined, limit: number, signal: AbortSignal | undefined): PagedList<Tombstone>;
  keyOf(record: T): string;
  keyOfTombstone(tombstone: Tombstone): string;
}

interface PassCounts {
  syncTimestamp: string;
  upserted: number;
  removed: number;
}

/** One pass into `records` (changed in place); resolves with the list's `syncTimestamp`. */
async function runPass<T, Tombstone>(
  source: SyncSource<T, Tombstone>,
  records: Map<string, T>,
  lastSync: string | undefined,
  options: SyncOptions<T>,
): Promise<PassCounts> {
  const limit = options.limit ?? 1000;
  let syncTimestamp: string | undefined;
  let upserted = 0;
  for await (const page of source.changes(lastSync, limit, options.signal).pages()) {
    for (const record of page.data) records.set(source.keyOf(record), record);
    upserted += page.data.length;
    syncTimestamp = page.syncTimestamp;
  }
  let removed = 0;
  for await (const tombstone of source.tombstones(lastSync, limit, options.signal)) {
    if (records.delete(source.keyOfTombstone(tombstone))) removed += 1;
  }
  if (syncTimestamp === undefined) throw new TypeError('The list answered no syncTimestamp: it does not delta-sync');
  return { syncTimestamp, upserted, removed };
}

/** The deletion history no longer reaches back to `lastSync` (docs/api.md: "run a full sync"). */
function isHistoryGone(error: unknown): boolean {
  return error instanceof IntentbaseError && error.statusCode === 410;
}

export async function syncReplica<T, Tombstone>(source: SyncSource<T, Tombstone>, options: SyncOptions<T>): Promise<SyncResult<T>> {
  const previous = await options.load();
  // A copy: a pass that fails leaves the caller's replica as it was.
  let records = new Map(Object.entries(previous?.records ?? {}));
  let full = previous?.syncTimestamp == null;
  let pass: PassCounts;
  try {
    pass = await runPass(source, records, previous?.syncTimestamp ?? undefined, options);
  } catch (error) {
    if (full || !isHistoryGone(error)) throw error;
    records = new Map();
    full = true;
    pass = await runPass(source, records, undefined, options);
  }
  const replica: SyncReplica<T> = { syncTimestamp: pass.syncTimestamp, records: Object.fromEntries(records) };
  await options.save(replica);
  return { replica, upserted: pass.upserted, removed: pass.removed, full };
}
