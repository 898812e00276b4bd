import { CompiledQuery, sql, type Insertable } from 'kysely';
import type { Dialect, Executor } from '../../db/index.js';
import type { AccountRow } from '../../db/schema.js';
import type { ChangeStamps } from '../../db/change-stamps.js';
import type { CustomFieldValues } from '../custom-fields/custom-field-values.js';
import type { AccountState } from './account-batch.js';
import { STORED_ACCOUNT_COLUMNS, type SegmentRef, type StoredAccount } from './accounts.presenter.js';
import { nameSearchKey } from './account-list.repository.js';

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

function toState(row: StoredAccount, dialect: Dialect): AccountState {
  return {
    id: row.id,
    domain: row.domain,
    name: row.name,
    externalId: row.external_id,
    shortName: row.short_name,
    linkedinUrl: row.linkedin_url,
    tags: dialect.decodeJson<string[] | null>(row.tags) ?? [],
    customFields: dialect.decodeJson<CustomFieldValues | null>(row.custom_fields) ?? {},
  };
}

/**
 * The stored accounts at these domains. In a transaction on PostgreSQL they stay locked until it
 * ends (in domain order, so two batches wait for each other in one order): a batch plans against
 * their latest committed state, and stamps them after any writer before it (change-stamps.ts).
 */
export async function findAccountStatesByDomains(db: Executor, dialect: Dialect, workspaceId: string, domains: string[]) {
  const states = new Map<string, AccountState>();
  if (domains.length === 0) return states;
  const rows =
    db.isTransaction && dialect.engine === 'postgres'
      ? await lockAccountsByDomain(db, workspaceId, domains)
      : await db.selectFrom('accounts').selectAll().where('workspace_id', '=', workspaceId).where('domain', 'in', domains).execute();
  for (const row of rows) states.set(row.domain, toState(row, dialect));
  return states;
}

/**
 * PostgreSQL, inside a write: the stored accounts of `domains`, each locked, in the order batches
 * write them (sorted as writePlan sorts), so concurrent batches lock in one order. One probe of the
 * (workspace_id, domain) key per domain, whatever the statistics say: as an `IN` list the lookup was
 * planned as a scan of all the workspace's rows whenever the statistics predated its growth — a new
 * workspace's first sync into a large table — 26 ms instead of 0.7 ms per 100 domains at 25,000
 * accounts, growing with the workspace (docs/benchmarks.md, "lookups that do not depend on fresh statistics").
 */
async function lockAccountsByDomain(db: Executor, workspaceId: string, domains: string[]): Promise<StoredAccount[]> {
  const sorted = [...new Set(domains)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const { rows } = await sql<StoredAccount>`
    select a.* from unnest(${sorted}::text[]) as d(domain)
    cross join lateral (select * from accounts where workspace_id = ${workspaceId} and domain = d.domain for update) a`.execute(db);
  return rows;
}

export async function findAccountById(db: Executor, workspaceId: string, id: string): Promise<StoredAccount | undefined> {
  return db.selectFrom('accounts').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export async function findAccountStateById(db: Executor, dialect: Dialect, workspaceId: string, id: string) {
  const row = await findAccountById(db, workspaceId, id);
  return row && toState(row, dialect);
}

/** The columns an account write sets from its state (everything but keys, times and scores). */
function writableColumns(state: AccountState, dialect: Dialect) {
  return {
    domain: state.domain,
    name: state.name,
    name_key: nameSearchKey(state.name),
    external_id: state.externalId,
    short_name: state.shortName,
    linkedin_url: state.linkedinUrl,
    tags: dialect.encodeJson(state.tags),
    custom_fields: dialect.encodeJson(state.customFields),
  };
}

export interface AccountWrite {
  state: AccountState;
  changeSeq: number;
}

/**
 * Writes new and changed accounts in one statement. New rows insert; a row whose domain exists
 * updates every writable column but keeps its id and creation time. Returns id by domain so the
 * caller can tell whether a row it meant to create was created by someone else first.
 */
export async function upsertAccounts(
  db: Executor,
  dialect: Dialect,
  workspaceId: string,
  writes: AccountWrite[],
  changedAt: number,
): Promise<Map<string, string>> {
  if (writes.length === 0) return new Map();
  const rows = dialect.engine === 'postgres' ? await upsertAccountColumns(db, workspaceId, writes, changedAt) : await upsertAccountRows(db, dialect, workspaceId, writes, changedAt);
  return new Map(rows.map((row) => [row.domain, row.id]));
}

/**
 * SQLite: one multi-row `values` list. Building and compiling this 1,200-parameter statement cost
 * ~240 us per 100-account request (6% of the ingest); its text depends only on the row count, so it
 * is compiled once per count. The parameters are the rows' values in column order — checked against
 * Kysely's own on the first compile, and that count is never cached if they differ.
 */
async function upsertAccountRows(db: Executor, dialect: Dialect, workspaceId: string, writes: AccountWrite[], changedAt: number) {
  const values = writes.map(({ state, changeSeq }) => ({
    workspace_id: workspaceId,
    id: state.id,
    ...writableColumns(state, dialect),
    created_at: changedAt,
    changed_at: changedAt,
    change_seq: changeSeq,
  }));
  const parameters = values.flatMap((row) => Object.values(row));
  let text = compiledUpserts.get(values.length);
  if (text === undefined) {
    const compiled = upsertAccountsQuery(db, values).compile();
    if (sameParameters(compiled.parameters, parameters)) compiledUpserts.set(values.length, compiled.sql);
    text = compiled.sql;
    parameters.splice(0, parameters.length, ...compiled.parameters);
  }
  const { rows } = await db.executeQuery<{ id: string; domain: string }>(CompiledQuery.raw(text, parameters));
  return rows;
}

/**
 * PostgreSQL: one array per column, unnested — a short statement whose text never changes. As a
 * 1,200-parameter `values` list, PostgreSQL parsed and planned every batch anew (1.2 ms of planning
 * alone per 100 accounts): about a quarter of its CPU for the insert (docs/benchmarks.md, "One
 * statement text for every batch"). A named prepared statement would save the same but does not
 * survive a transaction-mode pooler (docs/operations.md, "Behind PgBouncer").
 */
async function upsertAccountColumns(db: Executor, workspaceId: string, writes: AccountWrite[], changedAt: number) {
  const column = <T>(pick: (write: AccountWrite) => T) => writes.map(pick);
  const { rows } = await sql<{ id: string; domain: string }>`
    insert into accounts (workspace_id, id, domain, name, name_key, external_id, short_name, linkedin_url, tags, custom_fields, created_at, changed_at, change_seq)
    select ${workspaceId}, id, domain, name, name_key, external_id, short_name, linkedin_url, tags, custom_fields, ${changedAt}::bigint, ${changedAt}::bigint, change_seq
    from unnest(
      ${column((w) => w.state.id)}::text[], ${column((w) => w.state.domain)}::text[], ${column((w) => w.state.name)}::text[],
      ${column((w) => nameSearchKey(w.state.name))}::text[],
      ${column((w) => w.state.externalId)}::text[], ${column((w) => w.state.shortName)}::text[], ${column((w) => w.state.linkedinUrl)}::text[],
      ${column((w) => JSON.stringify(w.state.tags))}::jsonb[], ${column((w) => JSON.stringify(w.state.customFields))}::jsonb[],
      ${column((w) => w.changeSeq)}::bigint[]
    ) as u(id, domain, name, name_key, external_id, short_name, linkedin_url, tags, custom_fields, change_seq)
    on conflict (workspace_id, domain) do update set name = excluded.name, name_key = excluded.name_key, external_id = excluded.external_id,
      short_name = excluded.short_name, linkedin_url = excluded.linkedin_url, tags = excluded.tags,
      custom_fields = excluded.custom_fields, changed_at = excluded.changed_at, change_seq = excluded.change_seq
    returning id, domain`.execute(db);
  return rows;
}

const compiledUpserts = new Map<number, string>();

function sameParameters(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function upsertAccountsQuery(db: Executor, values: Array<Insertable<AccountRow>>) {
  return db
    .insertInto('accounts')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'domain']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        name_key: eb.ref('excluded.name_key'),
        external_id: eb.ref('excluded.external_id'),
        short_name: eb.ref('excluded.short_name'),
        linkedin_url: eb.ref('excluded.linkedin_url'),
        tags: eb.ref('excluded.tags'),
        custom_fields: eb.ref('excluded.custom_fields'),
        changed_at: eb.ref('excluded.changed_at'),
        change_seq: eb.ref('excluded.change_seq'),
      })),
    )
    .returning(['id', 'domain']);
}

export interface AccountPageFilter {
  fromSeq: number;
  /** The watermark's sequence (db/change-stamps.ts readChangeWatermark): nothing above it is read yet. */
  toSeq: number;
  domains?: string[];
  limit: number;
}

/** Accounts in change order from `fromSeq` to `toSeq` (inclusive), keyset on the change sequence; `limit + 1` rows. */
export async function listAccountsByChange(db: Executor, workspaceId: string, filter: AccountPageFilter) {
  let query = db
    .selectFrom('accounts')
    .select(STORED_ACCOUNT_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('change_seq', '>=', filter.fromSeq)
    .where('change_seq', '<=', filter.toSeq);
  if (filter.domains) query = query.where('domain', 'in', filter.domains);
  return query.orderBy('change_seq').limit(filter.limit + 1).execute();
}

export async function listMissingExternalIds(db: Executor, workspaceId: string, limit: number) {
  return db
    .selectFrom('accounts')
    .select(['id', 'name', 'domain'])
    .where('workspace_id', '=', workspaceId)
    .where('external_id', 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function updateAccountFields(
  db: Executor,
  dialect: Dialect,
  workspaceId: string,
  id: string,
  fields: { externalId?: string; customFields?: CustomFieldValues },
  stamp: { changeSeq: number; changedAt: number },
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({
      ...(fields.externalId === undefined ? {} : { external_id: fields.externalId }),
      ...(fields.customFields === undefined ? {} : { custom_fields: dialect.encodeJson(fields.customFields) }),
      change_seq: stamp.changeSeq,
      changed_at: stamp.changedAt,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** An external id several accounts hold (the External API allows it): how many, and the oldest few. */
export interface SharedExternalId {
  holders: number;
  /** The ids of the oldest holders, at most {@link SHARED_SAMPLE}. */
  sample: string[];
}

export const SHARED_SAMPLE = 5;

/**
 * The external ids among `externalIds` that more than one account holds. Counted in the index, and
 * only a few ids read per shared one, so an id a tenant gave to 100 000 accounts costs no more memory
 * than one it gave to two.
 */
export async function findSharedExternalIds(db: Executor, workspaceId: string, externalIds: string[]): Promise<Map<string, SharedExternalId>> {
  const shared = new Map<string, SharedExternalId>();
  if (externalIds.length === 0) return shared;
  const counts = await db
    .selectFrom('accounts')
    .select(['external_id', (eb) => eb.fn.countAll().as('holders')])
    .where('workspace_id', '=', workspaceId)
    .where('external_id', 'in', externalIds)
    .groupBy('external_id')
    .having((eb) => eb.fn.countAll(), '>', 1)
    .execute();
  for (const { external_id: externalId, holders } of counts) {
    const sample = await db
      .selectFrom('accounts')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('external_id', '=', externalId)
      .orderBy('id')
      .limit(SHARED_SAMPLE)
      .execute();
    shared.set(externalId!, { holders: Number(holders), sample: sample.map((row) => row.id) });
  }
  return shared;
}

/** The account holding each external id; for an id several accounts share, the oldest (see findSharedExternalIds). */
export async function findAccountStatesByExternalIds(db: Executor, dialect: Dialect, workspaceId: string, externalIds: string[]) {
  const states = new Map<string, AccountState>();
  if (externalIds.length === 0) return states;
  const rows = await db
    .selectFrom('accounts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('external_id', 'in', externalIds)
    .orderBy('id')
    .execute();
  for (const row of rows) if (!states.has(row.external_id!)) states.set(row.external_id!, toState(row, dialect));
  return states;
}

/** Rewrites an existing account, its domain included (the CRM generation may move an account's domain). */
export async function updateAccountState(db: Executor, dialect: Dialect, workspaceId: string, write: AccountWrite, changedAt: number) {
  const { state } = write;
  await db
    .updateTable('accounts')
    .set({
      ...writableColumns(state, dialect),
      change_seq: write.changeSeq,
      changed_at: changedAt,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', state.id)
    .execute();
}

export async function findAccountStatesByIds(db: Executor, dialect: Dialect, workspaceId: string, ids: string[]): Promise<AccountState[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('accounts').selectAll().where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
  return rows.map((row) => toState(row, dialect));
}

/** Moves an account to a placeholder domain no real domain can equal (it has no dot-separated TLD). */
export async function parkAccountDomain(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.updateTable('accounts').set({ domain: `#moving#${id}` }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/**
 * Up to `limit` domains of the workspace's accounts, oldest first: the pool `intentbase seed`
 * draws signals for (bounded, so seeding a million accounts' signals needs no million strings).
 */
export async function sampleDomains(db: Executor, workspaceId: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('accounts')
    .select('domain')
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.domain);
}
