import { normalizeDomain } from '../../lib/domain.js';
import { parseIsoDateTime } from '../../lib/iso-date.js';
import type { SignalItem, SignalSource } from './signals.schema.js';

/** The types each source accepts (SPEC §4.1), in the spec's order. */
export const SIGNAL_TYPES: Readonly<Record<SignalSource, readonly string[]>> = {
  website: ['page_view', 'high_intent_page_view', 'form_submit'],
  g2: ['category_view', 'comparison_view', 'alternatives_view', 'profile_view', 'pricing_view'],
  linkedin: ['impression', 'click', 'engagement', 'video_view', 'lead_form_submit'],
  bombora: ['surge'],
};

export const DUPLICATE_SIGNAL_REASON = 'Duplicate signal';

export const invalidDomainError = (input: string) => `Invalid domain '${input}'`;

export const invalidTypeError = (source: SignalSource, type: string) =>
  `Invalid type '${type}' for source '${source}'. Allowed types: ${SIGNAL_TYPES[source].join(', ')}`;

/** Which of topic and score a bombora signal lacks, as one sentence. */
export function missingBomboraFieldsError(missing: readonly string[]): string {
  return missing.length === 1
    ? `${missing[0]} is required for source 'bombora'`
    : `${missing.join(' and ')} are required for source 'bombora'`;
}

export interface SignalResult {
  index: number;
  status: 'created' | 'skipped' | 'failed';
  error?: string;
  reason?: string;
}

/** A signal the batch creates: where it sits in the input, its normalised domain and occurrence time. */
export interface PlannedSignal {
  index: number;
  item: SignalItem;
  domain: string;
  occurredAt: number;
}

export interface SignalBatchPlan {
  /** One per input item, in input order. */
  results: SignalResult[];
  /** The signals to insert, in input order. */
  creates: PlannedSignal[];
}

/** The dedup key of a signal that carries an externalSignalId: ids are unique per source. */
export const dedupKey = (source: string, externalSignalId: string) => `${source}\u0000${externalSignalId}`;

function isBlank(value: string | null | undefined): boolean {
  return value === undefined || value === null || value.trim() === '';
}

/**
 * Decides every item's outcome in input order (SPEC §4.1), against the (source, externalSignalId)
 * keys the workspace already holds. Checks, first match wins:
 *
 * 1. `type` is not one of the source's types → failed, naming the allowed types.
 * 2. a bombora signal without `topic` or `score` → failed.
 * 3. the domain does not normalise (§2.6) → failed.
 * 4. its externalSignalId is stored, or an earlier item of this batch created it → skipped
 *    (`Duplicate signal`). After the item's own checks: a malformed item is reported as such even
 *    when its id is taken, and re-sending an accepted batch answers skipped for exactly the items
 *    that were created.
 * 5. created.
 *
 * Only a created item claims its key, so a later item with the id of a failed one can be created.
 * Nothing is written here, which is what keeps items atomic.
 */
export function planSignalBatch(
  items: readonly SignalItem[],
  existingKeys: ReadonlySet<string>,
  /** Each item's `occurredAt` in epoch ms, when the caller has parsed them already. */
  occurredAtTimes?: ReadonlyArray<number | undefined>,
): SignalBatchPlan {
  const taken = new Set(existingKeys);
  const plan: SignalBatchPlan = { results: [], creates: [] };
  items.forEach((item, index) => {
    if (!SIGNAL_TYPES[item.source].includes(item.type)) {
      plan.results.push({ index, status: 'failed', error: invalidTypeError(item.source, item.type) });
      return;
    }
    if (item.source === 'bombora') {
      const missing = [isBlank(item.topic) ? 'topic' : '', item.score === undefined || item.score === null ? 'score' : ''].filter(Boolean);
      if (missing.length > 0) {
        plan.results.push({ index, status: 'failed', error: missingBomboraFieldsError(missing) });
        return;
      }
    }
    const domain = normalizeDomain(item.domain);
    if (domain === null) {
      plan.results.push({ index, status: 'failed', error: invalidDomainError(item.domain) });
      return;
    }
    const key = item.externalSignalId ? dedupKey(item.source, item.externalSignalId) : undefined;
    if (key !== undefined && taken.has(key)) {
      plan.results.push({ index, status: 'skipped', reason: DUPLICATE_SIGNAL_REASON });
      return;
    }
    const occurredAt = occurredAtTimes?.[index] ?? parseIsoDateTime(item.occurredAt);
    if (occurredAt === undefined) throw new Error(`occurredAt of item ${index} was not checked before planning`);
    if (key !== undefined) taken.add(key);
    plan.creates.push({ index, item, domain, occurredAt });
    plan.results.push({ index, status: 'created' });
  });
  return plan;
}
