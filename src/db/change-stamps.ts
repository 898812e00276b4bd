import { sql } from 'kysely';
import { changeStampAllocatorOf } from './dialects/postgres.js';
import type { Executor } from './dialects/types.js';

export interface ChangeStamps {
  /** First of `count` consecutive sequence numbers reserved for this transaction. */
  firstSeq: number;
  /** Change time for everything this transaction writes, in epoch milliseconds. */
  changedAt: number;
}

/**
 * How a write transaction holds its workspace until it ends. `exclusive` is the old rule: one such
 * writer at a time, and none beside the `shared` ones — what a writer that reads the workspace's
 * rows broadly (a scoring chunk, a deletion, segment rules) needs. `shared` writers of one workspace
 * run and commit concurrently; each locks the rows it changes before it takes stamps for them, so a
 * row's change sequence still grows with each version.
 *
 * PostgreSQL: an advisory lock, not the workspace row's: its queue is fair, so a steady stream of
 * shared writers cannot starve an exclusive one waiting (a row share lock lets newcomers in). SQLite
 * has one writer at a time anyway.
 */
export type WorkspaceWriteMode = 'shared' | 'exclusive';

export async function lockWorkspaceWrites(trx: Executor, workspaceId: string, mode: WorkspaceWriteMode): Promise<void> {
  if (changeStampAllocatorOf(trx) === undefined) return;
  const key = sql`hashtext('intentbase workspace writes'), hashtext(${workspaceId})`;
  await (mode === 'shared' ? sql`select pg_advisory_xact_lock_shared(${key})` : sql`select pg_advisory_xact_lock(${key})`).execute(trx);
}

/**
 * Reserves change sequence numbers for the records an exclusive writer is about to change: takes
 * the workspace exclusively (until the transaction ends), then the stamps.
 */
export async function reserveChangeStamps(trx: Executor, workspaceId: string, count: number, nowMs: number = Date.now()): Promise<ChangeStamps> {
  if (trx.isTransaction) await lockWorkspaceWrites(trx, workspaceId, 'exclusive');
  return allocateChangeStamps(trx, workspaceId, count, nowMs);
}

/**
 * Stamps from the workspace's clock: `count` consecutive sequence numbers and one change time,
 * both later than any handed out before, so a later stamp has both a higher sequence and a later
 * time. Unused numbers (failed items) leave harmless gaps.
 *
 * PostgreSQL: handed out in a short transaction of its own (ChangeStampAllocator), which also
 * records a claim — this transaction's id and first stamp — so readers hold `syncTimestamp` below
 * stamps that may still commit (readChangeWatermark). SQLite: in this transaction; its one writer
 * commits in stamp order.
 */
export async function allocateChangeStamps(trx: Executor, workspaceId: string, count: number, nowMs: number = Date.now()): Promise<ChangeStamps> {
  const allocator = changeStampAllocatorOf(trx);
  if (allocator !== undefined) return allocator.allocate(workspaceId, await transactionId(trx), count, nowMs);
  const row = await trx
    .insertInto('change_clocks')
    .columns(['workspace_id', 'change_seq', 'change_clock'])
    .expression((eb) =>
      eb
        .selectFrom('workspaces')
        .select(['id', sql<number>`change_seq + ${count}`.as('change_seq'), sql<number>`max(change_clock + 1, ${nowMs})`.as('change_clock')])
        .where('id', '=', workspaceId),
    )
    .onConflict((oc) =>
      oc.column('workspace_id').doUpdateSet({
        change_seq: sql`change_clocks.change_seq + ${count}`,
        change_clock: sql`max(change_clocks.change_clock + 1, ${nowMs})`,
      }),
    )
    .returning(['change_seq', 'change_clock'])
    .executeTakeFirstOrThrow();
  return { firstSeq: Number(row.change_seq) - count + 1, changedAt: Number(row.change_clock) };
}

/** The writing transaction's id, asked once per transaction (a group commit's units share it). */
const transactionIds = new WeakMap<Executor, number>();
async function transactionId(trx: Executor): Promise<number> {
  // A claim names the transaction that writes with the stamps: outside one, it would name nothing.
  if (!trx.isTransaction) throw new Error('change stamps are taken inside the transaction that writes with them');
  const known = transactionIds.get(trx);
  if (known !== undefined) return known;
  const { rows } = await sql<{ xid: number }>`select pg_current_xact_id()::text::bigint as xid`.execute(trx);
  transactionIds.set(trx, rows[0].xid);
  return rows[0].xid;
}

/**
 * What a reader may hand out: every change stamped at or below `seq` (and at or before `clock`) has
 * committed and is visible to `trx`, and every change that commits later is stamped above both.
 * A list page reads no row above `seq` and reports `clock` as `syncTimestamp`.
 *
 * The clock row's values, held below the first stamp of any claim whose transaction `trx`'s
 * snapshot does not see as ended (PostgreSQL; see docs/architecture.md for why this misses nothing).
 */
export interface ChangeWatermark {
  seq: number;
  clock: number;
  /** The latest change time handed out, committed or not: above `clock` while a claim below it may still commit. */
  handedOut: number;
}

export async function readChangeWatermark(trx: Executor, workspaceId: string): Promise<ChangeWatermark> {
  const row = await trx
    .selectFrom('workspaces')
    .leftJoin('change_clocks', 'change_clocks.workspace_id', 'workspaces.id')
    .select([
      sql<number>`coalesce(change_clocks.change_seq, workspaces.change_seq)`.as('seq'),
      sql<number>`coalesce(change_clocks.change_clock, workspaces.change_clock)`.as('clock'),
    ])
    .where('workspaces.id', '=', workspaceId)
    .executeTakeFirst();
  const seq = Number(row?.seq ?? 0);
  const clock = Number(row?.clock ?? 0);
  const pending = changeStampAllocatorOf(trx) === undefined ? undefined : await firstPendingClaim(trx, workspaceId);
  if (pending === undefined) return { seq, clock, handedOut: clock };
  return { seq: Math.min(seq, pending.first_seq - 1), clock: Math.min(clock, pending.changed_at - 1), handedOut: clock };
}

/**
 * The earliest claim whose transaction may still commit, as `trx`'s snapshot sees it.
 *
 * On a hot standby `pg_current_snapshot()` lists no running transaction: a snapshot taken during
 * recovery keeps them all among its subtransactions (procarray.c, GetSnapshotData), which that
 * function does not copy, so a writer still running on the primary would look ended. Its xmin is
 * right, though: there every claim at or above it counts as pending — a watermark held back by the
 * oldest transaction running on the primary, never one above a change still to commit.
 */
async function firstPendingClaim(trx: Executor, workspaceId: string) {
  return trx
    .selectFrom('change_claims')
    .select(['first_seq', 'changed_at'])
    .where('workspace_id', '=', workspaceId)
    .where(
      sql<boolean>`(not pg_visible_in_snapshot(xid::text::xid8, pg_current_snapshot())
        or (pg_is_in_recovery() and xid::text::xid8 >= pg_snapshot_xmin(pg_current_snapshot())))`,
    )
    .orderBy('first_seq')
    .limit(1)
    .executeTakeFirst();
}

/** The workspace's high-water mark of committed changes, as seen by `trx`'s snapshot: `syncTimestamp`. */
export async function readChangeClock(trx: Executor, workspaceId: string): Promise<number> {
  return (await readChangeWatermark(trx, workspaceId)).clock;
}

/**
 * The first change sequence of `table` whose change time is after `time`: change times grow with the
 * sequence, so a `lastSync` time becomes a keyset start (through the (workspace_id, changed_at,
 * change_seq) index).
 */
export async function firstSeqChangedAfter(
  db: Executor,
  table: 'accounts' | 'deals',
  workspaceId: string,
  time: number,
): Promise<number | undefined> {
  const row = await db
    .selectFrom(table)
    .select('change_seq')
    .where('workspace_id', '=', workspaceId)
    .where('changed_at', '>', time)
    .orderBy('changed_at')
    .orderBy('change_seq')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.change_seq);
}
