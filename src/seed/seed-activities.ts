import { inBatches } from './synthetic-accounts.js';
import type { ActivitiesService } from '../modules/activities/activities.service.js';
import type { ServiceApi } from '../lib/service-api.js';
import { duplicateActivityError } from '../modules/activities/activity-batch.js';
import { syntheticActivities } from './synthetic-activities.js';

/** POST /api/v1/sales-activities takes at most this many activities per request (SPEC §3.10). */
export const MAX_ACTIVITIES_PER_REQUEST = 50;

export interface SeedActivitiesOptions {
  count: number;
  seed: number;
  /** Normalised account domains to draw from (a bounded sample; see AccountsService.sampleDomains). */
  pool: readonly string[];
  now?: number;
  /** Activities per createActivities call (1–50). */
  batchSize?: number;
  /** Called after each batch with the number of activities generated so far. */
  onProgress?: (done: number) => void;
}

export interface SeedActivityTotals {
  created: number;
  /** Already there: seeded before with the same seed (the API answers them `already exists`). */
  skipped: number;
  failed: number;
  firstError?: string;
}

/**
 * Writes `count` synthetic sales activities through the activities service — the path
 * POST /api/v1/sales-activities takes — one batch at a time, so memory stays flat. Activities are
 * create-only: an id seeded before comes back failed with the API's `already exists` error, which
 * here is what seeding again means, so it counts as skipped; any other failure is a failure.
 */
export async function seedActivities(activities: ServiceApi<ActivitiesService>, workspaceId: string, options: SeedActivitiesOptions): Promise<SeedActivityTotals> {
  const totals: SeedActivityTotals = { created: 0, skipped: 0, failed: 0 };
  const generator = syntheticActivities(options.count, { seed: options.seed, pool: options.pool, now: options.now ?? Date.now() });
  let done = 0;
  for (const batch of inBatches(generator, Math.min(options.batchSize ?? MAX_ACTIVITIES_PER_REQUEST, MAX_ACTIVITIES_PER_REQUEST))) {
    const { results } = await activities.createActivities(workspaceId, { activities: batch });
    for (const result of results) {
      if (result.status === 'created') totals.created += 1;
      else if (result.status === 'failed' && result.error === duplicateActivityError(result.externalActivityId)) totals.skipped += 1;
      else {
        totals.failed += 1;
        totals.firstError ??= result.error ?? result.reason;
      }
    }
    done += batch.length;
    options.onProgress?.(done);
  }
  return totals;
}
