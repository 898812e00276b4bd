import { sql } from 'kysely';
import type { Executor } from '../../db/dialects/types.js';
import type { TombstoneRow } from '../../db/schema.js';
import { chunks } from '../../lib/chunks.js';

const IN_LIST = 500;

export interface DeletedAccountKeys {
  id: string;
  domain: string;
  external_id: string | null;
}

export type AccountSelector = { by: 'id'; values: readonly string[] } | { by: 'domain'; values: readonly string[] } | { by: 'externalId'; values: readonly string[] };

const SELECTOR_COLUMN = { id: 'id', domain: 'domain', externalId: 'external_id' } as const;

/** The accounts a selector names (an external id may name several). */
export async function findAccounts(db: Executor, workspaceId: string, selector: AccountSelector): Promise<DeletedAccountKeys[]> {
  const found: DeletedAccountKeys[] = [];
  for (const part of chunks(selector.values, IN_LIST)) {
    found.push(
      ...(await db
        .selectFrom('accounts')
        .select(['id', 'domain', 'external_id'])
        .where('workspace_id', '=', workspaceId)
        .where(SELECTOR_COLUMN[selector.by], 'in', part)
        .execute()),
    );
  }
  return found;
}

/** The account rows and everything kept per account: custom-field values live in the row itself. */
export async function deleteAccountRows(db: Executor, workspaceId: string, ids: readonly string[]): Promise<void> {
  for (const part of chunks(ids, IN_LIST)) {
    await db.deleteFrom('segment_members').where('workspace_id', '=', workspaceId).where('account_id', 'in', part).execute();
    await db.deleteFrom('account_tags').where('workspace_id', '=', workspaceId).where('account_id', 'in', part).execute();
    await db.deleteFrom('account_scores').where('workspace_id', '=', workspaceId).where('account_id', 'in', part).execute();
    await db.deleteFrom('journey_stage_history').where('workspace_id', '=', workspaceId).where('account_id', 'in', part).execute();
    await db.deleteFrom('scoring_deal_links').where('workspace_id', '=', workspaceId).where('account_id', 'in', part).execute();
    await db.deleteFrom('accounts').where('workspace_id', '=', workspaceId).where('id', 'in', part).execute();
  }
}

/** External ids that no account holds any more (after the deletion, in its transaction). */
export async function externalIdsNoLongerHeld(db: Executor, workspaceId: string, externalIds: readonly string[]): Promise<string[]> {
  const held = new Set<string>();
  for (const part of chunks(externalIds, IN_LIST)) {
    const rows = await db.selectFrom('accounts').select('external_id').where('workspace_id', '=', workspaceId).where('external_id', 'in', part).execute();
    for (const row of rows) if (row.external_id !== null) held.add(row.external_id);
  }
  return externalIds.filter((id) => !held.has(id));
}

/** Deals associated with these domains or external ids; their associations with them are removed. */
export async function detachDeals(db: Executor, workspaceId: string, domains: readonly string[], externalIds: readonly string[]): Promise<string[]> {
  const dealIds = new Set<string>();
  for (const [column, values] of [['domain', domains], ['external_id', externalIds]] as const) {
    for (const part of chunks(values, IN_LIST)) {
      const rows = await db.selectFrom('deal_accounts').select('deal_id').where('workspace_id', '=', workspaceId).where(column, 'in', part).execute();
      for (const row of rows) dealIds.add(row.deal_id);
      await db.deleteFrom('deal_accounts').where('workspace_id', '=', workspaceId).where(column, 'in', part).execute();
    }
  }
  return [...dealIds].sort();
}

/** `?purge=true`: the signals and activities keyed by these domains; the number of records removed. */
export async function purgeDomainHistory(db: Executor, workspaceId: string, domains: readonly string[]): Promise<{ signals: number; activities: number }> {
  let signals = 0;
  let activities = 0;
  for (const part of chunks(domains, IN_LIST)) {
    signals += Number((await db.deleteFrom('signals').where('workspace_id', '=', workspaceId).where('domain', 'in', part).executeTakeFirst()).numDeletedRows);
    const activityIds = (
      await db.selectFrom('sales_activities').select('id').where('workspace_id', '=', workspaceId).where('domain', 'in', part).execute()
    ).map((row) => row.id);
    for (const ids of chunks(activityIds, IN_LIST)) {
      await db.deleteFrom('sales_activity_contacts').where('workspace_id', '=', workspaceId).where('activity_id', 'in', ids).execute();
      activities += Number((await db.deleteFrom('sales_activities').where('workspace_id', '=', workspaceId).where('id', 'in', ids).executeTakeFirst()).numDeletedRows);
    }
  }
  return { signals, activities };
}

export async function findDealByExternalId(db: Executor, workspaceId: string, externalDealId: string) {
  return db.selectFrom('deals').select(['id', 'external_deal_id']).where('workspace_id', '=', workspaceId).where('external_deal_id', '=', externalDealId).executeTakeFirst();
}

/**
 * Removes a deal with its associations and stage history. The accounts the last scoring run
 * credited with it are made due now, so the next run recomputes them without it (a deleted deal
 * leaves no changed row for the run to find).
 */
export async function deleteDealRows(db: Executor, workspaceId: string, dealId: string, now: number): Promise<void> {
  const credited = (await db.selectFrom('scoring_deal_links').select('account_id').where('workspace_id', '=', workspaceId).where('deal_id', '=', dealId).execute()).map(
    (row) => row.account_id,
  );
  for (const part of chunks(credited, IN_LIST)) {
    await db
      .updateTable('account_scores')
      .set({ next_check_at: now, next_check_day: Math.floor(now / 86_400_000) })
      .where('workspace_id', '=', workspaceId)
      .where('account_id', 'in', part)
      .execute();
  }
  await db.deleteFrom('scoring_deal_links').where('workspace_id', '=', workspaceId).where('deal_id', '=', dealId).execute();
  await db.deleteFrom('deal_accounts').where('workspace_id', '=', workspaceId).where('deal_id', '=', dealId).execute();
  await db.deleteFrom('deal_stage_history').where('workspace_id', '=', workspaceId).where('deal_id', '=', dealId).execute();
  await db.deleteFrom('deals').where('workspace_id', '=', workspaceId).where('id', '=', dealId).execute();
}

export async function insertTombstones(db: Executor, rows: readonly TombstoneRow[]): Promise<void> {
  for (const part of chunks(rows, IN_LIST)) await db.insertInto('tombstones').values([...part]).execute();
}

/** Tombstones past the retention: a client that last synced before them must run a full sync anyway. */
export async function pruneTombstones(db: Executor, workspaceId: string, kind: TombstoneRow['kind'], before: number): Promise<void> {
  await db.deleteFrom('tombstones').where('workspace_id', '=', workspaceId).where('kind', '=', kind).where('deleted_at', '<', before).execute();
}

export async function firstTombstoneSeqAfter(db: Executor, workspaceId: string, kind: TombstoneRow['kind'], time: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('tombstones')
    .select('change_seq')
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', kind)
    .where('deleted_at', '>', time)
    .orderBy('deleted_at')
    .orderBy('change_seq')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.change_seq);
}

export async function listTombstones(db: Executor, workspaceId: string, kind: TombstoneRow['kind'], fromSeq: number, limit: number) {
  return db
    .selectFrom('tombstones')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', kind)
    .where('change_seq', '>=', fromSeq)
    .orderBy('change_seq')
    .limit(limit + 1)
    .execute();
}

/** Erasure's placeholder where a column cannot be empty (an activity's owner). */
export const ERASED_EMAIL = 'erased@erased.invalid';

export interface ErasedRecords {
  contacts: number;
  activityContacts: number;
  activities: number;
  deals: number;
}

/**
 * Every stored trace of a person's address: contact rows and their links to activities go;
 * activities sent by them or owned by them, and deals owned by them, keep their facts without the
 * person (name and address cleared). Addresses inside activities are compared case-insensitively,
 * as they were pushed; that scans the workspace's activities and deals, which an erasure can afford.
 */
export async function eraseAddress(db: Executor, workspaceId: string, email: string): Promise<ErasedRecords & { dealIds: string[] }> {
  const contactIds = (await db.selectFrom('contacts').select('id').where('workspace_id', '=', workspaceId).where('email', '=', email).execute()).map((row) => row.id);
  let activityContacts = 0;
  for (const part of chunks(contactIds, IN_LIST)) {
    activityContacts += Number((await db.deleteFrom('sales_activity_contacts').where('workspace_id', '=', workspaceId).where('contact_id', 'in', part).executeTakeFirst()).numDeletedRows);
  }
  const contacts = Number((await db.deleteFrom('contacts').where('workspace_id', '=', workspaceId).where('email', '=', email).executeTakeFirst()).numDeletedRows);
  const sent = await db
    .updateTable('sales_activities')
    .set({ from_email: null, from_name: null })
    .where('workspace_id', '=', workspaceId)
    .where(sql`lower(from_email)`, '=', email)
    .executeTakeFirst();
  const owned = await db
    .updateTable('sales_activities')
    .set({ owner_email: ERASED_EMAIL, owner_name: null, owner_id: null })
    .where('workspace_id', '=', workspaceId)
    .where(sql`lower(owner_email)`, '=', email)
    .executeTakeFirst();
  const dealIds = (
    await db.selectFrom('deals').select('id').where('workspace_id', '=', workspaceId).where(sql`lower(owner_email)`, '=', email).execute()
  ).map((row) => row.id);
  for (const part of chunks(dealIds, IN_LIST)) {
    await db.updateTable('deals').set({ owner_email: null, owner_name: null, owner_id: null }).where('workspace_id', '=', workspaceId).where('id', 'in', part).execute();
  }
  return {
    contacts,
    activityContacts,
    activities: Number(sent.numUpdatedRows) + Number(owned.numUpdatedRows),
    deals: dealIds.length,
    dealIds,
  };
}
