import type { Executor } from '../../db/index.js';
import type { ChangeStamps } from '../../db/change-stamps.js';
import type { SegmentRef } from './accounts.presenter.js';

export async function findAccountsByIds(db: Executor, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('accounts').select(['id', 'domain']).where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
}

export async function findAccountsByDomains(db: Executor, workspaceId: string, domains: string[]) {
  if (domains.length === 0) return [];
  return db
    .selectFrom('accounts')
    .select(['id', 'domain'])
    .where('workspace_id', '=', workspaceId)
    .where('domain', 'in', domains)
    .execute();
}

/**
 * Marks accounts as changed (their visible output — e.g. segment memberships — moved), giving
 * each the next reserved sequence number so delta sync sends them again.
 */
export async function stampAccounts(db: Executor, workspaceId: string, accountIds: string[], stamps: ChangeStamps): Promise<void> {
  let seq = stamps.firstSeq;
  for (const id of accountIds) {
    await db
      .updateTable('accounts')
      .set({ change_seq: seq, changed_at: stamps.changedAt })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
    seq += 1;
  }
}

/** Segment memberships of the given accounts, each account's segments oldest first. */
export async function segmentsOfAccounts(db: Executor, workspaceId: string, accountIds: string[]): Promise<Map<string, SegmentRef[]>> {
  const result = new Map<string, SegmentRef[]>();
  if (accountIds.length === 0) return result;
  const rows = await db
    .selectFrom('segment_members')
    .innerJoin('segments', (join) =>
      join.onRef('segments.workspace_id', '=', 'segment_members.workspace_id').onRef('segments.id', '=', 'segment_members.segment_id'),
    )
    .select(['segment_members.account_id', 'segments.id', 'segments.name'])
    .where('segment_members.workspace_id', '=', workspaceId)
    .where('segment_members.account_id', 'in', accountIds)
    .orderBy('segments.id')
    .execute();
  for (const row of rows) {
    const list = result.get(row.account_id) ?? [];
    list.push({ segmentId: row.id, name: row.name });
    result.set(row.account_id, list);
  }
  return result;
}
