import { normalizeDomain } from '../../lib/domain.js';
import { normalizeDateOrDateTime } from '../../lib/iso-date.js';
import type { Pipeline } from '../deal-stages/deal-stages.repository.js';
import type { AssociatedAccount, DealItem } from './deals.schema.js';

/** One associated account as pushed; `domain` is its normalised form, the key it is matched by. */
export interface Association {
  externalId: string | null;
  domain: string | null;
  domainInput: string | null;
  name: string | null;
}

/** The writable state of a deal, as a batch sees and changes it. */
export interface DealState {
  id: string;
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
  associations: Association[];
  /** How many stage-history entries the deal has; the next entry's position. */
  historyLength: number;
}

export interface StageEntry {
  dealId: string;
  position: number;
  stageId: string | null;
  stageLabel: string | null;
  pipelineId: string | null;
  enteredAt: number;
}

export interface DealResult {
  externalDealId: string;
  status: 'created' | 'updated' | 'failed';
  error?: string;
}

export interface DealBatchPlan {
  results: DealResult[];
  /** Deals to write, by externalDealId, in their final state: new ones and existing ones that changed. */
  created: Map<string, DealState>;
  changed: Map<string, DealState>;
  /** Deals (by id) whose association list differs from the stored one and is rewritten. */
  associationsReplaced: Set<string>;
  /** Stage-history entries to append, in order. */
  stageEntries: StageEntry[];
}

/**
 * What identifies a deal's stage for the history (SPEC §3.8): its stageId, or its stageLabel when
 * it has no id; null when it has neither.
 */
export function stageKey(deal: Pick<DealState, 'stageId' | 'stageLabel'>): string | null {
  if (deal.stageId !== null) return `id:${deal.stageId}`;
  if (deal.stageLabel !== null) return `label:${deal.stageLabel}`;
  return null;
}

/**
 * A bare date as `YYYY-MM-DD`, a date-time normalised to ISO UTC with milliseconds. The request
 * schema reads dates with the same parser, so every value that gets here has a normalised form.
 */
export function normalizeDealDate(value: string): string {
  const normalized = normalizeDateOrDateTime(value);
  if (normalized === undefined) throw new Error(`deal date '${value}' was not checked before planning`);
  return normalized;
}

/** The associations as pushed, or the `Invalid domain '<input>'` error of the first bad domain (SPEC §2.6). */
export function parseAssociations(items: readonly AssociatedAccount[]): { ok: true; associations: Association[] } | { ok: false; error: string } {
  const associations: Association[] = [];
  for (const item of items) {
    const domainInput = item.domain ?? null;
    const domain = domainInput === null ? null : normalizeDomain(domainInput);
    if (domainInput !== null && domain === null) return { ok: false, error: `Invalid domain '${domainInput}'` };
    associations.push({ externalId: item.externalId ?? null, domain, domainInput, name: item.name ?? null });
  }
  return { ok: true, associations };
}

function stageLabelIn(pipelines: ReadonlyMap<string, Pipeline>, pipelineId: string | null, stageId: string | null): string | null {
  if (pipelineId === null || stageId === null) return null;
  return pipelines.get(pipelineId)?.stages.find((s) => s.stageId === stageId)?.stageLabel ?? null;
}

/**
 * Provided fields overwrite, omitted fields stay, `null` clears (SPEC §3.8). One derivation: a push
 * that moves the deal to another stageId (or pipelineId) without its label takes the label from the
 * pipeline definition (SPEC §3.9), or clears it — the previous stage's label never sticks to a new
 * stage, since journey stages read won/lost from the label.
 */
export function applyDealItem(
  current: DealState,
  item: DealItem,
  associations: Association[] | undefined,
  pipelines: ReadonlyMap<string, Pipeline>,
): DealState {
  const pick = <T>(given: T | null | undefined, stored: T | null): T | null => (given === undefined ? stored : given);
  const date = (given: string | null | undefined, stored: string | null) =>
    given === undefined ? stored : given === null ? null : normalizeDealDate(given);
  const next: DealState = {
    ...current,
    name: item.name,
    amount: pick(item.amount, current.amount),
    stageId: pick(item.stageId, current.stageId),
    stageLabel: pick(item.stageLabel, current.stageLabel),
    pipelineId: pick(item.pipelineId, current.pipelineId),
    pipelineLabel: pick(item.pipelineLabel, current.pipelineLabel),
    startDate: date(item.startDate, current.startDate),
    closedDate: date(item.closedDate, current.closedDate),
    ownerName: pick(item.ownerName, current.ownerName),
    ownerEmail: pick(item.ownerEmail, current.ownerEmail),
    ownerId: pick(item.ownerId, current.ownerId),
    dealCurrencyCode: item.dealCurrencyCode === undefined ? current.dealCurrencyCode : (item.dealCurrencyCode?.toUpperCase() ?? null),
    associations: associations ?? current.associations,
  };
  if (item.stageLabel === undefined && item.stageId !== undefined && next.stageId !== current.stageId) {
    next.stageLabel = stageLabelIn(pipelines, next.pipelineId, next.stageId);
  }
  if (item.pipelineLabel === undefined && item.pipelineId !== undefined && next.pipelineId !== current.pipelineId) {
    next.pipelineLabel = next.pipelineId === null ? null : (pipelines.get(next.pipelineId)?.pipelineLabel ?? null);
  }
  return next;
}

function fieldsOf(deal: DealState) {
  const { associations: _associations, ...fields } = deal;
  return fields;
}

export function sameAssociations(a: readonly Association[], b: readonly Association[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function sameDealState(a: DealState, b: DealState): boolean {
  return JSON.stringify(fieldsOf(a)) === JSON.stringify(fieldsOf(b)) && sameAssociations(a.associations, b.associations);
}

function blankDeal(id: string, externalDealId: string, name: string): DealState {
  return {
    id,
    externalDealId,
    name,
    amount: null,
    stageId: null,
    stageLabel: null,
    pipelineId: null,
    pipelineLabel: null,
    startDate: null,
    closedDate: null,
    ownerName: null,
    ownerEmail: null,
    ownerId: null,
    dealCurrencyCode: null,
    associations: [],
    historyLength: 0,
  };
}

/**
 * Decides every item's outcome in input order against the deals that exist (by externalDealId), so
 * a later item sees an earlier one, and collects the writes. Nothing is written here: a failed item
 * contributes nothing, which is what makes each item atomic. `now` is the push time, the
 * `enteredAt` of every stage entry the batch appends.
 */
export function planDealBatch(
  items: readonly DealItem[],
  existing: ReadonlyMap<string, DealState>,
  pipelines: ReadonlyMap<string, Pipeline>,
  now: number,
  mintId: () => string,
): DealBatchPlan {
  const state = new Map(existing);
  const plan: DealBatchPlan = { results: [], created: new Map(), changed: new Map(), associationsReplaced: new Set(), stageEntries: [] };
  const touched = new Set<string>();
  for (const item of items) {
    let associations: Association[] | undefined;
    if (item.associatedAccounts !== undefined) {
      const parsed = parseAssociations(item.associatedAccounts ?? []);
      if (!parsed.ok) {
        plan.results.push({ externalDealId: item.externalDealId, status: 'failed', error: parsed.error });
        continue;
      }
      associations = parsed.associations;
    }
    const current = state.get(item.externalDealId);
    const base = current ?? blankDeal(mintId(), item.externalDealId, item.name);
    const next = applyDealItem(base, item, associations, pipelines);
    const key = stageKey(next);
    if (key !== null && key !== (current ? stageKey(current) : null)) {
      plan.stageEntries.push({
        dealId: next.id,
        position: next.historyLength,
        stageId: next.stageId,
        stageLabel: next.stageLabel,
        pipelineId: next.pipelineId,
        enteredAt: now,
      });
      next.historyLength += 1;
    }
    state.set(item.externalDealId, next);
    touched.add(item.externalDealId);
    plan.results.push({ externalDealId: item.externalDealId, status: current ? 'updated' : 'created' });
  }
  for (const externalDealId of touched) {
    const final = state.get(externalDealId)!;
    const stored = existing.get(externalDealId);
    if (!stored) plan.created.set(externalDealId, final);
    else if (!sameDealState(stored, final)) plan.changed.set(externalDealId, final);
    if (!stored ? final.associations.length > 0 : !sameAssociations(stored.associations, final.associations)) {
      plan.associationsReplaced.add(final.id);
    }
  }
  return plan;
}
