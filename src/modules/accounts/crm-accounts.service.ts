import type { Kysely, Transaction } from 'kysely';
import type { Database, Dialect } from '../../db/index.js';
import { reserveChangeStamps } from '../../db/change-stamps.js';
import { ApiError } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { normalizeDomain } from '../../lib/domain.js';
import type { CustomFieldsService } from '../custom-fields/custom-fields.service.js';
import type { SegmentsService } from '../segments/segments.service.js';
import * as segmentsRepo from '../segments/segments.repository.js';
import type { AccountsService } from './accounts.service.js';
import * as repo from './accounts.repository.js';
import { planCrmAccountBatch, sharedExternalIdMessage, type CrmAccountItem, type CrmAccountResult, type CrmBatchPlan } from './crm-account-batch.js';

export interface CrmCreateAccountsBody {
  accounts: CrmAccountItem[];
  segmentId?: string;
}

/** The CRM generation's account writes (SPEC §5): keyed by externalId, over the same accounts. */
export class CrmAccountsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly customFields: CustomFieldsService,
    private readonly segments: SegmentsService,
    private readonly accounts: AccountsService,
  ) {}

  async createAccounts(workspaceId: string, body: CrmCreateAccountsBody) {
    if (body.segmentId !== undefined) await this.segments.requireStaticTarget(workspaceId, body.segmentId);
    const fields = await this.customFields.listActiveFields(workspaceId);
    const results: CrmAccountResult[] = await this.db.transaction().execute(async (trx) => {
      const stamps = await reserveChangeStamps(trx, workspaceId, body.accounts.length);
      const domains = body.accounts.map((a) => normalizeDomain(a.domain)).filter((d): d is string => d !== null);
      const externalIds = [...new Set(body.accounts.map((a) => a.externalId))];
      const sharedExternalIds = await repo.findSharedExternalIds(trx, workspaceId, externalIds);
      const index = {
        byDomain: await repo.findAccountStatesByDomains(trx, this.dialect, workspaceId, [...new Set(domains)]),
        byExternalId: await repo.findAccountStatesByExternalIds(trx, this.dialect, workspaceId, externalIds.filter((id) => !sharedExternalIds.has(id))),
        sharedExternalIds,
      };
      const plan = planCrmAccountBatch(body.accounts, index, fields, () => newId(stamps.changedAt));
      const written = await this.write(trx, workspaceId, plan, body.segmentId, stamps);
      const before = new Map([...index.byDomain.values(), ...index.byExternalId.values()].map((s) => [s.id, s]));
      await this.accounts.notifyKeysChanged(trx, workspaceId, {
        domains: [...new Set([...[...plan.writes.values()].map((w) => w.state.domain), ...plan.releasedDomains])],
        externalIds: [...new Set([...plan.writes.values()].flatMap((w) => [w.state.externalId, before.get(w.state.id)?.externalId ?? null]))].filter(
          (id): id is string => id !== null,
        ),
      });
      await this.accounts.notifyAccountsWritten(trx, workspaceId, written);
      return plan.results;
    });
    const count = (status: string) => results.filter((r) => r.status === status).length;
    return { results, summary: { total: results.length, created: count('created'), updated: count('updated'), failed: count('failed') } };
  }

  /**
   * PUT /crm/accounts/:externalId: the External API's custom-field update, addressed by externalId;
   * 409 when several accounts hold it (no guessing which one the CRM record means).
   */
  async updateCustomFields(workspaceId: string, externalId: string, input: Record<string, unknown>) {
    const shared = (await repo.findSharedExternalIds(this.db, workspaceId, [externalId])).get(externalId);
    if (shared) throw ApiError.conflict(sharedExternalIdMessage(externalId, shared));
    const account = (await repo.findAccountStatesByExternalIds(this.db, this.dialect, workspaceId, [externalId])).get(externalId);
    if (!account) throw ApiError.notFound('Account not found');
    return this.accounts.updateCustomFields(workspaceId, account.id, input);
  }

  private async write(
    trx: Transaction<Database>,
    workspaceId: string,
    plan: CrmBatchPlan,
    segmentId: string | undefined,
    stamps: { firstSeq: number; changedAt: number },
  ): Promise<string[]> {
    const joining = segmentId ? await this.newMembers(trx, workspaceId, segmentId, plan.touchedIds) : [];
    const ids = [...new Set([...plan.writes.keys(), ...joining])];
    const seqOf = new Map(ids.map((id, i) => [id, stamps.firstSeq + i]));
    const unchanged = joining.filter((id) => !plan.writes.has(id));
    const states = await repo.findAccountStatesByIds(trx, this.dialect, workspaceId, unchanged);
    const writes = [...plan.writes.values(), ...states.map((state) => ({ state, isNew: false }))];
    const updates = writes.filter((w) => !w.isNew).map((w) => ({ state: w.state, changeSeq: seqOf.get(w.state.id)! }));
    // Park moving rows on placeholder domains first, so moves within one batch never collide.
    for (const update of updates) await repo.parkAccountDomain(trx, workspaceId, update.state.id);
    for (const update of updates) await repo.updateAccountState(trx, this.dialect, workspaceId, update, stamps.changedAt);
    const inserts = writes.filter((w) => w.isNew).map((w) => ({ state: w.state, changeSeq: seqOf.get(w.state.id)! }));
    await repo.upsertAccounts(trx, this.dialect, workspaceId, inserts, stamps.changedAt);
    for (const id of joining) await segmentsRepo.insertMember(trx, workspaceId, segmentId!, id, stamps.changedAt, seqOf.get(id)!);
    return ids;
  }

  private async newMembers(trx: Transaction<Database>, workspaceId: string, segmentId: string, accountIds: string[]) {
    const unique = [...new Set(accountIds)];
    const members = await segmentsRepo.existingMemberIds(trx, workspaceId, segmentId, unique);
    return unique.filter((id) => !members.has(id));
  }
}
