import type { Selectable } from 'kysely';
import type { Dialect, Executor } from '../../db/index.js';
import type { AccountRow, SegmentRow } from '../../db/schema.js';
import { chunks } from '../../lib/chunks.js';
import type { SegmentStatus, SegmentType } from './segments.schema.js';
import type { SegmentRules } from './segment-rules.js';
import { ACCOUNT_OUTPUT_COLUMNS } from '../accounts/accounts.presenter.js';

const IN_LIST = 500;

export interface Segment {
  id: string;
  name: string;
  type: SegmentType;
  status: SegmentStatus;
  rules: SegmentRules | null;
  createdAt: number;
  changedAt: number;
}

function toSegment(row: SegmentRow, dialect: Dialect): Segment {
  return {
    id: row.id,
    name: row.name,
    type: row.type as SegmentType,
    status: row.status as SegmentStatus,
    rules: row.rules === null ? null : dialect.decodeJson<SegmentRules>(row.rules),
    createdAt: Number(row.created_at),
    changedAt: Number(row.changed_at),
  };
}

export async function insertSegment(db: Executor, dialect: Dialect, workspaceId: string, segment: Segment, changeSeq: number) {
  await db
    .insertInto('segments')
    .values({
      workspace_id: workspaceId,
      id: segment.id,
      name: segment.name,
      type: segment.type,
      status: segment.status,
      rules: segment.rules === null ? null : dialect.encodeJson(segment.rules),
      created_at: segment.createdAt,
      changed_at: segment.changedAt,
      change_seq: changeSeq,
    })
    .execute();
}

export async function updateSegment(db: Executor, dialect: Dialect, workspaceId: string, segment: Segment, changeSeq: number) {
  await db
    .updateTable('segments')
    .set({
      name: segment.name,
      status: segment.status,
      rules: segment.rules === null ? null : dialect.encodeJson(segment.rules),
      changed_at: segment.changedAt,
      change_seq: changeSeq,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', segment.id)
    .execute();
}

export async function findSegment(db: Executor, dialect: Dialect, workspaceId: string, id: string): Promise<Segment | undefined> {
  const row = await db.selectFrom('segments').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return row && toSegment(row, dialect);
}

export interface SegmentListFilter {
  types: SegmentType[];
  statuses: SegmentStatus[];
  afterId?: string;
  changedAfter?: number;
  limit: number;
}

/** Segments oldest first (ids sort by creation), keyset-paged by id; fetches `limit + 1`. */
export async function listSegments(db: Executor, dialect: Dialect, workspaceId: string, filter: SegmentListFilter): Promise<Segment[]> {
  let query = db
    .selectFrom('segments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('type', 'in', filter.types)
    .where('status', 'in', filter.statuses);
  if (filter.afterId !== undefined) query = query.where('id', '>', filter.afterId);
  if (filter.changedAfter !== undefined) query = query.where('changed_at', '>', filter.changedAfter);
  const rows = await query.orderBy('id').limit(filter.limit + 1).execute();
  return rows.map((row) => toSegment(row, dialect));
}

/** Dynamic segments in these statuses follow their rules; archived ones keep the members they had (SPEC §7). */
export const MAINTAINED_STATUSES: readonly SegmentStatus[] = ['active', 'draft'];

export interface DynamicRules {
  id: string;
  /** Changes whenever the segment does: with the id, it names one version of the rules. */
  changeSeq: number;
  rules: SegmentRules;
}

/** The rules of a workspace's active and draft dynamic segments (all of them, or those with the given ids). */
export async function maintainedDynamicRules(db: Executor, dialect: Dialect, workspaceId: string, ids?: readonly string[]): Promise<DynamicRules[]> {
  let query = maintainedDynamic(db, workspaceId).select(['id', 'change_seq', 'rules']);
  if (ids !== undefined) query = query.where('id', 'in', ids);
  const rows = await query.orderBy('id').execute();
  return rows.flatMap((row) =>
    row.rules === null ? [] : [{ id: row.id, changeSeq: Number(row.change_seq), rules: dialect.decodeJson<SegmentRules>(row.rules) }],
  );
}

/** The current version (change sequence) of each of a workspace's active and draft dynamic segments. */
export async function maintainedDynamicVersions(db: Executor, workspaceId: string): Promise<Array<{ id: string; changeSeq: number }>> {
  const rows = await maintainedDynamic(db, workspaceId).select(['id', 'change_seq']).where('rules', 'is not', null).orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, changeSeq: Number(row.change_seq) }));
}

function maintainedDynamic(db: Executor, workspaceId: string) {
  return db
    .selectFrom('segments')
    .where('workspace_id', '=', workspaceId)
    .where('type', '=', 'dynamic')
    .where('status', 'in', MAINTAINED_STATUSES);
}

/** Each given segment's member count (0 for none), by ranges of the members' key. */
export async function countMembersOf(db: Executor, workspaceId: string, segmentIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>(segmentIds.map((id) => [id, 0]));
  if (segmentIds.length === 0) return counts;
  const rows = await db
    .selectFrom('segment_members')
    .select(['segment_id', (eb) => eb.fn.countAll().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('segment_id', 'in', segmentIds)
    .groupBy('segment_id')
    .execute();
  for (const row of rows) counts.set(row.segment_id, Number(row.n));
  return counts;
}

export async function countMembers(db: Executor, workspaceId: string, segmentId: string): Promise<number> {
  const row = await db
    .selectFrom('segment_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('segment_id', '=', segmentId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function existingMemberIds(db: Executor, workspaceId: string, segmentId: string, accountIds: string[]): Promise<Set<string>> {
  if (accountIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('segment_members')
    .select('account_id')
    .where('workspace_id', '=', workspaceId)
    .where('segment_id', '=', segmentId)
    .where('account_id', 'in', accountIds)
    .execute();
  return new Set(rows.map((row) => row.account_id));
}

export async function insertMember(db: Executor, workspaceId: string, segmentId: string, accountId: string, at: number, changeSeq: number) {
  await db
    .insertInto('segment_members')
    .values({ workspace_id: workspaceId, segment_id: segmentId, account_id: accountId, added_at: at, change_seq: changeSeq })
    .onConflict((oc) => oc.columns(['workspace_id', 'segment_id', 'account_id']).doNothing())
    .execute();
}

export async function deleteMembers(db: Executor, workspaceId: string, segmentId: string, accountIds: string[]) {
  if (accountIds.length === 0) return;
  await db
    .deleteFrom('segment_members')
    .where('workspace_id', '=', workspaceId)
    .where('segment_id', '=', segmentId)
    .where('account_id', 'in', accountIds)
    .execute();
}

export interface MemberPageFilter {
  afterSeq?: number;
  /** The watermark's sequence (db/change-stamps.ts readChangeWatermark): nothing above it is read yet. */
  toSeq: number;
  changedAfter?: number;
  limit: number;
}

/** Member accounts ordered by membership change, keyset-paged; fetches `limit + 1` rows. */
export async function listMemberAccounts(db: Executor, workspaceId: string, segmentId: string, filter: MemberPageFilter) {
  let query = db
    .selectFrom('segment_members as m')
    .innerJoin('accounts as a', (join) => join.onRef('a.workspace_id', '=', 'm.workspace_id').onRef('a.id', '=', 'm.account_id'))
    .selectAll('a')
    .select(['m.change_seq as member_seq'])
    .where('m.workspace_id', '=', workspaceId)
    .where('m.segment_id', '=', segmentId);
  if (filter.afterSeq !== undefined) query = query.where('m.change_seq', '>', filter.afterSeq);
  query = query.where('m.change_seq', '<=', filter.toSeq);
  if (filter.changedAfter !== undefined) query = query.where('m.added_at', '>', filter.changedAfter);
  return query.orderBy('m.change_seq').limit(filter.limit + 1).execute();
}

/** The rule fields of an account that the account row does not hold as such. */
export interface AccountOutputs {
  account_score: number;
  website_intent_score: number;
  bombora_intent_score: number;
  g2_intent_score: number;
  advertising_activity_score: number;
  journey_stage: string;
}

export type AccountRecordRow = Pick<
  Selectable<AccountRow>,
  'id' | 'name' | 'domain' | 'external_id' | 'short_name' | 'linkedin_url' | 'tags' | 'custom_fields' | 'changed_at'
> &
  AccountOutputs;

/** The account columns rules read (and the scoring run reads with them). */
export const ACCOUNT_RECORD_COLUMNS = [
  'id',
  'name',
  'domain',
  'external_id',
  'short_name',
  'linkedin_url',
  'tags',
  'custom_fields',
  'changed_at',
  ...ACCOUNT_OUTPUT_COLUMNS,
] as const;

/** The account rows rules see, with each account's change stamp, by id. */
export async function accountRecordRows(db: Executor, workspaceId: string, accountIds: readonly string[]) {
  const rows = [];
  for (const part of chunks(accountIds, IN_LIST)) {
    rows.push(...(await db.selectFrom('accounts').select([...ACCOUNT_RECORD_COLUMNS, 'change_seq']).where('workspace_id', '=', workspaceId).where('id', 'in', part).execute()));
  }
  return rows;
}

/** The next `limit` accounts after `afterId` in id order, as rules read them: a preview walks the workspace by its key. */
export async function accountRecordPage(db: Executor, workspaceId: string, afterId: string | null, limit: number) {
  let query = db.selectFrom('accounts').select(ACCOUNT_RECORD_COLUMNS).where('workspace_id', '=', workspaceId);
  if (afterId !== null) query = query.where('id', '>', afterId);
  return query.orderBy('id').limit(limit).execute();
}

/** Of the given segments, those each given account belongs to now. */
export async function membershipsOf(
  db: Executor,
  workspaceId: string,
  segmentIds: readonly string[],
  accountIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>();
  if (segmentIds.length === 0) return result;
  for (const part of chunks(accountIds, IN_LIST)) {
    const rows = await db
      .selectFrom('segment_members')
      .select(['account_id', 'segment_id'])
      .where('workspace_id', '=', workspaceId)
      .where('account_id', 'in', part)
      .where('segment_id', 'in', segmentIds)
      .execute();
    for (const row of rows) {
      const set = result.get(row.account_id) ?? new Set<string>();
      set.add(row.segment_id);
      result.set(row.account_id, set);
    }
  }
  return result;
}

export async function insertMemberships(
  db: Executor,
  workspaceId: string,
  members: ReadonlyArray<{ segmentId: string; accountId: string; addedAt: number; changeSeq: number }>,
): Promise<void> {
  const rows = members.map((m) => ({ workspace_id: workspaceId, segment_id: m.segmentId, account_id: m.accountId, added_at: m.addedAt, change_seq: m.changeSeq }));
  for (const part of chunks(rows, IN_LIST)) {
    await db
      .insertInto('segment_members')
      .values(part)
      .onConflict((oc) => oc.columns(['workspace_id', 'segment_id', 'account_id']).doNothing())
      .execute();
  }
}

/** Removes memberships: one statement for every segment a part of them leaves, not one per segment. */
export async function deleteMemberships(db: Executor, workspaceId: string, removals: ReadonlyArray<{ segmentId: string; accountId: string }>): Promise<void> {
  for (const part of chunks(removals, IN_LIST)) {
    const bySegment = new Map<string, string[]>();
    for (const { segmentId, accountId } of part) {
      const accountIds = bySegment.get(segmentId);
      if (accountIds) accountIds.push(accountId);
      else bySegment.set(segmentId, [accountId]);
    }
    await db
      .deleteFrom('segment_members')
      .where('workspace_id', '=', workspaceId)
      .where((eb) => eb.or([...bySegment].map(([segmentId, accountIds]) => eb.and([eb('segment_id', '=', segmentId), eb('account_id', 'in', accountIds)]))))
      .execute();
  }
}
