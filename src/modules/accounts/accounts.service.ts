import type { Kysely, Transaction } from 'kysely';
import type { Database, DatabaseHandle, Dialect } from '../../db/index.js';
import { readChangeClock, reserveChangeStamps, firstSeqChangedAfter } from '../../db/change-stamps.js';
import { groupCommitted } from '../../db/group-commit.js';
import { ApiError } from '../../http/errors.js';
import { RawJson } from '../../http/raw-json.js';
import { decodeCursor, toPage, type Page } from '../../http/cursor.js';
import { lastSyncInstant } from '../../http/schema-helpers.js';
import { isId, newId } from '../../lib/ids.js';
import { normalizeDomain } from '../../lib/domain.js';
import { checkCustomFieldValues } from '../custom-fields/custom-field-values.js';
import type { CustomFieldsService } from '../custom-fields/custom-fields.service.js';
import type { SegmentsService } from '../segments/segments.service.js';
import * as segmentsRepo from '../segments/segments.repository.js';
import { mergeCustomFields, planAccountBatch, sameAccountState, type AccountResult } from './account-batch.js';
import { presentAccount, type AccountView, type StoredAccount } from './accounts.presenter.js';
import * as repo from './accounts.repository.js';
import type { CreateAccountsBody, ExternalIdMappingsBody, ListAccountsQuery } from './accounts.schema.js';

const MAX_DOMAINS_FILTER = 100;

export interface CreateAccountsResult {
  results: AccountResult[];
  summary: { total: number; created: number; updated: number; failed: number };
}

/**
 * Raised inside a batch transaction when another writer created one of its domains first. Told
 * apart by name: it may be raised on the SQLite writer thread and arrive here as a copy.
 */
class ConcurrentCreate extends Error {
  override name = 'ConcurrentCreate';
}

const WRITE_BATCH = 'accounts.writeBatch';
const LIST_PAGE = 'accounts.listPage';

interface WriteBatchArgs {
  workspaceId: string;
  body: CreateAccountsBody;
  fields: Awaited<ReturnType<CustomFieldsService['listActiveFields']>>;
}

/** A list page request, parsed and checked (every client error is raised before it is sent). */
interface ListPageArgs {
  workspaceId: string;
  limit: number;
  afterSeq: number;
  domains: string[] | undefined;
  /** Only accounts changed strictly after this instant (epoch ms), from `lastSync`. */
  changedAfter: number | undefined;
}

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

/** The keys that written accounts newly claim or release, compared with their stored state (by domain). */
export function changedAccountKeys(
  stored: ReadonlyMap<string, { externalId: string | null }>,
  written: Iterable<{ domain: string; externalId: string | null }>,
): AccountKeys {
  const keys: AccountKeys = { domains: [], externalIds: [] };
  for (const account of written) {
    const before = stored.get(account.domain);
    if (!before) keys.domains.push(account.domain);
    if (before?.externalId === account.externalId) continue;
    for (const id of [before?.externalId, account.externalId]) if (id != null) keys.externalIds.push(id);
  }
  return keys;
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

/** Accounts (SPEC §3.1–§3.5): batch push with upsert, custom fields, external ids, delta-sync pulls. */
export class AccountsService {
  private readonly db: Kysely<Database>;
  private readonly dialect: Dialect;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly customFields: CustomFieldsService,
    private readonly segments: SegmentsService,
  ) {
    this.db = database.db;
    this.dialect = database.dialect;
    this.writeBatches = groupCommitted(database, WRITE_BATCH, (trx, args: WriteBatchArgs) => this.writeBatch(trx, args));
    database.procedures.registerRead<ListPageArgs>(LIST_PAGE, (_db, args) => this.listPageJson(args));
  }

  private readonly keyListeners: AccountKeysListener[] = [];
  private readonly writtenListeners: AccountsWrittenListener[] = [];

  /**
   * Batches of one workspace that arrive while another is being written share its successor's
   * commit (each in its own savepoint, answered after that commit): on SQLite with
   * synchronous=FULL the per-commit WAL fsync, not the CPU, is what limits ingest. A group is one
   * message to the SQLite writer thread, which runs writeBatch there.
   */
  private readonly writeBatches: (workspaceId: string, args: WriteBatchArgs) => Promise<AccountResult[]>;

  /** Registers a listener for account keys changed by a write (see AccountKeysListener). */
  onAccountKeysChanged(listener: AccountKeysListener): void {
    this.keyListeners.push(listener);
  }

  /** Registers a listener for the accounts a write changed (see AccountsWrittenListener). */
  onAccountsWritten(listener: AccountsWrittenListener): void {
    this.writtenListeners.push(listener);
  }

  /** Tells the listeners which accounts a write stamped; every account write path calls it. */
  async notifyAccountsWritten(trx: Transaction<Database>, workspaceId: string, accountIds: string[]): Promise<void> {
    if (accountIds.length === 0) return;
    for (const listener of this.writtenListeners) await listener(trx, workspaceId, accountIds);
  }

  /** Tells the listeners which account keys a write changed; every account write path calls it. */
  async notifyKeysChanged(trx: Transaction<Database>, workspaceId: string, keys: AccountKeys): Promise<void> {
    if (keys.domains.length === 0 && keys.externalIds.length === 0) return;
    for (const listener of this.keyListeners) await listener(trx, workspaceId, keys);
  }

  async createAccounts(workspaceId: string, body: CreateAccountsBody): Promise<CreateAccountsResult> {
    if (body.segmentId !== undefined) await this.segments.requireStaticTarget(workspaceId, body.segmentId);
    const fields = await this.customFields.listActiveFields(workspaceId);
    for (let attempt = 1; ; attempt += 1) {
      try {
        const results = await this.writeBatches(workspaceId, { workspaceId, body, fields });
        const count = (status: string) => results.filter((r) => r.status === status).length;
        return { results, summary: { total: results.length, created: count('created'), updated: count('updated'), failed: count('failed') } };
      } catch (error) {
        // Only possible when a writer skipped the workspace lock; the retry sees its rows.
        if ((error as Error)?.name !== ConcurrentCreate.name || attempt >= 3) throw error;
      }
    }
  }

  private async writeBatch(trx: Transaction<Database>, { workspaceId, body, fields }: WriteBatchArgs): Promise<AccountResult[]> {
    const stamps = await reserveChangeStamps(trx, workspaceId, body.accounts.length);
    const normalized = body.accounts.map((item) => normalizeDomain(item.domain));
    const domains = normalized.filter((d): d is string => d !== null);
    const existing = await repo.findAccountStatesByDomains(trx, this.dialect, workspaceId, [...new Set(domains)]);
    const plan = planAccountBatch(body.accounts, existing, fields, body.upsert ?? false, () => newId(stamps.changedAt), normalized);

    const joining = body.segmentId ? await this.newMembers(trx, workspaceId, body.segmentId, plan.touchedIds) : [];
    const dirty = new Map([...plan.created, ...plan.changed]);
    const writes = [...dirty.values()];
    for (const id of joining) {
      if (!writes.some((w) => w.id === id)) writes.push([...existing.values()].find((s) => s.id === id)!);
    }
    const seqOf = new Map(writes.map((state, i) => [state.id, stamps.firstSeq + i]));
    const written = await repo.upsertAccounts(
      trx,
      this.dialect,
      workspaceId,
      writes.map((state) => ({ state, changeSeq: seqOf.get(state.id)! })),
      stamps.changedAt,
    );
    for (const state of writes) if (written.get(state.domain) !== state.id) throw new ConcurrentCreate();
    for (const id of joining) {
      await segmentsRepo.insertMember(trx, workspaceId, body.segmentId!, id, stamps.changedAt, seqOf.get(id)!);
    }
    await this.notifyKeysChanged(trx, workspaceId, changedAccountKeys(existing, dirty.values()));
    await this.notifyAccountsWritten(trx, workspaceId, writes.map((state) => state.id));
    return plan.results;
  }

  /** Of the given accounts, those not yet members of the segment, in order. */
  private async newMembers(trx: Transaction<Database>, workspaceId: string, segmentId: string, accountIds: string[]) {
    const unique = [...new Set(accountIds)];
    const members = await segmentsRepo.existingMemberIds(trx, workspaceId, segmentId, unique);
    return unique.filter((id) => !members.has(id));
  }

  async updateCustomFields(workspaceId: string, rawId: string, input: Record<string, unknown>): Promise<{ message: 'Account updated successfully' }> {
    const id = parseAccountId(rawId);
    const fields = await this.customFields.listActiveFields(workspaceId);
    const check = checkCustomFieldValues(fields, input);
    await this.db.transaction().execute(async (trx) => {
      const current = await repo.findAccountStateById(trx, this.dialect, workspaceId, id);
      if (!current) throw ApiError.notFound('Account not found');
      if (!check.ok) throw ApiError.badRequest(check.message);
      const next = { ...current, customFields: mergeCustomFields(current.customFields, check.values) };
      if (sameAccountState(current, next)) return;
      const stamps = await reserveChangeStamps(trx, workspaceId, 1);
      await repo.updateAccountFields(trx, this.dialect, workspaceId, id, { customFields: next.customFields }, {
        changeSeq: stamps.firstSeq,
        changedAt: stamps.changedAt,
      });
      await this.notifyAccountsWritten(trx, workspaceId, [id]);
    });
    return { message: 'Account updated successfully' as const };
  }

  /**
   * A page of accounts (with `syncTimestamp`), as JSON text: it is built where its rows are read —
   * on SQLite the reader thread, so the rows, the views and their serialisation stay off this thread.
   */
  async listAccounts(workspaceId: string, query: ListAccountsQuery): Promise<RawJson> {
    const args: ListPageArgs = {
      workspaceId,
      limit: query.limit ?? 100,
      afterSeq: query.cursor === undefined ? 0 : Number(decodeCursor(query.cursor, 'accounts', ['integer'])[0]),
      domains: query.domains === undefined ? undefined : parseDomainsFilter(query.domains),
      changedAfter: lastSyncInstant(query.lastSync),
    };
    return new RawJson((await this.database.runRead({ name: LIST_PAGE, args })) as string);
  }

  private async listPageJson(args: ListPageArgs): Promise<string> {
    return JSON.stringify(await this.listPage(args));
  }

  private async listPage({ workspaceId, limit, afterSeq, domains, changedAfter }: ListPageArgs): Promise<Page<AccountView>> {
    const fieldKeys = (await this.customFields.listActiveFields(workspaceId)).map((f) => f.key);
    return this.dialect.readSnapshot(this.db, async (trx) => {
      const clock = await readChangeClock(trx, workspaceId);
      const syncTimestamp = new Date(clock).toISOString();
      const fromSeq = await this.firstSeqToRead(trx, workspaceId, afterSeq, changedAfter);
      if (fromSeq === undefined || domains?.length === 0) return { data: [], nextCursor: null, hasNextPage: false, syncTimestamp };
      const rows = await repo.listAccountsByChange(trx, workspaceId, { fromSeq, domains, limit });
      const views = await this.present(trx, workspaceId, rows.slice(0, limit), fieldKeys);
      const page = toPage(rows, limit, 'accounts', (row) => [Number(row.change_seq)], (row) => views.get(row.id)!);
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
    const fieldKeys = (await this.customFields.listActiveFields(workspaceId)).map((f) => f.key);
    return (await this.present(this.db, workspaceId, [row], fieldKeys)).get(id)!;
  }

  async listMissingExternalIds(workspaceId: string, limit = 100) {
    const rows = await repo.listMissingExternalIds(this.db, workspaceId, limit);
    return rows.map((row) => ({ rtp_aid: row.id, name: row.name, domain: row.domain }));
  }

  async mapExternalIds(workspaceId: string, body: ExternalIdMappingsBody) {
    // Last mapping per normalised domain wins; remember the input spelling for `notFound`.
    const byDomain = new Map<string, { input: string; externalId: string }>();
    const invalid: string[] = [];
    for (const mapping of body.mappings) {
      const domain = normalizeDomain(mapping.domain);
      if (domain === null) invalid.push(mapping.domain);
      else byDomain.set(domain, { input: mapping.domain, externalId: mapping.externalId });
    }
    return this.db.transaction().execute(async (trx) => {
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
        await this.notifyAccountsWritten(trx, workspaceId, toUpdate.map((state) => state.id));
      }
      await this.notifyKeysChanged(trx, workspaceId, {
        domains: [],
        externalIds: toUpdate.flatMap((state) => [state.externalId, byDomain.get(state.domain)!.externalId].filter((id): id is string => id !== null)),
      });
      const notFound = [...invalid, ...[...byDomain].filter(([domain]) => !found.has(domain)).map(([, m]) => m.input)];
      return { matched: found.size, updated: toUpdate.length, notFound };
    });
  }

  private async present(db: Kysely<Database>, workspaceId: string, rows: StoredAccount[], fieldKeys: string[]) {
    const segments = await repo.segmentsOfAccounts(db, workspaceId, rows.map((r) => r.id));
    return new Map(rows.map((row) => [row.id, presentAccount(row, this.dialect, fieldKeys, segments.get(row.id) ?? [])]));
  }
}
