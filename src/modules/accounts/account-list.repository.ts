/**
 * The console's account listing (issue 12): GET /accounts sorted by a score or by last change and
 * filtered by journey stage, segment, tag and a domain/name prefix, every page a keyset range of an
 * index (migration 2026-12-05-009).
 *
 * Two shapes of query, chosen per request by how many accounts the most selective filter matches:
 * - `walk`: read the sort index in order and test each account against the filters; cheap when the
 *   filters keep many accounts (a page is found after few index entries);
 * - `drive`: read the filter's own index (a segment's members, a tag's accounts, a stage's range, a
 *   prefix's range), then sort those few accounts; cheap when the filter keeps few.
 * SQLite's planner is told which (it has no statistics to tell a 50-account tag from a 500,000-account
 * one): the FROM order of a CROSS JOIN is kept, and a unary `+` keeps a column's index out of the
 * plan. PostgreSQL plans from its statistics and gets the same query without those hints.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Dialect, Executor } from '../../db/index.js';
import { STORED_ACCOUNT_COLUMNS } from './accounts.presenter.js';

/** The sortable columns of `accounts`, by the API's field name. */
export const SORT_COLUMNS = {
  rtp_account_score: 'account_score',
  rtp_website_intent_score: 'website_intent_score',
  rtp_bombora_intent_score: 'bombora_intent_score',
  rtp_g2_intent_score: 'g2_intent_score',
  rtp_advertising_activity_score: 'advertising_activity_score',
} as const;

export type ScoreField = keyof typeof SORT_COLUMNS;

/** Either a score (descending or ascending, ties by id in the same direction) or the last change, newest first. */
export type AccountSort = { kind: 'score'; column: (typeof SORT_COLUMNS)[ScoreField]; descending: boolean } | { kind: 'lastChange' };

export interface AccountListFilters {
  stage?: string;
  segmentId?: string;
  /** Compared folded (foldTag), as account_tags stores it. */
  tag?: string;
  /** A case-insensitive prefix of the domain or the name. */
  prefix?: string;
}

/** Where the previous page ended: the sort key and id of its last account (lastChange: the change sequence alone). */
export type AccountListPosition = { value: number; id: string } | { changeSeq: number };

export type FilterName = keyof AccountListFilters;

export interface AccountListQuery {
  sort: AccountSort;
  filters: AccountListFilters;
  after?: AccountListPosition;
  limit: number;
  /** The filter whose index the query starts from; none: the sort index is walked. */
  driver?: FilterName;
}

/** Above this many matching accounts a filter is tested while walking the sort index instead of driving the query. */
export const DRIVE_LIMIT = 20_000;

/** The highest code point: `prefix || it` bounds every string that starts with `prefix`. */
const MAX_CHAR = 0x10ffff;

function lowerPrefixRange(dialect: Dialect, column: 'name' | 'domain', prefix: string, indexed: boolean) {
  const collate = dialect.engine === 'postgres' ? sql` collate "C"` : sql``;
  // SQLite: `+x` keeps the index on x out of the plan (the walk); PostgreSQL needs no hint.
  const hint = !indexed && dialect.engine === 'sqlite' ? sql`+` : sql``;
  const key = column === 'name' ? sql`${hint}coalesce(name_key, lower(name))${collate}` : sql`${hint}domain${collate}`;
  const folded = prefix.toLowerCase();
  const low = dialect.engine === 'postgres' ? sql`${folded}::text${collate}` : sql`${folded}`;
  const high = dialect.engine === 'postgres' ? sql`(${folded}::text || chr(${MAX_CHAR}))${collate}` : sql`(${folded} || char(${MAX_CHAR}))`;
  return sql<SqlBool>`(${key} >= ${low} and ${key} < ${high})`;
}

function prefixCondition(dialect: Dialect, prefix: string, indexed: boolean): Expression<SqlBool> {
  return sql<SqlBool>`(${lowerPrefixRange(dialect, 'domain', prefix, indexed)} or ${lowerPrefixRange(dialect, 'name', prefix, indexed)})`;
}

function sortKey(sort: AccountSort): string {
  return sort.kind === 'score' ? sort.column : 'change_seq';
}

function descending(sort: AccountSort): boolean {
  return sort.kind === 'lastChange' || sort.descending;
}

/**
 * The keyset condition: strictly after the previous page's last account in the sort order. With
 * `hidden` (SQLite, driving from a filter) the sort columns are hidden from the planner here too, or
 * it would range over the sort index from the cursor to the end and then sort all of that.
 */
function afterCondition(sort: AccountSort, after: AccountListPosition, hidden: boolean): Expression<SqlBool> {
  const hint = hidden ? sql`+` : sql``;
  if ('changeSeq' in after) return sql<SqlBool>`${hint}accounts.change_seq < ${after.changeSeq}`;
  const keys = sql`(${hint}${sql.ref(`accounts.${sortKey(sort)}`)}, ${hint}accounts.id)`;
  return descending(sort) ? sql<SqlBool>`${keys} < (${after.value}, ${after.id})` : sql<SqlBool>`${keys} > (${after.value}, ${after.id})`;
}

/**
 * The stage filter reads the stage index: under the default sort it is the sort index too
 * ((stage, account_score, id)), so it is never hidden from the planner then.
 */
function stageIsIndexed(query: AccountListQuery): boolean {
  return query.driver === 'stage' || (query.sort.kind === 'score' && query.sort.column === 'account_score');
}

/** A page of accounts (`limit + 1` rows, the extra one tells whether another page exists). */
export async function listAccountsSorted(db: Executor, dialect: Dialect, workspaceId: string, query: AccountListQuery) {
  return accountPageQuery(db, dialect, workspaceId, query).execute();
}

/** The statement of a page, unexecuted (the tests and the benchmark EXPLAIN it). */
export function accountPageQuery(db: Executor, dialect: Dialect, workspaceId: string, query: AccountListQuery) {
  const sqlite = dialect.engine === 'sqlite';
  const { filters, sort } = query;
  const membership = (['segmentId', 'tag'] as const).filter((name) => filters[name] !== undefined);
  // SQLite keeps the FROM order of a CROSS JOIN: the driving membership table goes first.
  const first = query.driver === 'segmentId' || query.driver === 'tag' ? query.driver : undefined;
  const joinOrder = first === undefined ? membership : [first, ...membership.filter((name) => name !== first)];

  let select = first === undefined ? db.selectFrom('accounts') : db.selectFrom(membershipTable(first)).crossJoin('accounts');
  for (const name of joinOrder) if (name !== first) select = select.crossJoin(membershipTable(name));

  let page = select.select(STORED_ACCOUNT_COLUMNS.map((c) => `accounts.${c}` as const)).where('accounts.workspace_id', '=', workspaceId);
  for (const name of joinOrder) page = page.where(membershipCondition(name, workspaceId, filters));
  if (filters.stage !== undefined) {
    const stage = stageIsIndexed(query) || !sqlite ? sql.ref('accounts.journey_stage') : sql`+accounts.journey_stage`;
    page = page.where(sql<SqlBool>`${stage} = ${filters.stage}`);
  }
  if (filters.prefix !== undefined) page = page.where(prefixCondition(dialect, filters.prefix, query.driver === 'prefix'));
  // Driving from a filter: the sort columns are hidden (SQLite) so the filter's index is used and its few rows sorted.
  const hide = sqlite && query.driver !== undefined && !(query.driver === 'stage' && stageIsIndexed({ ...query, driver: undefined }));
  if (query.after !== undefined) page = page.where(afterCondition(sort, query.after, hide));
  const key = hide ? sql`+accounts.${sql.ref(sortKey(sort))}` : sql.ref(`accounts.${sortKey(sort)}`);
  const direction = descending(sort) ? sql`desc` : sql`asc`;
  page = page.orderBy(sql`${key} ${direction}`);
  if (sort.kind === 'score') page = page.orderBy(hide ? sql`+accounts.id ${direction}` : sql`accounts.id ${direction}`);
  return page.limit(query.limit + 1);
}

function membershipTable(name: 'segmentId' | 'tag') {
  return name === 'segmentId' ? ('segment_members' as const) : ('account_tags' as const);
}

function membershipCondition(name: 'segmentId' | 'tag', workspaceId: string, filters: AccountListFilters): Expression<SqlBool> {
  if (name === 'segmentId') {
    return sql<SqlBool>`(segment_members.workspace_id = ${workspaceId} and segment_members.segment_id = ${filters.segmentId!} and segment_members.account_id = accounts.id)`;
  }
  return sql<SqlBool>`(account_tags.workspace_id = ${workspaceId} and account_tags.tag = ${foldTag(filters.tag!)} and account_tags.account_id = accounts.id)`;
}

/** How many accounts a filter matches, counted in its index up to `cap + 1` (enough to choose a plan). */
export async function countFilterMatches(db: Executor, dialect: Dialect, workspaceId: string, name: FilterName, filters: AccountListFilters, cap: number) {
  const matches = (() => {
    switch (name) {
      case 'segmentId':
        return sql`select 1 from segment_members where workspace_id = ${workspaceId} and segment_id = ${filters.segmentId!}`;
      case 'tag':
        return sql`select 1 from account_tags where workspace_id = ${workspaceId} and tag = ${foldTag(filters.tag!)}`;
      case 'stage':
        return sql`select 1 from accounts where workspace_id = ${workspaceId} and journey_stage = ${filters.stage!}`;
      case 'prefix':
        return sql`select 1 from accounts where workspace_id = ${workspaceId} and ${prefixCondition(dialect, filters.prefix!, true)}`;
    }
  })();
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from (${matches} limit ${cap + 1}) as matches`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** The filter matching the fewest accounts, when it matches few enough ({@link DRIVE_LIMIT}) to read them all and sort them. */
export async function chooseDriver(db: Executor, dialect: Dialect, workspaceId: string, filters: AccountListFilters): Promise<FilterName | undefined> {
  let best: { name: FilterName; count: number } | undefined;
  for (const name of Object.keys(filters) as FilterName[]) {
    const count = await countFilterMatches(db, dialect, workspaceId, name, filters, DRIVE_LIMIT);
    if (count <= DRIVE_LIMIT && (best === undefined || count < best.count)) best = { name, count };
  }
  return best?.name;
}

/** Whether the workspace has this segment. */
export async function segmentExists(db: Executor, workspaceId: string, segmentId: string): Promise<boolean> {
  const row = await db.selectFrom('segments').select('id').where('workspace_id', '=', workspaceId).where('id', '=', segmentId).executeTakeFirst();
  return row !== undefined;
}

/** An account whose tags changed: its new tags, and whether it had any stored (rows to delete). */
export interface TagChange {
  accountId: string;
  tags: string[];
  hadTags: boolean;
}

/**
 * How the name prefix search folds case: JavaScript's lower-casing, on names and on the prefix, on
 * both engines. The prefix index reads `coalesce(name_key, lower(name))`: for a name of ASCII
 * letters the database's lower() folds alike everywhere, so `name_key` stays null; for any other
 * name it holds this fold, which SQLite's lower() (ASCII only) and PostgreSQL's (its locale's)
 * cannot give (migration 026).
 */
export function nameSearchKey(name: string): string | null {
  return NON_ASCII.test(name) ? name.toLowerCase() : null;
}

const NON_ASCII = /[^\p{ASCII}]/u;

/**
 * A tag as account_tags stores it and the `tag` filter compares it: lower-cased by JavaScript, as
 * dynamic segment rules compare tags. The databases' lower() would disagree with each other: SQLite's
 * folds ASCII letters only, PostgreSQL's follows the database's locale (migration 025).
 */
export function foldTag(tag: string): string {
  return tag.toLowerCase();
}

/** Replaces the tag rows of accounts whose tags changed (each folded tag once). */
export async function replaceAccountTags(db: Executor, dialect: Dialect, workspaceId: string, changes: TagChange[]): Promise<void> {
  if (changes.length === 0) return;
  // An account without stored tags has no rows here: a batch of new accounts deletes nothing.
  const stale = changes.filter((change) => change.hadTags).map((change) => change.accountId);
  const rows = changes.flatMap(({ accountId, tags }) => [...new Set(tags.map(foldTag))].map((tag) => ({ account_id: accountId, tag })));
  if (dialect.engine === 'postgres') return replacePostgresTagRows(db, workspaceId, stale, rows);
  if (stale.length > 0) await db.deleteFrom('account_tags').where('workspace_id', '=', workspaceId).where('account_id', 'in', stale).execute();
  // Bounded statements: 100 accounts of 100 tags each would otherwise be 30,000 parameters.
  for (let i = 0; i < rows.length; i += 300) {
    await db.insertInto('account_tags').values(rows.slice(i, i + 300).map((row) => ({ workspace_id: workspaceId, ...row }))).onConflict((oc) => oc.doNothing()).execute();
  }
}

/** PostgreSQL: arrays, so each statement's text is the same for every batch (see accounts.repository.ts, upsertAccountColumns). */
async function replacePostgresTagRows(db: Executor, workspaceId: string, stale: string[], rows: Array<{ account_id: string; tag: string }>) {
  if (stale.length > 0) await sql`delete from account_tags where workspace_id = ${workspaceId} and account_id = any(${stale}::text[])`.execute(db);
  if (rows.length === 0) return;
  await sql`
    insert into account_tags (workspace_id, tag, account_id)
    select ${workspaceId}, tag, account_id from unnest(${rows.map((row) => row.account_id)}::text[], ${rows.map((row) => row.tag)}::text[]) as u(account_id, tag)
    on conflict do nothing`.execute(db);
}
