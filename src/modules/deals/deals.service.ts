import { emitWebhookEvents } from '../webhooks/webhook-events.js';
import { dealStageEvents } from '../webhooks/deal-events.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database, DatabaseHandle, Dialect, Executor, SnapshotReads } from '../../db/index.js';
import { GroupCommit, RETRY, type Retry } from '../../db/group-commit.js';
import type { IdempotentCall } from '../../db/idempotent-calls.js';
import { allocateChangeStamps, reserveChangeStamps, firstSeqChangedAfter } from '../../db/change-stamps.js';
import { ApiError } from '../../http/errors.js';
import { clockSeen, readCursor, toPage, type Page } from '../../http/cursor.js';
import { lastSyncInstant } from '../../http/schema-helpers.js';
import { summarise } from '../../lib/batch-summary.js';
import { isId, newId } from '../../lib/ids.js';
import * as dealStagesRepo from '../deal-stages/deal-stages.repository.js';
import { planDealBatch, type DealResult } from './deal-batch.js';
import { presentDeal, type DealView } from './deals.presenter.js';
import * as repo from './deals.repository.js';
import type { StoredDeal } from './deals.repository.js';
import type { ListDealsQuery, PushDealsBody } from './deals.schema.js';

export interface PushDealsResult {
  results: DealResult[];
  summary: { total: number; created: number; updated: number; failed: number };
}

/** Keys by which deals reference accounts, whose resolution may have changed. */
export interface AccountKeys {
  domains: readonly string[];
  externalIds: readonly string[];
}

/** Deals (SPEC §3.8): batch upsert with stage history, account links resolved on read, delta-sync pulls. */
export class DealsService {
  private readonly db: Kysely<Database>;
  private readonly dialect: Dialect;
  private readonly reads: SnapshotReads;
  /** Pushes of one workspace share commits (as accounts' do). */
  private readonly batches: GroupCommit;

  constructor(database: DatabaseHandle) {
    this.db = database.db;
    this.dialect = database.dialect;
    this.reads = database.reads;
    this.batches = new GroupCommit(database.db);
  }

  async pushDeals(workspaceId: string, body: PushDealsBody, call?: IdempotentCall): Promise<PushDealsResult> {
    // The answer is made in the unit: the idempotent request `call` records it with the writes.
    return this.batches.run(
      workspaceId,
      async (trx) => {
        const results = await this.writeBatch(trx, workspaceId, body);
        return results === RETRY ? RETRY : { results, summary: summarise(results, ['created', 'updated', 'failed']) };
      },
      call,
    );
  }

  /**
   * One transaction: the change-stamp reservation takes the workspace lock first, so concurrent
   * pushes of one externalDealId run one after the other and the later one sees the deal; the
   * unique key (workspace_id, external_deal_id) is the backstop: a deal another writer created
   * first (one that skipped the workspace lock) makes the batch run again.
   */
  private async writeBatch(trx: Transaction<Database>, workspaceId: string, body: PushDealsBody): Promise<DealResult[] | Retry> {
    const stamps = await reserveChangeStamps(trx, workspaceId, body.deals.length);
    const existing = await repo.findDealStatesByExternalIds(trx, workspaceId, [...new Set(body.deals.map((d) => d.externalDealId))]);
    const pipelineIds = [
      ...body.deals.flatMap((d) => (typeof d.pipelineId === 'string' ? [d.pipelineId] : [])),
      ...[...existing.values()].flatMap((d) => (d.pipelineId === null ? [] : [d.pipelineId])),
    ];
    const pipelines = await dealStagesRepo.findPipelines(trx, this.dialect, workspaceId, pipelineIds);
    const plan = planDealBatch(body.deals, existing, pipelines, stamps.changedAt, () => newId(stamps.changedAt));

    // Stamped in input order (first appearance), so a batch reads back in the order it was pushed.
    const order = [...new Set(body.deals.map((d) => d.externalDealId))];
    const writes = order.flatMap((id) => plan.created.get(id) ?? plan.changed.get(id) ?? []);
    const written = await repo.upsertDeals(
      trx,
      workspaceId,
      writes.map((state, i) => ({ state, changeSeq: stamps.firstSeq + i })),
      stamps.changedAt,
    );
    if (writes.some((state) => written.get(state.externalDealId) !== state.id)) return RETRY;
    await repo.replaceAssociations(trx, workspaceId, writes.filter((state) => plan.associationsReplaced.has(state.id)));
    await repo.insertStageEntries(trx, workspaceId, plan.stageEntries);
    const seqOf = new Map(writes.map((state, i) => [state.id, stamps.firstSeq + i]));
    await emitWebhookEvents(trx, this.dialect, workspaceId, dealStageEvents(plan.stageEntries, existing, writes, seqOf), stamps.changedAt);
    return plan.results;
  }

  /** Which of these externalDealIds the workspace has (the seed pushes a new deal once per stage). */
  async existingExternalDealIds(workspaceId: string, externalDealIds: string[]): Promise<string[]> {
    return [...(await repo.findDealStatesByExternalIds(this.db, workspaceId, externalDealIds)).keys()];
  }

  async listDeals(workspaceId: string, query: ListDealsQuery): Promise<Page<DealView>> {
    const limit = query.limit ?? 100;
    const cursor = query.cursor === undefined ? undefined : readCursor(query.cursor, 'deals', ['integer']);
    const afterSeq = cursor === undefined ? 0 : Number(cursor.key[0]);
    const changedAfter = lastSyncInstant(query.lastSync);
    if (query.rtp_aid !== undefined && !isId(query.rtp_aid)) throw ApiError.badRequest('Invalid rtp_aid format');
    return this.reads.snapshot(workspaceId, clockSeen(cursor, changedAfter), async (trx, watermark) => {
      // Only changes at or below the watermark: above it, one that commits later may still take a place.
      const syncTimestamp = new Date(watermark.clock).toISOString();
      const fromSeq = await this.firstSeqToRead(trx, workspaceId, afterSeq, changedAfter);
      if (fromSeq === undefined) return { data: [], nextCursor: null, hasNextPage: false, syncTimestamp };
      const range = { fromSeq, toSeq: watermark.seq, limit, clock: watermark.clock };
      if (query.rtp_aid !== undefined) return { ...(await this.dealsOfAccount(trx, workspaceId, query.rtp_aid, range)), syncTimestamp };
      const rows = await repo.listDealsByChange(trx, workspaceId, fromSeq, watermark.seq, limit);
      const views = await this.present(trx, workspaceId, rows.slice(0, limit));
      const page = toPage(rows, limit, 'deals', (row) => [Number(row.change_seq)], (row) => views.get(row.id)!, watermark.clock);
      return { ...page, syncTimestamp };
    });
  }

  /**
   * The deals linked to one account, in change order from `fromSeq`. The candidates are the deals
   * with an association on the account's domain or external id (indexed); a candidate is kept only
   * when its association resolves to this account (SPEC §3.8: domain first, then the external id's
   * oldest holder), exactly as `linkedAccounts` shows it.
   */
  private async dealsOfAccount(
    trx: Transaction<Database>,
    workspaceId: string,
    accountId: string,
    page: { fromSeq: number; toSeq: number; limit: number; clock: number },
  ) {
    const { limit, clock } = page;
    const account = (await repo.accountKeysByIds(trx, workspaceId, [accountId])).at(0);
    if (account === undefined) return { data: [], nextCursor: null, hasNextPage: false };
    const candidates = await repo.dealIdsReferencing(trx, workspaceId, {
      domains: [account.domain],
      externalIds: account.external_id === null ? [] : [account.external_id],
    });
    const rows = await repo.listDealsByIds(trx, workspaceId, candidates, page.fromSeq, page.toSeq);
    const views = await this.present(trx, workspaceId, rows);
    const linked = rows.filter((row) => views.get(row.id)!.linkedAccounts.some((ref) => ref.rtp_aid === accountId));
    return toPage(linked.slice(0, limit + 1), limit, 'deals', (row) => [Number(row.change_seq)], (row) => views.get(row.id)!, clock);
  }

  /** The lowest change sequence a page may return: after the cursor and, with lastSync, after that time. */
  private async firstSeqToRead(trx: Transaction<Database>, workspaceId: string, afterSeq: number, changedAfter?: number) {
    if (changedAfter === undefined) return afterSeq + 1;
    const firstChanged = await firstSeqChangedAfter(trx, 'deals', workspaceId, changedAfter);
    return firstChanged === undefined ? undefined : Math.max(firstChanged, afterSeq + 1);
  }

  async getDeal(workspaceId: string, externalDealId: string): Promise<DealView> {
    // No stored id holds NUL (request bodies with one are refused), and PostgreSQL cannot even compare one.
    if (externalDealId.includes('\u0000')) throw ApiError.notFound('Deal not found');
    return this.dialect.readSnapshot(this.db, async (trx) => {
      const row = await repo.findDealByExternalId(trx, workspaceId, externalDealId);
      if (!row) throw ApiError.notFound('Deal not found');
      return (await this.present(trx, workspaceId, [row])).get(row.id)!;
    });
  }

  /**
   * Restamps the deals whose associations may resolve differently now that accounts with these
   * domains or external ids were created or re-keyed, so `GET /deals?lastSync` sends them again
   * (their `linkedAccounts` changed). Runs inside the account writer's transaction; it may restamp a
   * deal whose links did not actually move, which only sends it once more.
   */
  async restampDealsReferencing(trx: Transaction<Database>, workspaceId: string, keys: AccountKeys): Promise<void> {
    if (keys.domains.length === 0 && keys.externalIds.length === 0) return;
    const dealIds = await repo.dealIdsReferencing(trx, workspaceId, keys);
    if (dealIds.length === 0) return;
    // Called by account writers that hold the workspace shared: the deals are locked, not the
    // workspace (which they could only wait for), before their stamps are taken.
    await repo.lockDeals(trx, this.dialect, workspaceId, dealIds);
    const stamps = await allocateChangeStamps(trx, workspaceId, dealIds.length);
    await repo.stampDeals(trx, workspaceId, dealIds, stamps);
  }

  private async present(db: Executor, workspaceId: string, rows: StoredDeal[]): Promise<Map<string, DealView>> {
    const ids = rows.map((row) => row.id);
    const associations = await repo.associationsOfDeals(db, workspaceId, ids);
    const history = await repo.stageHistoryOfDeals(db, workspaceId, ids);
    // One resolution for the whole page: two indexed lookups however many deals it holds.
    const all = rows.flatMap((row) => associations.get(row.id) ?? []);
    const resolved = await repo.resolveAssociations(db, workspaceId, all);
    const views = new Map<string, DealView>();
    let offset = 0;
    for (const row of rows) {
      const own = associations.get(row.id) ?? [];
      views.set(row.id, presentDeal(row, own, resolved.slice(offset, offset + own.length), history.get(row.id) ?? []));
      offset += own.length;
    }
    return views;
  }
}
