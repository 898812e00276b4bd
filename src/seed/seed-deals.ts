import { inBatches } from './synthetic-accounts.js';
import type { DealItem } from '../modules/deals/deals.schema.js';
import type { DealsService } from '../modules/deals/deals.service.js';
import type { ServiceApi } from '../lib/service-api.js';
import { syntheticDeals, type DealOutcome, type SyntheticDeal } from './synthetic-deals.js';

/** POST /api/v1/deals takes at most this many deals per request (SPEC §3.8). */
export const MAX_DEALS_PER_REQUEST = 100;

export interface SeedDealsOptions {
  count: number;
  seed: number;
  /** Normalised account domains to draw from (a bounded sample; see AccountsService.sampleDomains). */
  pool: readonly string[];
  now?: number;
  /** `--signal-lead`: days of intent before a deal opens (default 60); 0 makes signals and deals independent. */
  leadDays?: number;
  /** Deals per pushDeals call (1–100). */
  batchSize?: number;
  /** Called after each batch with the number of deals generated so far. */
  onProgress?: (done: number) => void;
}

export interface SeedDealTotals {
  created: number;
  updated: number;
  failed: number;
  firstError?: string;
  /** Where the generated deals stand (whatever their write outcome). */
  outcomes: Record<DealOutcome, number>;
}

/** The deal as first pushed: everything but the close date, in its first stage. */
function opening(deal: DealItem, first: SyntheticDeal['stages'][number]): DealItem {
  const { closedDate: _closedDate, ...rest } = deal;
  return { ...rest, stageId: first.stageId, stageLabel: first.stageLabel };
}

/**
 * Writes `count` synthetic deals through the deals service — the path POST /api/v1/deals takes —
 * one batch at a time, so memory stays flat. A deal that does not exist yet is pushed once per stage
 * it went through (opened in its first stage, moved along, then its current state), as a CRM sync
 * would over its life, so it gets a stage history (SPEC §3.8: `enteredAt` is the time of each push).
 * A deal that exists already — seeded before with this seed — gets only its current state: the same
 * data leaves it unchanged (no new stage entries, no change stamp), so seeding again never
 * duplicates deals or their history.
 */
export async function seedDeals(deals: ServiceApi<DealsService>, workspaceId: string, options: SeedDealsOptions): Promise<SeedDealTotals> {
  const totals: SeedDealTotals = { created: 0, updated: 0, failed: 0, outcomes: { open: 0, won: 0, lost: 0 } };
  const generator = syntheticDeals(options.count, { seed: options.seed, pool: options.pool, now: options.now ?? Date.now(), leadDays: options.leadDays });
  let done = 0;
  for (const batch of inBatches(generator, Math.min(options.batchSize ?? MAX_DEALS_PER_REQUEST, MAX_DEALS_PER_REQUEST))) {
    const existing = new Set(await deals.existingExternalDealIds(workspaceId, batch.map((d) => d.deal.externalDealId)));
    const fresh = batch.filter((d) => !existing.has(d.deal.externalDealId));
    const created = new Set<string>();
    const failed = new Map<string, string>();
    const push = async (items: DealItem[]) => {
      if (items.length === 0) return;
      const { results } = await deals.pushDeals(workspaceId, { deals: items });
      for (const result of results) {
        if (result.status === 'created') created.add(result.externalDealId);
        if (result.status === 'failed') failed.set(result.externalDealId, result.error ?? 'failed');
      }
    };
    // Every stage but the last, one push per step: deal d's k-th push puts it in its k-th stage.
    const steps = Math.max(0, ...fresh.map((d) => d.stages.length - 1));
    for (let step = 0; step < steps; step += 1) {
      const moving = fresh.filter((d) => d.stages.length - 1 > step && !failed.has(d.deal.externalDealId));
      await push(
        moving.map(({ deal, stages }) =>
          step === 0 ? opening(deal, stages[0]) : { externalDealId: deal.externalDealId, name: deal.name, stageId: stages[step].stageId, stageLabel: stages[step].stageLabel },
        ),
      );
    }
    await push(batch.filter((d) => !failed.has(d.deal.externalDealId)).map((d) => d.deal));

    for (const { deal, outcome } of batch) {
      totals.outcomes[outcome] += 1;
      const error = failed.get(deal.externalDealId);
      if (error !== undefined) {
        totals.failed += 1;
        totals.firstError ??= error;
      } else if (created.has(deal.externalDealId)) totals.created += 1;
      else totals.updated += 1;
    }
    done += batch.length;
    options.onProgress?.(done);
  }
  return totals;
}
