import { sql } from 'kysely';
import type { Executor } from './dialects/types.js';

export interface ChangeStamps {
  /** First of `count` consecutive sequence numbers reserved for this transaction. */
  firstSeq: number;
  /** Change time for everything this transaction writes, in epoch milliseconds. */
  changedAt: number;
}

/**
 * Reserves change sequence numbers for the records a write transaction is about to change.
 *
 * The update takes the workspace row's lock until the transaction ends, so sequence numbers and
 * change times are handed out in commit order and a change time is always strictly later than any
 * committed before it. That is what makes `syncTimestamp` (the workspace's `change_clock` read in
 * the same snapshot as a page) safe: nothing committed after the read can carry an earlier time.
 * Unused numbers (failed items) leave harmless gaps.
 */
export async function reserveChangeStamps(
  trx: Executor,
  workspaceId: string,
  count: number,
  nowMs: number = Date.now(),
): Promise<ChangeStamps> {
  const row = await trx
    .updateTable('workspaces')
    .set({
      change_seq: sql`change_seq + ${count}`,
      change_clock: sql`case when change_clock >= ${nowMs} then change_clock + 1 else ${nowMs} end`,
    })
    .where('id', '=', workspaceId)
    .returning(['change_seq', 'change_clock'])
    .executeTakeFirstOrThrow();
  return { firstSeq: Number(row.change_seq) - count + 1, changedAt: Number(row.change_clock) };
}

/** The workspace's high-water mark of committed changes, as seen by `trx`'s snapshot. */
export async function readChangeClock(trx: Executor, workspaceId: string): Promise<number> {
  const row = await trx
    .selectFrom('workspaces')
    .select('change_clock')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  return Number(row?.change_clock ?? 0);
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
