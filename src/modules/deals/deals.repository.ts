import type { Selectable } from 'kysely';
import type { Dialect, Executor } from '../../db/index.js';
import type { ChangeStamps } from '../../db/change-stamps.js';
import type { DealRow } from '../../db/schema.js';
import { chunks } from '../../lib/chunks.js';
import type { Association, DealState, StageEntry } from './deal-batch.js';

export type StoredDeal = Selectable<DealRow>;

/** An account an association resolves to. */
export interface AccountRef {
  rtp_aid: string;
  domain: string;
}

const IN_LIST = 500;

function toState(row: StoredDeal, associations: Association[], historyLength: number): DealState {
  return {
    id: row.id,
    externalDealId: row.external_deal_id,
    name: row.name,
    amount: row.amount === null ? null : Number(row.amount),
    stageId: row.stage_id,
    stageLabel: row.stage_label,
    pipelineId: row.pipeline_id,
    pipelineLabel: row.pipeline_label,
    startDate: row.start_date,
    closedDate: row.closed_date,
    ownerName: row.owner_name,
    ownerEmail: row.owner_email,
    ownerId: row.owner_id,
    dealCurrencyCode: row.deal_currency_code,
    associations,
    historyLength,
  };
}

/** Each deal's associations as pushed, in order. */
export async function associationsOfDeals(db: Executor, workspaceId: string, dealIds: readonly string[]): Promise<Map<string, Association[]>> {
  const result = new Map<string, Association[]>();
  for (const ids of chunks(dealIds, IN_LIST)) {
    const rows = await db
      .selectFrom('deal_accounts')
      .select(['deal_id', 'domain', 'domain_input', 'external_id', 'name'])
      .where('workspace_id', '=', workspaceId)
      .where('deal_id', 'in', ids)
      .orderBy('deal_id')
      .orderBy('position')
      .execute();
    for (const row of rows) {
      const list = result.get(row.deal_id) ?? [];
      list.push({ externalId: row.external_id, domain: row.domain, domainInput: row.domain_input, name: row.name });
      result.set(row.deal_id, list);
    }
  }
  return result;
}

/** The current state of the deals with the given externalDealIds, by externalDealId. */
export async function findDealStatesByExternalIds(db: Executor, workspaceId: string, externalDealIds: readonly string[]) {
  const states = new Map<string, DealState>();
  const rows: StoredDeal[] = [];
  for (const ids of chunks(externalDealIds, IN_LIST)) {
    rows.push(...(await db.selectFrom('deals').selectAll().where('workspace_id', '=', workspaceId).where('external_deal_id', 'in', ids).execute()));
  }
  if (rows.length === 0) return states;
  const dealIds = rows.map((row) => row.id);
  const associations = await associationsOfDeals(db, workspaceId, dealIds);
  const lengths = new Map<string, number>();
  for (const ids of chunks(dealIds, IN_LIST)) {
    const counts = await db
      .selectFrom('deal_stage_history')
      .select(['deal_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('deal_id', 'in', ids)
      .groupBy('deal_id')
      .execute();
    for (const row of counts) lengths.set(row.deal_id, Number(row.n));
  }
  for (const row of rows) states.set(row.external_deal_id, toState(row, associations.get(row.id) ?? [], lengths.get(row.id) ?? 0));
  return states;
}

export interface DealWrite {
  state: DealState;
  changeSeq: number;
}

/**
 * Writes new and changed deals in one statement, keyed by externalDealId: a new one inserts, an
 * existing one updates every writable column but keeps its id and creation time. Returns id by
 * externalDealId so the caller can tell whether a deal it meant to create was created by someone else.
 */
export async function upsertDeals(db: Executor, workspaceId: string, writes: readonly DealWrite[], changedAt: number): Promise<Map<string, string>> {
  if (writes.length === 0) return new Map();
  const rows = await db
    .insertInto('deals')
    .values(
      writes.map(({ state, changeSeq }) => ({
        workspace_id: workspaceId,
        id: state.id,
        external_deal_id: state.externalDealId,
        name: state.name,
        amount: state.amount,
        stage_id: state.stageId,
        stage_label: state.stageLabel,
        pipeline_id: state.pipelineId,
        pipeline_label: state.pipelineLabel,
        start_date: state.startDate,
        closed_date: state.closedDate,
        owner_name: state.ownerName,
        owner_email: state.ownerEmail,
        owner_id: state.ownerId,
        deal_currency_code: state.dealCurrencyCode,
        created_at: changedAt,
        changed_at: changedAt,
        change_seq: changeSeq,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'external_deal_id']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        amount: eb.ref('excluded.amount'),
        stage_id: eb.ref('excluded.stage_id'),
        stage_label: eb.ref('excluded.stage_label'),
        pipeline_id: eb.ref('excluded.pipeline_id'),
        pipeline_label: eb.ref('excluded.pipeline_label'),
        start_date: eb.ref('excluded.start_date'),
        closed_date: eb.ref('excluded.closed_date'),
        owner_name: eb.ref('excluded.owner_name'),
        owner_email: eb.ref('excluded.owner_email'),
        owner_id: eb.ref('excluded.owner_id'),
        deal_currency_code: eb.ref('excluded.deal_currency_code'),
        changed_at: eb.ref('excluded.changed_at'),
        change_seq: eb.ref('excluded.change_seq'),
      })),
    )
    .returning(['id', 'external_deal_id'])
    .execute();
  return new Map(rows.map((row) => [row.external_deal_id, row.id]));
}

/** Rewrites the association lists of the given deals (their final state), set-based. */
export async function replaceAssociations(db: Executor, workspaceId: string, deals: readonly DealState[]): Promise<void> {
  if (deals.length === 0) return;
  for (const ids of chunks(deals.map((d) => d.id), IN_LIST)) {
    await db.deleteFrom('deal_accounts').where('workspace_id', '=', workspaceId).where('deal_id', 'in', ids).execute();
  }
  const rows = deals.flatMap((deal) =>
    deal.associations.map((a, position) => ({
      workspace_id: workspaceId,
      deal_id: deal.id,
      position,
      domain: a.domain,
      domain_input: a.domainInput,
      external_id: a.externalId,
      name: a.name,
    })),
  );
  for (const batch of chunks(rows, 1000)) await db.insertInto('deal_accounts').values(batch).execute();
}

export async function insertStageEntries(db: Executor, workspaceId: string, entries: readonly StageEntry[]): Promise<void> {
  for (const batch of chunks(entries, 1000)) {
    await db
      .insertInto('deal_stage_history')
      .values(
        batch.map((e) => ({
          workspace_id: workspaceId,
          deal_id: e.dealId,
          position: e.position,
          stage_id: e.stageId,
          stage_label: e.stageLabel,
          pipeline_id: e.pipelineId,
          entered_at: e.enteredAt,
        })),
      )
      .execute();
  }
}

/** Each deal's stage history, oldest first. */
export async function stageHistoryOfDeals(db: Executor, workspaceId: string, dealIds: readonly string[]): Promise<Map<string, StageEntry[]>> {
  const result = new Map<string, StageEntry[]>();
  for (const ids of chunks(dealIds, IN_LIST)) {
    const rows = await db
      .selectFrom('deal_stage_history')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('deal_id', 'in', ids)
      .orderBy('deal_id')
      .orderBy('position')
      .execute();
    for (const row of rows) {
      const list = result.get(row.deal_id) ?? [];
      list.push({
        dealId: row.deal_id,
        position: Number(row.position),
        stageId: row.stage_id,
        stageLabel: row.stage_label,
        pipelineId: row.pipeline_id,
        enteredAt: Number(row.entered_at),
      });
      result.set(row.deal_id, list);
    }
  }
  return result;
}

/**
 * Resolves associations to accounts of the workspace (SPEC §3.8): by normalised domain first, then
 * by external id — the oldest account holding it, since an externalId is not unique among
 * accounts. Resolution happens on every read, so an account created or re-keyed after the deal
 * was pushed links at once, and nothing stored can go stale. Two indexed lookups per call.
 */
export async function resolveAssociations(
  db: Executor,
  workspaceId: string,
  associations: ReadonlyArray<Pick<Association, 'domain' | 'externalId'>>,
): Promise<Array<AccountRef | null>> {
  const byDomain = new Map<string, AccountRef>();
  const domains = [...new Set(associations.flatMap((a) => (a.domain === null ? [] : [a.domain])))];
  for (const batch of chunks(domains, IN_LIST)) {
    const rows = await db.selectFrom('accounts').select(['id', 'domain']).where('workspace_id', '=', workspaceId).where('domain', 'in', batch).execute();
    for (const row of rows) byDomain.set(row.domain, { rtp_aid: row.id, domain: row.domain });
  }
  const byExternalId = new Map<string, AccountRef>();
  const externalIds = [
    ...new Set(associations.flatMap((a) => (a.externalId !== null && (a.domain === null || !byDomain.has(a.domain)) ? [a.externalId] : []))),
  ];
  for (const batch of chunks(externalIds, IN_LIST)) {
    const rows = await db
      .selectFrom('accounts')
      .select(['id', 'domain', 'external_id'])
      .where('workspace_id', '=', workspaceId)
      .where('external_id', 'in', batch)
      .execute();
    // The oldest holder wins (ids sort by creation). Chosen here: an ORDER BY lets SQLite's planner
    // walk the primary key over the whole workspace instead of seeking the external-id index.
    for (const row of rows) {
      const held = row.external_id === null ? undefined : byExternalId.get(row.external_id);
      if (row.external_id !== null && (held === undefined || row.id < held.rtp_aid)) byExternalId.set(row.external_id, { rtp_aid: row.id, domain: row.domain });
    }
  }
  return associations.map((a) => (a.domain !== null ? byDomain.get(a.domain) : undefined) ?? (a.externalId !== null ? byExternalId.get(a.externalId) : undefined) ?? null);
}

export async function findDealByExternalId(db: Executor, workspaceId: string, externalDealId: string): Promise<StoredDeal | undefined> {
  return db.selectFrom('deals').selectAll().where('workspace_id', '=', workspaceId).where('external_deal_id', '=', externalDealId).executeTakeFirst();
}

/** Deals in change order from `fromSeq` (inclusive), keyset on the change sequence; `limit + 1` rows. */
/** Deals in change order from `fromSeq` to `toSeq` (the watermark's sequence), inclusive; `limit + 1` rows. */
export async function listDealsByChange(db: Executor, workspaceId: string, fromSeq: number, toSeq: number, limit: number): Promise<StoredDeal[]> {
  return db
    .selectFrom('deals')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('change_seq', '>=', fromSeq)
    .where('change_seq', '<=', toSeq)
    .orderBy('change_seq')
    .limit(limit + 1)
    .execute();
}

/** The given deals from `fromSeq` to `toSeq` (inclusive), in change order. */
export async function listDealsByIds(db: Executor, workspaceId: string, dealIds: readonly string[], fromSeq: number, toSeq: number): Promise<StoredDeal[]> {
  const rows: StoredDeal[] = [];
  for (const batch of chunks(dealIds, IN_LIST)) {
    const query = db.selectFrom('deals').selectAll().where('workspace_id', '=', workspaceId).where('id', 'in', batch);
    rows.push(...(await query.where('change_seq', '>=', fromSeq).where('change_seq', '<=', toSeq).execute()));
  }
  return rows.sort((a, b) => Number(a.change_seq) - Number(b.change_seq));
}

/** Locks these deals until the transaction ends (PostgreSQL; in id order, so lockers wait for each other in one order). */
export async function lockDeals(db: Executor, dialect: Dialect, workspaceId: string, dealIds: readonly string[]): Promise<void> {
  if (dialect.engine !== 'postgres') return;
  for (const batch of chunks([...dealIds].sort(), IN_LIST)) {
    await db.selectFrom('deals').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', batch).orderBy('id').forUpdate().execute();
  }
}

/** Ids of deals with an association on any of the given normalised domains or external ids. */
export async function dealIdsReferencing(db: Executor, workspaceId: string, keys: { domains: readonly string[]; externalIds: readonly string[] }) {
  const ids = new Set<string>();
  for (const batch of chunks(keys.domains, IN_LIST)) {
    const rows = await db.selectFrom('deal_accounts').select('deal_id').where('workspace_id', '=', workspaceId).where('domain', 'in', batch).execute();
    for (const row of rows) ids.add(row.deal_id);
  }
  for (const batch of chunks(keys.externalIds, IN_LIST)) {
    const rows = await db.selectFrom('deal_accounts').select('deal_id').where('workspace_id', '=', workspaceId).where('external_id', 'in', batch).execute();
    for (const row of rows) ids.add(row.deal_id);
  }
  return [...ids].sort();
}

/** Marks deals as changed (what they link to moved), each with the next reserved sequence number. */
export async function stampDeals(db: Executor, workspaceId: string, dealIds: readonly string[], stamps: ChangeStamps): Promise<void> {
  let seq = stamps.firstSeq;
  for (const id of dealIds) {
    await db
      .updateTable('deals')
      .set({ change_seq: seq, changed_at: stamps.changedAt })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
    seq += 1;
  }
}

/** The keys (domain, external id) deals link to, of the given accounts. */
export async function accountKeysByIds(db: Executor, workspaceId: string, accountIds: readonly string[]) {
  const rows: Array<{ id: string; domain: string; external_id: string | null }> = [];
  for (const part of chunks(accountIds, IN_LIST)) {
    rows.push(...(await db.selectFrom('accounts').select(['id', 'domain', 'external_id']).where('workspace_id', '=', workspaceId).where('id', 'in', part).execute()));
  }
  return rows;
}

/** Associations (each deal position once) naming one of these domains or external ids. */
export async function associationsOnKeys(db: Executor, workspaceId: string, domains: readonly string[], externalIds: readonly string[]) {
  const found = new Map<string, { deal_id: string; domain: string | null; external_id: string | null }>();
  const base = () => db.selectFrom('deal_accounts').select(['deal_id', 'position', 'domain', 'external_id']).where('workspace_id', '=', workspaceId);
  const collect = (rows: Array<{ deal_id: string; position: number; domain: string | null; external_id: string | null }>) => {
    for (const { position, ...row } of rows) found.set(`${row.deal_id}\u0000${position}`, row);
  };
  for (const part of chunks(domains, IN_LIST)) collect(await base().where('domain', 'in', part).execute());
  for (const part of chunks(externalIds, IN_LIST)) collect(await base().where('external_id', 'in', part).execute());
  return [...found.values()];
}

/** The current stage of each of the given deals, by id. */
export async function currentStagesOfDeals(db: Executor, workspaceId: string, dealIds: readonly string[]) {
  const deals = new Map<string, Pick<StoredDeal, 'id' | 'external_deal_id' | 'stage_id' | 'stage_label' | 'pipeline_id'>>();
  for (const part of chunks(dealIds, IN_LIST)) {
    const rows = await db
      .selectFrom('deals')
      .select(['id', 'external_deal_id', 'stage_id', 'stage_label', 'pipeline_id'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', part)
      .execute();
    for (const row of rows) deals.set(row.id, row);
  }
  return deals;
}
