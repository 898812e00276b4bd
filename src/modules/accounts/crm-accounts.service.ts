import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../../db/index.js';
import type { IdempotentCall } from '../../db/idempotent-calls.js';
import { ApiError } from '../../http/errors.js';
import { normalizeDomain } from '../../lib/domain.js';
import type { CustomFieldsService } from '../custom-fields/custom-fields.service.js';
import type { AccountsService } from './accounts.service.js';
import * as repo from './accounts.repository.js';
import { planCrmAccountBatch, sharedExternalIdMessage, type CrmAccountItem, type CrmAccountResult } from './crm-account-batch.js';

export interface CrmCreateAccountsBody {
  accounts: CrmAccountItem[];
  segmentId?: string;
}

/**
 * The CRM generation's account writes (SPEC §5): keyed by externalId, over the same accounts. Only
 * the planning differs from the External API's push; the batch is written by AccountsService.writeBatch.
 */
export class CrmAccountsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly customFields: CustomFieldsService,
    private readonly accounts: AccountsService,
  ) {}

  async createAccounts(workspaceId: string, body: CrmCreateAccountsBody, call?: IdempotentCall) {
    const fields = await this.customFields.listActiveFields(workspaceId);
    // Exclusive: the CRM generation re-keys and moves accounts it finds by external id as well as by domain.
    return this.accounts.writeBatch<CrmAccountResult>(workspaceId, body.segmentId, 'exclusive', async (trx, mintId) => {
      const domains = body.accounts.map((a) => normalizeDomain(a.domain)).filter((d): d is string => d !== null);
      const externalIds = [...new Set(body.accounts.map((a) => a.externalId))];
      const sharedExternalIds = await repo.findSharedExternalIds(trx, workspaceId, externalIds);
      const index = {
        byDomain: await repo.findAccountStatesByDomains(trx, this.dialect, workspaceId, [...new Set(domains)]),
        byExternalId: await repo.findAccountStatesByExternalIds(trx, this.dialect, workspaceId, externalIds.filter((id) => !sharedExternalIds.has(id))),
        sharedExternalIds,
      };
      const plan = planCrmAccountBatch(body.accounts, index, fields, mintId);
      const stored = new Map([...index.byDomain.values(), ...index.byExternalId.values()].map((state) => [state.id, state]));
      const writes = [...plan.writes.values()].map(({ state, isNew }) => ({ state, before: isNew ? undefined : stored.get(state.id) }));
      return { results: plan.results, writes, touchedIds: plan.touchedIds };
    }, call);
  }

  /**
   * PUT /crm/accounts/:externalId: the External API's custom-field update, addressed by externalId;
   * 409 when several accounts hold it (no guessing which one the CRM record means).
   */
  async updateCustomFields(workspaceId: string, externalId: string, input: Record<string, unknown>, call?: IdempotentCall) {
    return this.accounts.updateCustomFields(workspaceId, await this.accountIdOf(workspaceId, externalId), input, call);
  }

  /** GET /crm/accounts/:externalId (SPEC §5, 2026-12): the account in the shape of GET /accounts. */
  async getAccount(workspaceId: string, externalId: string) {
    return this.accounts.getAccount(workspaceId, await this.accountIdOf(workspaceId, externalId));
  }

  /** The one account holding `externalId`: 404 when none does, 409 when several do. */
  private async accountIdOf(workspaceId: string, externalId: string): Promise<string> {
    const shared = (await repo.findSharedExternalIds(this.db, workspaceId, [externalId])).get(externalId);
    if (shared) throw ApiError.conflict(sharedExternalIdMessage(externalId, shared));
    const account = (await repo.findAccountStatesByExternalIds(this.db, this.dialect, workspaceId, [externalId])).get(externalId);
    if (!account) throw ApiError.notFound('Account not found');
    return account.id;
  }
}
