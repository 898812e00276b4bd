import { inBatches } from './synthetic-accounts.js';
import type { SignalsService } from '../modules/signals/signals.service.js';
import type { ServiceApi } from '../lib/service-api.js';
import { MAX_SIGNALS_PER_REQUEST } from '../modules/signals/signals.schema.js';
import { syntheticSignals } from './synthetic-signals.js';

export interface SeedSignalsOptions {
  count: number;
  seed: number;
  /** Normalised account domains to draw from (a bounded sample; see AccountsService.sampleDomains). */
  pool: readonly string[];
  now?: number;
  /** `--signal-lead`: days of intent before a deal opens (default 60); 0 makes signals and deals independent. */
  leadDays?: number;
  /** Signals per createSignals call (1–1000). */
  batchSize?: number;
  /** Called after each batch with the number of signals generated so far. */
  onProgress?: (done: number) => void;
}

export interface SeedSignalTotals {
  created: number;
  skipped: number;
  failed: number;
  firstError?: string;
}

/**
 * Writes `count` synthetic signals through the signals service — the path POST /api/v1/signals
 * takes — one batch at a time, so memory stays flat however many are asked for. Signal ids derive
 * from the seed, so seeding again with the same seed skips what is already stored.
 */
export async function seedSignals(signals: ServiceApi<SignalsService>, workspaceId: string, options: SeedSignalsOptions): Promise<SeedSignalTotals> {
  const totals: SeedSignalTotals = { created: 0, skipped: 0, failed: 0 };
  const generator = syntheticSignals(options.count, { seed: options.seed, pool: options.pool, now: options.now ?? Date.now(), leadDays: options.leadDays });
  let done = 0;
  for (const batch of inBatches(generator, Math.min(options.batchSize ?? MAX_SIGNALS_PER_REQUEST, MAX_SIGNALS_PER_REQUEST))) {
    const { results, summary } = await signals.createSignals(workspaceId, { signals: batch });
    totals.created += summary.created;
    totals.skipped += summary.skipped;
    totals.failed += summary.failed;
    totals.firstError ??= results.find((r) => r.error !== undefined)?.error;
    done += batch.length;
    options.onProgress?.(done);
  }
  return totals;
}
