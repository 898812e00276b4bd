import type { Kysely, Transaction } from 'kysely';
import type { Dialect, SnapshotReads } from '../../db/index.js';
import type { Database, TombstoneRow } from '../../db/schema.js';
import { reserveChangeStamps } from '../../db/change-stamps.js';
import { recordedTransaction, type IdempotentCall } from '../../db/idempotent-calls.js';
import { ApiError } from '../../http/errors.js';
import { clockSeen, readCursor, toPage, type Page } from '../../http/cursor.js';
import { lastSyncInstant } from '../../http/schema-helpers.js';
import { summarise } from '../../lib/batch-summary.js';
import { normalizeDomain } from '../../lib/domain.js';
import { isId } from '../../lib/ids.js';
import { stampDeals } from '../deals/deals.repository.js';
import * as repo from './deletions.repository.js';
import type { AccountSelector, DeletedAccountKeys } from './deletions.repository.js';
import { recordAudit, type AuditActor } from '../audit/audit.js';
import { emitWebhookEvents } from '../webhooks/webhook-events.js';
import { accountDeletedEvent } from '../webhooks/account-events.js';

const DAY_MS = 86_400_000;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** How long tombstones are kept, and whether signals and activities go with an account. */
export interface DeletionOptions {
  purge: boolean;
  retentionDays: number;
}

export interface AccountDeletion {
  rtp_aid: string;
  domain: string;
  externalId: string | null;
  deletedAt: string;
  /** With `?purge=true`: how many signals and activities keyed by the domain were removed. */
  purged?: { signals: number; activities: number };
}

export interface DeleteAccountsBody {
  domains?: string[];
  rtp_aids?: string[];
}

/** One item of `POST /accounts/delete`: the key it was sent by, the other key when found. */
export interface AccountDeleteResult {
  rtp_aid: string | null;
  domain: string | null;
  status: 'deleted' | 'failed';
  error?: string;
}

export interface DeletedAccountView {
  rtp_aid: string;
  domain: string | null;
  externalId: string | null;
  deletedAt: string;
}

export interface DeletedDealView {
  externalDealId: string;
  deletedAt: string;
}

export interface ListDeletedQuery {
  limit?: number;
  cursor?: string;
  lastSync?: string;
}

/**
 * Deletion that syncs (docs/api.md, "Deletion"). An account goes with everything kept per account
 * (custom-field values, segment memberships, scores, stage history); its deals lose their
 * association with it; its signals and activities stay unless purged (they are keyed by domain and
 * would link to an account created again with it). Every deletion reserves change stamps under the
 * workspace lock like any write, so its tombstone pages exactly like the lists do: a client that
 * syncs the list and the tombstones from the same `syncTimestamp` misses neither.
 */
export class DeletionsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly reads: SnapshotReads,
  ) {}

  /** `DELETE /accounts/:rtp_aid` and the CRM generation's `DELETE /crm/accounts/:externalId`. */
  async deleteAccount(workspaceId: string, key: { rtpAid: string } | { externalId: string }, options: DeletionOptions, by: AuditActor): Promise<AccountDeletion> {
    if ('rtpAid' in key && !isId(key.rtpAid)) throw ApiError.badRequest('Invalid rtp_aid format');
    const selector: AccountSelector = 'rtpAid' in key ? { by: 'id', values: [key.rtpAid] } : { by: 'externalId', values: [key.externalId] };
    return this.db.transaction().execute(async (trx) => {
      const found = await repo.findAccounts(trx, workspaceId, selector);
      if (found.length === 0) throw ApiError.notFound('Account not found');
      if (found.length > 1 && 'externalId' in key) {
        const ids = found.map((account) => account.id).sort();
        throw ApiError.conflict(
          `externalId '${key.externalId}' is held by ${ids.length} accounts (rtp_aid ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}); the CRM API needs it to name exactly one account`,
        );
      }
      const [deleted] = await this.removeAccounts(trx, workspaceId, found, options, by);
      return deleted;
    });
  }

  /** `POST /accounts/delete`: by domains or by rtp_aids, one result per item, in input order. */
  async deleteAccounts(workspaceId: string, body: DeleteAccountsBody, options: DeletionOptions, by: AuditActor, call?: IdempotentCall) {
    const inputs = itemsOf(body);
    return recordedTransaction(this.db, call, async (trx) => {
      const keys = inputs.values.map((input) => (inputs.by === 'domain' ? normalizeDomain(input) : isId(input) ? input : null));
      const valid = [...new Set(keys.filter((key): key is string => key !== null))];
      const found = await repo.findAccounts(trx, workspaceId, { by: inputs.by, values: valid });
      const byKey = new Map(found.map((account) => [inputs.by === 'domain' ? account.domain : account.id, account]));
      await this.removeAccounts(trx, workspaceId, found, options, by);
      const results = inputs.values.map((input, i): AccountDeleteResult => {
        const key = keys[i];
        const account = key === null ? undefined : byKey.get(key);
        const named = inputs.by === 'domain' ? { rtp_aid: account?.id ?? null, domain: input } : { rtp_aid: input, domain: account?.domain ?? null };
        if (account !== undefined) return { ...named, status: 'deleted' };
        const error = key !== null ? 'Account not found' : inputs.by === 'domain' ? `Invalid domain '${input}'` : 'Invalid rtp_aid format';
        return { ...named, status: 'failed', error };
      });
      return { results, summary: summarise(results, ['deleted', 'failed']) };
    });
  }

  /** `DELETE /deals/:externalDealId`. */
  async deleteDeal(workspaceId: string, externalDealId: string, options: DeletionOptions, by: AuditActor): Promise<DeletedDealView> {
    return this.db.transaction().execute(async (trx) => {
      const deal = await repo.findDealByExternalId(trx, workspaceId, externalDealId);
      if (deal === undefined) throw ApiError.notFound('Deal not found');
      // One for the tombstone, one for the audit entry.
      const stamps = await reserveChangeStamps(trx, workspaceId, 2);
      await repo.deleteDealRows(trx, workspaceId, deal.id, stamps.changedAt);
      await this.bury(trx, workspaceId, options, [
        { workspace_id: workspaceId, kind: 'deal', change_seq: stamps.firstSeq, record_id: deal.id, domain: null, external_id: externalDealId, deleted_at: stamps.changedAt },
      ]);
      const audit = [{ action: 'deal.deleted' as const, target: externalDealId, details: { dealId: deal.id } }];
      await recordAudit(trx, this.dialect, workspaceId, by, audit, { firstSeq: stamps.firstSeq + 1, changedAt: stamps.changedAt });
      return { externalDealId, deletedAt: new Date(stamps.changedAt).toISOString() };
    });
  }

  /**
   * `DELETE /contacts/:email`: a person's erasure (GDPR art. 17). Idempotent: erasing an address
   * nothing holds answers zeros. Deals that change are restamped, so syncing clients receive them
   * without the person.
   */
  async eraseContact(workspaceId: string, rawEmail: string, by: AuditActor): Promise<{ email: string; recordsChanged: repo.ErasedRecords; total: number }> {
    const email = rawEmail.trim().toLowerCase();
    if (!EMAIL.test(email)) throw ApiError.badRequest(`Invalid email '${rawEmail}'`);
    return this.db.transaction().execute(async (trx) => {
      const { dealIds, ...recordsChanged } = await repo.eraseAddress(trx, workspaceId, email);
      if (dealIds.length > 0) await stampDeals(trx, workspaceId, dealIds, await reserveChangeStamps(trx, workspaceId, dealIds.length));
      const total = recordsChanged.contacts + recordsChanged.activityContacts + recordsChanged.activities + recordsChanged.deals;
      // The trail keeps that an erasure happened and what it changed, not whom it erased.
      await recordAudit(trx, this.dialect, workspaceId, by, [{ action: 'contact.erased', details: { recordsChanged, total } }]);
      return { email, recordsChanged, total };
    });
  }

  listDeletedAccounts(workspaceId: string, query: ListDeletedQuery, retentionDays: number): Promise<Page<DeletedAccountView>> {
    return this.listDeleted(workspaceId, 'account', query, retentionDays, (row) => ({
      rtp_aid: row.record_id,
      domain: row.domain,
      externalId: row.external_id,
      deletedAt: new Date(Number(row.deleted_at)).toISOString(),
    }));
  }

  listDeletedDeals(workspaceId: string, query: ListDeletedQuery, retentionDays: number): Promise<Page<DeletedDealView>> {
    return this.listDeleted(workspaceId, 'deal', query, retentionDays, (row) => ({
      externalDealId: row.external_id ?? '',
      deletedAt: new Date(Number(row.deleted_at)).toISOString(),
    }));
  }

  /** Removes the accounts and what hangs on them, detaches their deals, leaves their tombstones. */
  private async removeAccounts(
    trx: Transaction<Database>,
    workspaceId: string,
    accounts: DeletedAccountKeys[],
    options: DeletionOptions,
    by: AuditActor,
  ): Promise<AccountDeletion[]> {
    if (accounts.length === 0) return [];
    // One per tombstone, then one per audit entry.
    const stamps = await reserveChangeStamps(trx, workspaceId, 2 * accounts.length);
    const domains = accounts.map((account) => account.domain);
    await repo.deleteAccountRows(trx, workspaceId, accounts.map((account) => account.id));
    // An external id another account still holds keeps its deals: they are that account's too.
    const externalIds = await repo.externalIdsNoLongerHeld(trx, workspaceId, [...new Set(accounts.flatMap((a) => (a.external_id === null ? [] : [a.external_id])))]);
    const dealIds = await repo.detachDeals(trx, workspaceId, domains, externalIds);
    if (dealIds.length > 0) await stampDeals(trx, workspaceId, dealIds, await reserveChangeStamps(trx, workspaceId, dealIds.length));
    const purged = options.purge ? await repo.purgeDomainHistory(trx, workspaceId, domains) : undefined;
    const tombstones = accounts.map(
      (account, i): TombstoneRow => ({
        workspace_id: workspaceId,
        kind: 'account',
        change_seq: stamps.firstSeq + i,
        record_id: account.id,
        domain: account.domain,
        external_id: account.external_id,
        deleted_at: stamps.changedAt,
      }),
    );
    await this.bury(trx, workspaceId, options, tombstones);
    const audit = accounts.map((account) => ({
      action: 'account.deleted' as const,
      target: account.id,
      details: { domain: account.domain, externalId: account.external_id, purge: options.purge, ...(purged ? { purged } : {}) },
    }));
    await recordAudit(trx, this.dialect, workspaceId, by, audit, { firstSeq: stamps.firstSeq + accounts.length, changedAt: stamps.changedAt });
    const events = accounts.map((account, i) => accountDeletedEvent(account, stamps.firstSeq + i));
    await emitWebhookEvents(trx, this.dialect, workspaceId, events, stamps.changedAt);
    const deletedAt = new Date(stamps.changedAt).toISOString();
    return accounts.map((account) => ({
      rtp_aid: account.id,
      domain: account.domain,
      externalId: account.external_id,
      deletedAt,
      ...(purged ? { purged } : {}),
    }));
  }

  /** Writes tombstones and drops those past the retention (nobody may sync from before it any more). */
  private async bury(trx: Transaction<Database>, workspaceId: string, options: DeletionOptions, tombstones: TombstoneRow[]): Promise<void> {
    await repo.insertTombstones(trx, tombstones);
    await repo.pruneTombstones(trx, workspaceId, tombstones[0].kind, tombstones[0].deleted_at - options.retentionDays * DAY_MS);
  }

  private async listDeleted<Out>(
    workspaceId: string,
    kind: TombstoneRow['kind'],
    query: ListDeletedQuery,
    retentionDays: number,
    present: (row: TombstoneRow) => Out,
  ): Promise<Page<Out>> {
    const limit = query.limit ?? 100;
    const cursorKind = `deleted-${kind}s`;
    const cursor = query.cursor === undefined ? undefined : readCursor(query.cursor, cursorKind, ['integer']);
    const afterSeq = cursor === undefined ? 0 : Number(cursor.key[0]);
    const changedAfter = lastSyncInstant(query.lastSync);
    if (changedAfter !== undefined && changedAfter < Date.now() - retentionDays * DAY_MS) {
      throw new ApiError('GONE', `lastSync is older than the deletion history (${retentionDays} days): run a full sync`);
    }
    return this.reads.snapshot(workspaceId, clockSeen(cursor, changedAfter), async (trx, { clock }) => {
      const syncTimestamp = new Date(clock).toISOString();
      const firstChanged = changedAfter === undefined ? afterSeq + 1 : await repo.firstTombstoneSeqAfter(trx, workspaceId, kind, changedAfter);
      if (firstChanged === undefined) return { data: [], nextCursor: null, hasNextPage: false, syncTimestamp };
      const rows = await repo.listTombstones(trx, workspaceId, kind, Math.max(firstChanged, afterSeq + 1), limit);
      return { ...toPage(rows, limit, cursorKind, (row) => [Number(row.change_seq)], present, clock), syncTimestamp };
    });
  }
}

/** The batch's items: exactly one of `domains` and `rtp_aids`. */
function itemsOf(body: DeleteAccountsBody): { by: 'domain' | 'id'; values: string[] } {
  if (body.domains !== undefined && body.rtp_aids !== undefined) throw ApiError.badRequest('Send either domains or rtp_aids, not both');
  if (body.domains !== undefined) return { by: 'domain', values: body.domains };
  if (body.rtp_aids !== undefined) return { by: 'id', values: body.rtp_aids };
  throw ApiError.badRequest('domains or rtp_aids is required');
}
