import type { Dialect, Executor } from '../../db/index.js';
import * as dealStagesRepo from '../deal-stages/deal-stages.repository.js';
import { accountKeysByIds, associationsOnKeys, currentStagesOfDeals, resolveAssociations } from './deals.repository.js';
import { classifyDealStage, type DealStageStatus } from './deal-stage-status.js';

// Deal facts for the scoring job's journey rules (SPEC §4.4); nothing here writes.

/** One deal associated with an account, as the journey rules read it (SPEC §4.4). */
export interface AccountDealFact {
  rtp_dealId: string;
  externalDealId: string;
  stageId: string | null;
  /** The deal's stage label, or — when it has none — the label its pipeline definition gives its stageId. */
  stageLabel: string | null;
  status: DealStageStatus;
}

/**
 * For the journey rules: the deals associated with each of the given accounts, with their current
 * stage and whether it is won, lost or open. Associations resolve exactly as on read (domain first,
 * then external id), so an account is credited with a deal exactly when `GET /deals/:id` lists it
 * among `linkedAccounts`. Accounts without deals are absent from the map.
 */
export async function dealStagesOfAccounts(
  db: Executor,
  dialect: Dialect,
  workspaceId: string,
  accountIds: readonly string[],
): Promise<Map<string, AccountDealFact[]>> {
  const result = new Map<string, AccountDealFact[]>();
  const wanted = new Set(accountIds);
  const accounts = await accountKeysByIds(db, workspaceId, [...wanted]);
  if (accounts.length === 0) return result;

  // Candidates: associations on one of these accounts' keys; resolution then decides which really link.
  const externalIds = [...new Set(accounts.flatMap((a) => (a.external_id === null ? [] : [a.external_id])))];
  const candidates = await associationsOnKeys(db, workspaceId, accounts.map((a) => a.domain), externalIds);

  const resolved = await resolveAssociations(
    db,
    workspaceId,
    candidates.map((c) => ({ domain: c.domain, externalId: c.external_id })),
  );
  const dealsByAccount = new Map<string, Set<string>>();
  candidates.forEach((c, i) => {
    const account = resolved[i];
    if (!account || !wanted.has(account.rtp_aid)) return;
    const set = dealsByAccount.get(account.rtp_aid) ?? new Set<string>();
    set.add(c.deal_id);
    dealsByAccount.set(account.rtp_aid, set);
  });
  const dealIds = [...new Set([...dealsByAccount.values()].flatMap((s) => [...s]))];
  if (dealIds.length === 0) return result;

  const deals = await currentStagesOfDeals(db, workspaceId, dealIds);
  const unlabelled = [...deals.values()].filter((d) => d.stage_label === null && d.stage_id !== null && d.pipeline_id !== null);
  const pipelines = await dealStagesRepo.findPipelines(db, dialect, workspaceId, unlabelled.map((d) => d.pipeline_id!));
  const labelOf = (deal: (typeof unlabelled)[number]) =>
    deal.stage_label ??
    (deal.pipeline_id === null ? undefined : pipelines.get(deal.pipeline_id)?.stages.find((s) => s.stageId === deal.stage_id)?.stageLabel) ??
    null;

  for (const [accountId, ids] of dealsByAccount) {
    const facts = [...ids]
      .sort()
      .flatMap((id) => {
        const deal = deals.get(id);
        if (!deal) return [];
        const stageLabel = labelOf(deal);
        return [{ rtp_dealId: deal.id, externalDealId: deal.external_deal_id, stageId: deal.stage_id, stageLabel, status: classifyDealStage(stageLabel) }];
      });
    if (facts.length > 0) result.set(accountId, facts);
  }
  return result;
}
