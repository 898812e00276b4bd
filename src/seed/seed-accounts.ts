import type { AccountsService } from '../modules/accounts/accounts.service.js';
import type { ServiceApi } from '../lib/service-api.js';
import { inBatches, syntheticAccounts } from './synthetic-accounts.js';

export interface SeedAccountsOptions {
  count: number;
  seed: number;
  /** Accounts per createAccounts call (1–100). */
  batchSize?: number;
  /** Called after each batch with the number of accounts written so far. */
  onProgress?: (done: number) => void;
}

export interface SeedTotals {
  created: number;
  updated: number;
  failed: number;
  firstError?: string;
}

/**
 * Writes `count` synthetic accounts through the accounts service — the path POST /api/v1/accounts
 * takes — with upsert, one batch at a time: memory stays flat however many accounts are asked for.
 */
export async function seedAccounts(accounts: ServiceApi<AccountsService>, workspaceId: string, options: SeedAccountsOptions): Promise<SeedTotals> {
  const totals: SeedTotals = { created: 0, updated: 0, failed: 0 };
  let done = 0;
  for (const batch of inBatches(syntheticAccounts(options.count, { seed: options.seed }), options.batchSize ?? 100)) {
    const { results, summary } = await accounts.createAccounts(workspaceId, { accounts: batch, upsert: true });
    totals.created += summary.created;
    totals.updated += summary.updated;
    totals.failed += summary.failed;
    totals.firstError ??= results.find((r) => r.error !== undefined)?.error;
    done += batch.length;
    options.onProgress?.(done);
  }
  return totals;
}
