import { InvalidArgumentError, type Command } from 'commander';
import type { Services } from '../../services.js';
import { CliError, withServices, type CliIo } from '../context.js';

/** Accounts per write: the API's batch size, so seeding exercises exactly what an integration does. */
const BATCH_SIZE = 100;
const PROGRESS_EVERY = 50_000;

export interface SeedOptions {
  accounts?: number;
  signals?: number;
  seed: number;
  workspace?: string;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > 100_000_000) {
    throw new InvalidArgumentError('expected a whole number from 1 to 100000000');
  }
  return n;
}

function parseSeed(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number');
  return n;
}

export function registerSeed(program: Command, io: CliIo): void {
  program
    .command('seed')
    .description('fill a workspace with realistic synthetic demo data (idempotent for a given --seed)')
    .option('--accounts <n>', 'number of B2B accounts to create or update', parseCount)
    .option('--signals <n>', "number of intent signals across sources for the workspace's accounts (after --accounts)", parseCount)
    .option('--seed <n>', 'random seed: the same seed always produces the same data', parseSeed, 1)
    .option('--workspace <id>', 'target workspace (default: the first one, e.g. the one `serve` created)')
    .addHelpText(
      'after',
      '\nAccounts go through the same service as POST /api/v1/accounts (100 per batch, upsert), so they\n' +
        'carry change stamps and show up in delta syncs. Running it again with the same seed updates\n' +
        'the same accounts instead of adding new ones.\n\n' +
        'Signals go through the same service as POST /api/v1/signals (1000 per batch): website, LinkedIn,\n' +
        'G2 and Bombora activity of the last eight weeks, skewed so a few accounts are hot, drawn from up\n' +
        "to 10000 of the workspace's accounts, plus some from companies that are not accounts yet. Their\n" +
        'ids derive from the seed, so seeding again with the same seed skips them.\n\n' +
        'Example:\n  intentbase seed --accounts 10000 --signals 200000 --seed 7',
    )
    .action(async (options: SeedOptions) => {
      if (options.accounts === undefined && options.signals === undefined) {
        throw new CliError('nothing to seed: give --accounts <n> and/or --signals <n>');
      }
      await withServices(io, async (services) => {
        const workspaceId = await resolveWorkspace(services, options.workspace);
        if (options.accounts !== undefined) await seedAccountsStep(services, workspaceId, options.accounts, options.seed, io);
        if (options.signals !== undefined) await seedSignalsStep(services, workspaceId, options.signals, options.seed, io);
      });
    });
}

/** The workspace a data command writes to: the one asked for, or the first (the one `serve` created). */
export async function resolveWorkspace(services: Services, requested: string | undefined): Promise<string> {
  const workspaces = await services.workspaces.listWorkspaces();
  if (requested !== undefined) {
    if (!workspaces.some((w) => w.id === requested)) throw new CliError(`Workspace '${requested}' not found`);
    return requested;
  }
  if (workspaces.length === 0) {
    throw new CliError('no workspace yet: start `intentbase serve` once (it creates one) or run `intentbase workspace create`');
  }
  return workspaces[0].id;
}

async function seedAccountsStep(services: Services, workspaceId: string, count: number, seed: number, io: CliIo): Promise<void> {
  // Loaded on use, like the database: --help stays instant.
  const { seedAccounts } = await import('../../modules/accounts/seed-accounts.js');
  const started = Date.now();
  const totals = await seedAccounts(services.accounts, workspaceId, {
    count,
    seed,
    batchSize: BATCH_SIZE,
    onProgress: (done) => {
      if (done % PROGRESS_EVERY === 0 && done < count) io.stderr(`  ${done} of ${count} accounts…\n`);
    },
  });
  const seconds = (Date.now() - started) / 1000;
  io.stderr(
    `Seeded ${count} accounts into workspace ${workspaceId}: ${totals.created} created, ${totals.updated} updated, ` +
      `${totals.failed} failed (${seconds.toFixed(1)} s, seed ${seed}).\n`,
  );
  if (totals.failed > 0) throw new CliError(`${totals.failed} accounts failed, e.g. ${totals.firstError}`);
}

/** Account domains signals are drawn from: a bounded sample, so memory does not grow with the workspace. */
const SIGNAL_DOMAIN_POOL = 10_000;
const SIGNAL_PROGRESS_EVERY = 500_000;

async function seedSignalsStep(services: Services, workspaceId: string, count: number, seed: number, io: CliIo): Promise<void> {
  const { seedSignals } = await import('../../modules/signals/seed-signals.js');
  const { sampleAccountDomains } = await import('../../modules/signals/signals.repository.js');
  const started = Date.now();
  const pool = await sampleAccountDomains(services.database.db, workspaceId, SIGNAL_DOMAIN_POOL);
  if (pool.length === 0) io.stderr('  no accounts yet: every signal comes from a company that is not an account\n');
  const totals = await seedSignals(services.signals, workspaceId, {
    count,
    seed,
    pool,
    onProgress: (done) => {
      if (done % SIGNAL_PROGRESS_EVERY === 0 && done < count) io.stderr(`  ${done} of ${count} signals…\n`);
    },
  });
  const seconds = (Date.now() - started) / 1000;
  io.stderr(
    `Seeded ${count} signals into workspace ${workspaceId} for ${pool.length} accounts: ${totals.created} created, ` +
      `${totals.skipped} skipped as duplicates, ${totals.failed} failed (${seconds.toFixed(1)} s, seed ${seed}).\n`,
  );
  if (totals.failed > 0) throw new CliError(`${totals.failed} signals failed, e.g. ${totals.firstError}`);
}
