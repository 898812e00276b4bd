import { emitWebhookEvents } from '../webhooks/webhook-events.js';
import { accountWrittenEvent } from '../webhooks/account-events.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database, DatabaseHandle, Dialect, SnapshotReads } from '../../db/index.js';
import {
  allocateChangeStamps,
  firstSeqChangedAfter,
  lockWorkspaceWrites,
  reserveChangeStamps,
  type ChangeStamps,
  type WorkspaceWriteMode,
} from '../../db/change-stamps.js';
import { GroupCommit, RETRY, type Retry } from '../../db/group-commit.js';
import { recordedTransaction, type IdempotentCall } from '../../db/idempotent-calls.js';
import { ApiError } from '../../http/errors.js';
import { clockSeen, readCursor, toPage, type Page } from '../../http/cursor.js';
import { lastSyncInstant } from '../../http/schema-helpers.js';
import { summarise } from '../../lib/batch-summary.js';
import { isId, newId } from '../../lib/ids.js';
import { normalizeDomain } from '../../lib/domain.js';
import { checkCustomFieldValues } from '../custom-fields/custom-field-values.js';
import type { CustomFieldsService } from '../custom-fields/custom-fields.service.js';
import type { SegmentsService } from '../segments/segments.service.js';
import { mergeCustomFields, planAccountBatch, sameAccountState, type AccountResult, type AccountState } from './account-batch.js';
import { presentAccount, type AccountView, type StoredAccount } from './accounts.presenter.js';
import * as repo from './accounts.repository.js';
import * as listRepo from './account-list.repository.js';
import { cursorKind, decodePosition, DEFAULT_ACCOUNT_SORT, isBrowseQuery, parseFilters, parseSort, refuseMixedQuery } from './account-list.js';
import type { CreateAccountsBody, ExternalIdMappingsBody, ListAccountsQuery } from './accounts.schema.js';

const MAX_DOMAINS_FILTER = 100;

/** A push's `summary` of created, updated and failed items. */
export interface BatchSummary {
  total: number;
  created: number;
  updated: number;
  failed: number;
}

export interface CreateAccountsResult {
  results: AccountResult[];
  summary: BatchSummary;
}

/** One account a batch writes: its new state, and the stored one it replaces (none for a new account). */
export interface PlannedAccountWrite {
  state: AccountState;
  before: AccountState | undefined;
}

/**
 * What a planner (planAccountBatch, the CRM generation's planCrmAccountBatch) decided for a batch:
 * the per-item results, every account to write, and the accounts the items name (they join the
 * batch's static segment, if it has one).
 */
export interface AccountWritePlan<R> {
  results: R[];
  writes: PlannedAccountWrite[];
  touchedIds: string[];
}

/**
 * Plans a batch inside its transaction, before the change stamps are taken: it locks the stored
 * accounts it reads (findAccountStatesByDomains does), so a concurrent batch's change to them is
 * either committed and read, or waits. New ids come from `mintId`.
 */
export type AccountBatchPlanner<R> = (trx: Transaction<Database>, mintId: () => string) => Promise<AccountWritePlan<R>>;

/** Keys by which other records (deals' associated accounts…) reference accounts. */
export interface AccountKeys {
  domains: string[];
  externalIds: string[];
}

/**
 * Called inside an account write's transaction with the keys whose resolution to an account may
 * have changed — domains of created accounts, old and new external ids of re-keyed ones — so a
 * module that links records to accounts on read can restamp them for delta sync.
 */
export type AccountKeysListener = (trx: Transaction<Database>, workspaceId: string, keys: AccountKeys) => Promise<void>;

/**
 * Called inside an account write's transaction with the ids of the accounts it wrote and stamped,
 * after the rows are written (dynamic segments re-evaluate them, SPEC §7).
 */
export type AccountsWrittenListener = (trx: Transaction<Database>, workspaceId: string, accountIds: string[]) => Promise<unknown>;

/**
 * The keys whose resolution to an account a batch changes: domains an account arrives at (created,
 * or moved there by the CRM generation) or leaves, and the old and new external ids of re-keyed
 * accounts.
 */
export function changedAccountKeys(writes: readonly PlannedAccountWrite[]): AccountKeys {
  const keys: AccountKeys = { domains: [], externalIds: [] };
  for (const { state, before } of writes) {
    if (before?.domain !== state.domain) keys.domains.push(...(before ? [before.domain, state.domain] : [state.domain]));
    if (before?.externalId === state.externalId) continue;
    for (const id of [before?.externalId, state.externalId]) if (id != null) keys.externalIds.push(id);
  }
  return keys;
}

/** The written accounts whose tags changed: account_tags (the `tag` filter's index) follows them. */
function retaggedAccounts(writes: readonly PlannedAccountWrite[]): listRepo.TagChange[] {
  return writes
    .filter(({ state, before }) => JSON.stringify(state.tags) !== JSON.stringify(before?.tags ?? []))
    .map(({ state, before }) => ({ accountId: state.id, tags: state.tags, hadTags: (before?.tags.length ?? 0) > 0 }));
}

export function parseAccountId(raw: string): string {
  if (!isId(raw)) throw ApiError.badRequest('Invalid rtp_aid format');
  return raw;
}

/** `?domains=["acme.com", …]` (SPEC §3.1): a JSON array of at most 100 strings, each normalised. */
export function parseDomainsFilter(raw: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || !parsed.every((d) => typeof d === 'string')) {
    throw ApiError.badRequest('domains must be a JSON array of strings');
  }
  if (parsed.length > MAX_DOMAINS_FILTER) throw ApiError.badRequest('domains must contain no more than 100 elements');
  return [...new Set(parsed.map((d: string) => normalizeDomain(d)).filter((d): d is string => d !== null))];
}

export interface AccountsServiceDeps {
  customFields: CustomFieldsService;
  segments: SegmentsService;
  /** Told inside each account write's transaction (see AccountKeysListener): deals restamp their links. */
  onKeysChanged: AccountKeysListener;
  /** Told inside each account write's transaction (see AccountsWrittenListener): dynamic segments follow. */
  onWritten: AccountsWrittenListener;
}

/** Accounts (SPEC §3.1–§3.5): batch push with upsert, custom fields, external ids, delta-sync pulls. */
export class AccountsService {
  private readonly db: Kysely<Database>;
  private readonly dialect: Dialect;
  private readonly reads: SnapshotReads;
  /**
   * Batches of one workspace that arrive while another is being written share its successor's
   * commit (each in its own savepoint, answered after that commit): on SQLite with
   * synchronous=FULL the per-commit WAL fsync, not the CPU, is what limits ingest.
   */
  private readonly batches: GroupCommit;

  constructor(
    database: DatabaseHandle,
    private readonly deps: AccountsServiceDeps,
  ) {
    this.db = database.db;
    this.dialect = database.dialect;
    this.reads = database.reads;
    // Batches of one workspace hold it shared on PostgreSQL, so several groups may be in flight.
    this.batches = new GroupCommit(database.db, { groupsInFlight: database.dialect.engine === 'postgres' ? 4 : 1 });
  }

  async createAccounts(workspaceId: string, body: CreateAccountsBody, call?: IdempotentCall): Promise<CreateAccountsResult> {
    const fields = await this.deps.customFields.listActiveFields(workspaceId);
    // A push that joins a static segment also reads memberships and accounts it does not lock: exclusive.
    const mode = body.segmentId === undefined ? 'shared' : 'exclusive';
    return this.writeBatch(workspaceId, body.segmentId, mode, async (trx, mintId) => {
      const normalized = body.accounts.map((item) => normalizeDomain(item.domain));
      const domains = normalized.filter((d): d is string => d !== null);
      const existing = await repo.findAccountStatesByDomains(trx, this.dialect, workspaceId, [...new Set(domains)]);
      const plan = planAccountBatch(body.accounts, existing, fields, body.upsert ?? false, mintId, normalized);
      const writes = [...plan.created.values(), ...plan.changed.values()].map((state) => ({ state, before: existing.get(state.domain) }));
      return { results: plan.results, writes, touchedIds: plan.touchedIds };
    }, call);
  }

  /**
   * The one way a batch of accounts is written, by both API generations: in a group commit of the
   * workspace, holding the workspace `mode` (change-stamps.ts: `shared` lets batches of one workspace
   * commit concurrently; the planner locks the stored accounts it reads, so batches that change the
   * same account still take turns), the batch is planned, stamped and written, it joins its static
   * segment, and the listeners hear of it. The unique key is the last word: if an account meant to
   * be created was created by another writer first, the batch is planned and written again.
   * Answers the push's response (results and summary) from the unit itself: it is what the
   * idempotent request `call` records with the writes (src/db/idempotent-calls.ts).
   */
  async writeBatch<R extends { status: string }>(
    workspaceId: string,
    segmentId: string | undefined,
    mode: WorkspaceWriteMode,
    planner: AccountBatchPlanner<R>,
    call?: IdempotentCall,
  ): Promise<{ results: R[]; summary: BatchSummary }> {
    if (segmentId !== undefined) await this.deps.segments.requireStaticTarget(workspaceId, segmentId);
    return this.batches.run(workspaceId, (trx, retried) =>
      this.retryOnDeadlock(async () => {
        // A batch that lost a race runs again holding the workspace exclusively (first in its
        // group, so before any unit beside it holds it shared): it cannot lose again.
        await lockWorkspaceWrites(trx, workspaceId, retried ? 'exclusive' : mode);
        const plan = await planner(trx, () => newId());
        if ((await this.writePlan(trx, workspaceId, plan, segmentId)) === RETRY) return RETRY;
        return { results: plan.results, summary: summarise(plan.results, ['created', 'updated', 'failed']) };
      }),
      call,
    );
  }

  /**
   * Concurrent batches lock the accounts they change in domain order, but a group commit's earlier
   * units already hold theirs: two groups can wait for each other. PostgreSQL then ends one
   * statement; that unit is rolled back to its savepoint and runs again in the next group.
   */
  private async retryOnDeadlock<T>(work: () => Promise<T | Retry>): Promise<T | Retry> {
    try {
      return await work();
    } catch (error) {
      if (this.dialect.isDeadlock(error)) return RETRY;
      throw error;
    }
  }

  private async writePlan<R>(
    trx: Transaction<Database>,
    workspaceId: string,
    plan: AccountWritePlan<R>,
    segmentId: string | undefined,
  ): Promise<Retry | undefined> {
    const planned = new Map(plan.writes.map((write) => [write.state.id, write.state]));
    const joining = segmentId === undefined ? [] : await this.deps.segments.notYetMembers(trx, workspaceId, segmentId, plan.touchedIds);
    // An account that only joins the segment is written too: its `segments` changed, so it is stamped.
    const joiningOnly = await repo.findAccountStatesByIds(trx, this.dialect, workspaceId, joining.filter((id) => !planned.has(id)));
    const inInputOrder = [...planned.values(), ...joiningOnly];
    if (inInputOrder.length === 0) return undefined;
    // Written sorted by domain: concurrent batches creating the same new domains wait for each other in one order.
    const states = [...inInputOrder].sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
    // Taken now, with every account the batch changes locked: a later version of a row gets a later
    // stamp. Numbered in input order, so a batch's accounts sync in the order they were sent.
    const stamps = await allocateChangeStamps(trx, workspaceId, states.length);
    const seqOf = new Map(inInputOrder.map((state, i) => [state.id, stamps.firstSeq + i]));
    const write = (state: AccountState) => ({ state, changeSeq: seqOf.get(state.id)! });

    // Accounts the CRM generation moves to another domain are updated by id, parked on placeholder
    // domains first so that moves within one batch never collide; all others are upserted by domain.
    const moved = plan.writes.filter(({ state, before }) => before !== undefined && before.domain !== state.domain).map(({ state }) => state);
    for (const state of moved) await repo.parkAccountDomain(trx, workspaceId, state.id);
    for (const state of moved) await repo.updateAccountState(trx, this.dialect, workspaceId, write(state), stamps.changedAt);
    const upserts = states.filter((state) => !moved.includes(state));
    const written = await repo.upsertAccounts(trx, this.dialect, workspaceId, upserts.map(write), stamps.changedAt);
    if (upserts.some((state) => written.get(state.domain) !== state.id)) return RETRY;
    await listRepo.replaceAccountTags(trx, this.dialect, workspaceId, retaggedAccounts(plan.writes));

    const events = [
      ...plan.writes.map(({ state, before }) => accountWrittenEvent(state, before, seqOf.get(state.id)!)),
      ...joiningOnly.map((state) => accountWrittenEvent(state, state, seqOf.get(state.id)!)),
    ];
    await emitWebhookEvents(trx, this.dialect, workspaceId, events, stamps.changedAt);
    if (segmentId !== undefined) await this.deps.segments.addMembersWritten(trx, workspaceId, segmentId, joining.map((id) => ({ accountId: id, changeSeq: seqOf.get(id)! })), stamps.changedAt);
    await this.notifyKeysChanged(trx, workspaceId, changedAccountKeys(plan.writes));
    await this.notifyWritten(trx, workspaceId, states.map((state) => state.id));
    return undefined;
  }

  private async notifyWritten(trx: Transaction<Database>, workspaceId: string, accountIds: string[]): Promise<void> {
    if (accountIds.length > 0) await this.deps.onWritten(trx, workspaceId, accountIds);
  }

  private async notifyKeysChanged(trx: Transaction<Database>, workspaceId: string, keys: AccountKeys): Promise<void> {
    if (keys.domains.length > 0 || keys.externalIds.length > 0) await this.deps.onKeysChanged(trx, workspaceId, keys);
  }

  async updateCustomFields(
    workspaceId: string,
    rawId: string,
    input: Record<string, unknown>,
    call?: IdempotentCall,
  ): Promise<{ message: 'Account updated successfully' }> {
    const id = parseAccountId(rawId);
    const fields = await this.deps.customFields.listActiveFields(workspaceId);
    const check = checkCustomFieldValues(fields, input);
    const updated = { message: 'Account updated successfully' as const };
    return recordedTransaction(this.db, call, async (trx) => {
      const current = await repo.findAccountStateById(trx, this.dialect, workspaceId, id);
      if (!current) throw ApiError.notFound('Account not found');
      if (!check.ok) throw ApiError.badRequest(check.message);
      const next = { ...current, customFields: mergeCustomFields(current.customFields, check.values) };
      if (sameAccountState(current, next)) return updated;
      const stamps = await reserveChangeStamps(trx, workspaceId, 1);
      await repo.updateAccountFields(trx, this.dialect, workspaceId, id, { customFields: next.customFields }, {
        changeSeq: stamps.firstSeq,
        changedAt: stamps.changedAt,
      });
      await emitWebhookEvents(trx, this.dialect, workspaceId, [accountWrittenEvent(next, current, stamps.firstSeq)], stamps.changedAt);
      await this.notifyWritten(trx, workspaceId, [id]);
      return updated;
    });
  }

  /** A page of accounts in change order, with `syncTimestamp` (SPEC §3.1, delta sync). */
  async listAccounts(workspaceId: string, query: ListAccountsQuery): Promise<Page<AccountView>> {
    if (isBrowseQuery(query)) return this.browseAccounts(workspaceId, query);
    const limit = query.limit ?? 100;
    const cursor = query.cursor === undefined ? undefined : readCursor(query.cursor, 'accounts', ['integer']);
    const afterSeq = cursor === undefined ? 0 : Number(cursor.key[0]);
    const domains = query.domains === undefined ? undefined : parseDomainsFilter(query.domains);
    const changedAfter = lastSyncInstant(query.lastSync);
    const fieldKeys = (await this.deps.customFields.listActiveFields(workspaceId)).map((f) => f.key);
    return this.reads.snapshot(workspaceId, clockSeen(cursor, changedAfter), async (trx, watermark) => {
      // Only changes at or below the watermark: above it, one that commits later may still take a place.
      const syncTimestamp = new Date(watermark.clock).toISOString();
      const fromSeq = await this.firstSeqToRead(trx, workspaceId, afterSeq, changedAfter);
      if (fromSeq === undefined || domains?.length === 0) return { data: [], nextCursor: null, hasNextPage: false, syncTimestamp };
      const rows = await repo.listAccountsByChange(trx, workspaceId, { fromSeq, toSeq: watermark.seq, domains, limit });
      const views = await this.present(trx, workspaceId, rows.slice(0, limit), fieldKeys);
      const page = toPage(rows, limit, 'accounts', (row) => [Number(row.change_seq)], (row) => views.get(row.id)!, watermark.clock);
      return { ...page, syncTimestamp };
    });
  }

  /**
   * A page of accounts in a chosen order, filtered (issue 12, account-list.ts): every page is a
   * keyset range of an index, whichever the filters; see account-list.repository.ts for the plan.
   */
  private async browseAccounts(workspaceId: string, query: ListAccountsQuery): Promise<Page<AccountView>> {
    refuseMixedQuery(query);
    const limit = query.limit ?? 100;
    const sortName = query.sort ?? DEFAULT_ACCOUNT_SORT;
    const sort = parseSort(sortName);
    const { after, seen } = decodePosition(query.cursor, sortName);
    const filters = parseFilters(query);
    if (filters.segmentId !== undefined && !(await listRepo.segmentExists(this.db, workspaceId, filters.segmentId))) {
      throw ApiError.badRequest('segmentId: no such segment in this workspace');
    }
    const fieldKeys = (await this.deps.customFields.listActiveFields(workspaceId)).map((f) => f.key);
    return this.reads.snapshot(workspaceId, seen, async (trx, { clock }) => {
      const syncTimestamp = new Date(clock).toISOString();
      const driver = await listRepo.chooseDriver(trx, this.dialect, workspaceId, filters);
      const rows = await listRepo.listAccountsSorted(trx, this.dialect, workspaceId, { sort, filters, after, limit, driver });
      const views = await this.present(trx, workspaceId, rows.slice(0, limit), fieldKeys);
      const keyOf = (row: StoredAccount) =>
        sort.kind === 'lastChange' ? [Number(row.change_seq)] : [Number(row[sort.column]), row.id];
      const page = toPage(rows, limit, cursorKind(sortName), keyOf, (row) => views.get(row.id)!, clock);
      return { ...page, syncTimestamp };
    });
  }

  /** The lowest change sequence a page may return: after the cursor and, with lastSync, after that time. */
  private async firstSeqToRead(trx: Transaction<Database>, workspaceId: string, afterSeq: number, changedAfter?: number) {
    if (changedAfter === undefined) return afterSeq + 1;
    const firstChanged = await firstSeqChangedAfter(trx, 'accounts', workspaceId, changedAfter);
    return firstChanged === undefined ? undefined : Math.max(firstChanged, afterSeq + 1);
  }

  async getAccount(workspaceId: string, rawId: string): Promise<AccountView> {
    const id = parseAccountId(rawId);
    const row = await repo.findAccountById(this.db, workspaceId, id);
    if (!row) throw ApiError.notFound('Account not found');
    const fieldKeys = (await this.deps.customFields.listActiveFields(workspaceId)).map((f) => f.key);
    return (await this.present(this.db, workspaceId, [row], fieldKeys)).get(id)!;
  }

  async listMissingExternalIds(workspaceId: string, limit = 100) {
    const rows = await repo.listMissingExternalIds(this.db, workspaceId, limit);
    return rows.map((row) => ({ rtp_aid: row.id, name: row.name, domain: row.domain }));
  }

  async mapExternalIds(workspaceId: string, body: ExternalIdMappingsBody, call?: IdempotentCall) {
    // Last mapping per normalised domain wins; remember the input spelling for `notFound`.
    const byDomain = new Map<string, { input: string; externalId: string }>();
    const invalid: string[] = [];
    for (const mapping of body.mappings) {
      const domain = normalizeDomain(mapping.domain);
      if (domain === null) invalid.push(mapping.domain);
      else byDomain.set(domain, { input: mapping.domain, externalId: mapping.externalId });
    }
    return recordedTransaction(this.db, call, async (trx) => {
      const found = await repo.findAccountStatesByDomains(trx, this.dialect, workspaceId, [...byDomain.keys()]);
      const toUpdate = [...found.values()].filter((state) => state.externalId !== byDomain.get(state.domain)!.externalId);
      if (toUpdate.length > 0) {
        const stamps = await reserveChangeStamps(trx, workspaceId, toUpdate.length);
        for (const [i, state] of toUpdate.entries()) {
          await repo.updateAccountFields(trx, this.dialect, workspaceId, state.id, { externalId: byDomain.get(state.domain)!.externalId }, {
            changeSeq: stamps.firstSeq + i,
            changedAt: stamps.changedAt,
          });
        }
        const events = toUpdate.map((before, i) => accountWrittenEvent({ ...before, externalId: byDomain.get(before.domain)!.externalId }, before, stamps.firstSeq + i));
        await emitWebhookEvents(trx, this.dialect, workspaceId, events, stamps.changedAt);
        await this.notifyWritten(trx, workspaceId, toUpdate.map((state) => state.id));
      }
      const rekeyed = toUpdate.map((before) => ({ before, state: { ...before, externalId: byDomain.get(before.domain)!.externalId } }));
      await this.notifyKeysChanged(trx, workspaceId, changedAccountKeys(rekeyed));
      const notFound = [...invalid, ...[...byDomain].filter(([domain]) => !found.has(domain)).map(([, m]) => m.input)];
      return { matched: found.size, updated: toUpdate.length, notFound };
    });
  }

  /** Up to `limit` account domains of the workspace, oldest accounts first (a sample for generated demo data). */
  sampleDomains(workspaceId: string, limit: number): Promise<string[]> {
    return repo.sampleDomains(this.db, workspaceId, limit);
  }

  /** Stamps accounts whose visible output another module changed (their segments), in that module's transaction. */
  async stampAccounts(trx: Transaction<Database>, workspaceId: string, accountIds: string[], stamps: ChangeStamps): Promise<void> {
    await repo.stampAccounts(trx, workspaceId, accountIds, stamps);
  }

  private async present(db: Kysely<Database>, workspaceId: string, rows: StoredAccount[], fieldKeys: string[]) {
    const segments = await repo.segmentsOfAccounts(db, workspaceId, rows.map((r) => r.id));
    return new Map(rows.map((row) => [row.id, presentAccount(row, this.dialect, fieldKeys, segments.get(row.id) ?? [])]));
  }
}
