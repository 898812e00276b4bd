import type { Association, StageEntry } from './deal-batch.js';
import type { AccountRef, StoredDeal } from './deals.repository.js';

export interface AssociationView {
  externalId: string | null;
  domain: string | null;
  name: string | null;
}

export interface StageEntryView {
  stageId: string | null;
  stageLabel: string | null;
  pipelineId: string | null;
  enteredAt: string;
}

/** A deal as `GET /deals` and `GET /deals/:externalDealId` return it (SPEC §3.8 extension). */
export interface DealView {
  rtp_dealId: string;
  externalDealId: string;
  name: string;
  amount: number | null;
  stageId: string | null;
  stageLabel: string | null;
  pipelineId: string | null;
  pipelineLabel: string | null;
  startDate: string | null;
  closedDate: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
  ownerId: string | null;
  dealCurrencyCode: string | null;
  /** As pushed, in order. */
  associatedAccounts: AssociationView[];
  /** The accounts the associations resolve to, each once, in association order. */
  linkedAccounts: AccountRef[];
  /** The associations no account matches yet, as pushed. */
  unlinkedAssociations: AssociationView[];
  /** Oldest first. */
  stageHistory: StageEntryView[];
  createdAt: string;
  updatedAt: string;
}

function associationView(a: Association): AssociationView {
  return { externalId: a.externalId, domain: a.domainInput, name: a.name };
}

/** Shapes a stored deal; `resolved[i]` is the account `associations[i]` resolves to, or null. */
export function presentDeal(
  row: StoredDeal,
  associations: readonly Association[],
  resolved: ReadonlyArray<AccountRef | null>,
  history: readonly StageEntry[],
): DealView {
  const linked = new Map<string, AccountRef>();
  const unlinked: AssociationView[] = [];
  associations.forEach((association, i) => {
    const account = resolved[i];
    if (account) {
      if (!linked.has(account.rtp_aid)) linked.set(account.rtp_aid, account);
    } else {
      unlinked.push(associationView(association));
    }
  });
  return {
    rtp_dealId: row.id,
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
    associatedAccounts: associations.map(associationView),
    linkedAccounts: [...linked.values()],
    unlinkedAssociations: unlinked,
    stageHistory: history.map((e) => ({
      stageId: e.stageId,
      stageLabel: e.stageLabel,
      pipelineId: e.pipelineId,
      enteredAt: new Date(e.enteredAt).toISOString(),
    })),
    createdAt: new Date(Number(row.created_at)).toISOString(),
    updatedAt: new Date(Number(row.changed_at)).toISOString(),
  };
}
