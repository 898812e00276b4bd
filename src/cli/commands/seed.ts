import { InvalidArgumentError, type Command } from 'commander';
import type { ServicesApi } from '../../services.js';
import { CliError, withServices, type CliIo } from '../context.js';

/** Accounts per write: the API's batch size, so seeding exercises exactly what an integration does. */
const BATCH_SIZE = 100;
const PROGRESS_EVERY = 50_000;

export interface SeedOptions {
  accounts?: number;
  signals?: number;
  deals?: number;
  activities?: number;
  seed: number;
  signalLead: number;
  workspace?: string;
}

/** What `intentbase seed` alone writes: a demo a newcomer can score and backtest in a minute. */
export const DEFAULT_SEED_COUNTS = { accounts: 1000, signals: 40_000, deals: 300, activities: 2000 } as const;

function parseLead(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 365) throw new InvalidArgumentError('expected a whole number of days from 0 to 365');
  return n;
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
    .option('--deals <n>', "number of deals across two pipelines for the workspace's accounts, with stage history (after --signals)", parseCount)
    .option('--activities <n>', "number of sales activities (calls and emails with contacts) for the workspace's accounts (after --deals)", parseCount)
    .option('--seed <n>', 'random seed: the same seed always produces the same data', parseSeed, 1)
    .option(
      '--signal-lead <days>',
      "how signals relate to deals: an account's intent builds up over the <days> before its deals open; 0: signals and deals are independent",
      parseLead,
      60,
    )
    .option('--workspace <id>', 'target workspace (default: the first one, e.g. the one `serve` created)')
    .addHelpText(
      'after',
      '\nAccounts go through the same service as POST /api/v1/accounts (100 per batch, upsert), so they\n' +
        'carry change stamps and show up in delta syncs. Running it again with the same seed updates\n' +
        'the same accounts instead of adding new ones.\n\n' +
        'Signals go through the same service as POST /api/v1/signals (1000 per batch): website, LinkedIn,\n' +
        'G2 and Bombora activity of the last 240 days, skewed so a few accounts are hot, drawn from up\n' +
        "to 10000 of the workspace's accounts, plus some from companies that are not accounts yet. Their\n" +
        'ids derive from the seed, so seeding again with the same seed skips them.\n\n' +
        'Deals go through the same service as POST /api/v1/deals (100 per batch). Two pipelines, New\n' +
        'Business and Renewals & Expansion, are created first if missing (as POST /api/v1/deal-stages does).\n' +
        'Deals were opened over the last 180 days; many have closed (won or lost) once their sales cycle\n' +
        'ran, the rest are open in a stage that fits their age. A new deal is pushed once per stage it\n' +
        'passed, so it has a stage history (entered at push time, as the API records it). Mostly for the\n' +
        'accounts the signals make hot, a few for companies that are not accounts yet. After `intentbase\n' +
        'score`, accounts with a won deal are Customers and those with an open one Opportunities. Seeding\n' +
        'again with the same seed updates the same deals (on the same day it changes nothing).\n\n' +
        'Activities go through the same service as POST /api/v1/sales-activities (50 per batch): calls\n' +
        "and emails of the last 90 days by each account's rep with the company's contacts, more for hot\n" +
        'accounts and more recent there. Their ids derive from the seed, so seeding again skips them.\n\n' +
        'Signals lead to deals (--signal-lead, default 60 days): every account has a buying moment in the\n' +
        'last 180 days (or in the next <days>: in market now). Its deals open then (within a week), and 75%\n' +
        'of its signals fall in the <days> before it, denser towards it; the rest are background noise.\n' +
        'So deal start dates spread over the last 180 days, and `intentbase score backtest` finds the\n' +
        'scores predicted them. --signal-lead 0 makes the two independent (signals at uniform times, deals\n' +
        'for an unrelated set of accounts): a backtest of that finds an AUC near 0.5. Use the same value\n' +
        'when seeding signals and deals separately.\n\n' +
        `Without any count, seeds a demo: ${DEFAULT_SEED_COUNTS.accounts} accounts, ${DEFAULT_SEED_COUNTS.signals} signals, ${DEFAULT_SEED_COUNTS.deals} deals and ${DEFAULT_SEED_COUNTS.activities} activities.\n\n` +
        'Example:\n  intentbase seed\n  intentbase score\n  intentbase score backtest\n  intentbase seed --accounts 10000 --signals 200000 --deals 3000 --activities 10000 --seed 7\n  intentbase score',
    )
    .action(async (options: SeedOptions) => {
      if ([options.accounts, options.signals, options.deals, options.activities].every((n) => n === undefined)) Object.assign(options, DEFAULT_SEED_COUNTS);
      await withServices(io, async (services) => {
        const workspaceId = await resolveWorkspace(services, options.workspace);
        if (options.accounts !== undefined) await seedAccountsStep(services, workspaceId, options.accounts, options.seed, io);
        if (options.signals !== undefined) await seedSignalsStep(services, workspaceId, options.signals, options, io);
        if (options.deals !== undefined) await seedDealsStep(services, workspaceId, options.deals, options, io);
        if (options.activities !== undefined) await seedActivitiesStep(services, workspaceId, options.activities, options.seed, io);
      });
    });
}

/** The workspace a data command writes to: the one asked for, or the first (the one `serve` created). */
export async function resolveWorkspace(services: ServicesApi, requested: string | undefined): Promise<string> {
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

async function seedAccountsStep(services: ServicesApi, workspaceId: string, count: number, seed: number, io: CliIo): Promise<void> {
  // Loaded on use, like the database: --help stays instant.
  const { seedAccounts } = await import('../../seed/seed-accounts.js');
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
  if (totals.failed > 0) throw new CliError(`${totals.failed} accounts failed, e.g. ${totals.firstError ?? 'no error message'}`);
}

/** Account domains signals, deals and activities are drawn from: a bounded sample, so memory does not grow with the workspace. */
const DOMAIN_POOL = 10_000;
const SIGNAL_PROGRESS_EVERY = 500_000;

async function seedSignalsStep(services: ServicesApi, workspaceId: string, count: number, { seed, signalLead }: SeedOptions, io: CliIo): Promise<void> {
  const { seedSignals } = await import('../../seed/seed-signals.js');
  const started = Date.now();
  const pool = await services.accounts.sampleDomains(workspaceId, DOMAIN_POOL);
  if (pool.length === 0) io.stderr('  no accounts yet: every signal comes from a company that is not an account\n');
  const totals = await seedSignals(services.signals, workspaceId, {
    count,
    seed,
    pool,
    leadDays: signalLead,
    onProgress: (done) => {
      if (done % SIGNAL_PROGRESS_EVERY === 0 && done < count) io.stderr(`  ${done} of ${count} signals…\n`);
    },
  });
  const seconds = (Date.now() - started) / 1000;
  io.stderr(
    `Seeded ${count} signals into workspace ${workspaceId} for ${pool.length} accounts: ${totals.created} created, ` +
      `${totals.skipped} skipped as duplicates, ${totals.failed} failed (${seconds.toFixed(1)} s, seed ${seed}).\n`,
  );
  if (totals.failed > 0) throw new CliError(`${totals.failed} signals failed, e.g. ${totals.firstError ?? 'no error message'}`);
}

const DEAL_PROGRESS_EVERY = 10_000;
const ACTIVITY_PROGRESS_EVERY = 50_000;

async function seedDealsStep(services: ServicesApi, workspaceId: string, count: number, { seed, signalLead }: SeedOptions, io: CliIo): Promise<void> {
  const { seedDeals } = await import('../../seed/seed-deals.js');
  const { SEED_PIPELINES, pipelineDefinition } = await import('../../seed/synthetic-deals.js');
  const { ensurePipelines } = await import('../../seed/seed-deal-stages.js');
  const started = Date.now();
  const pipelines = await ensurePipelines(services.dealStages, workspaceId, SEED_PIPELINES.map(pipelineDefinition));
  if (pipelines.created.length > 0) io.stderr(`  created deal pipelines ${pipelines.created.join(', ')}\n`);
  for (const { pipelineId, missingStageIds } of pipelines.incomplete) {
    io.stderr(`  pipeline ${pipelineId} exists without stages ${missingStageIds.join(', ')}: left as it is; deals still carry their stage labels\n`);
  }
  const pool = await services.accounts.sampleDomains(workspaceId, DOMAIN_POOL);
  if (pool.length === 0) io.stderr('  no accounts yet: every deal is for a company that is not an account\n');
  const totals = await seedDeals(services.deals, workspaceId, {
    count,
    seed,
    pool,
    leadDays: signalLead,
    onProgress: (done) => {
      if (done % DEAL_PROGRESS_EVERY === 0 && done < count) io.stderr(`  ${done} of ${count} deals…\n`);
    },
  });
  const seconds = (Date.now() - started) / 1000;
  const { open, won, lost } = totals.outcomes;
  io.stderr(
    `Seeded ${count} deals into workspace ${workspaceId} for ${pool.length} accounts (${open} open, ${won} won, ${lost} lost): ` +
      `${totals.created} created, ${totals.updated} updated, ${totals.failed} failed (${seconds.toFixed(1)} s, seed ${seed}).\n`,
  );
  if (totals.failed > 0) throw new CliError(`${totals.failed} deals failed, e.g. ${totals.firstError ?? 'no error message'}`);
}

async function seedActivitiesStep(services: ServicesApi, workspaceId: string, count: number, seed: number, io: CliIo): Promise<void> {
  const { seedActivities } = await import('../../seed/seed-activities.js');
  const started = Date.now();
  const pool = await services.accounts.sampleDomains(workspaceId, DOMAIN_POOL);
  if (pool.length === 0) io.stderr('  no accounts yet: every activity is with a company that is not an account\n');
  const totals = await seedActivities(services.activities, workspaceId, {
    count,
    seed,
    pool,
    onProgress: (done) => {
      if (done % ACTIVITY_PROGRESS_EVERY === 0 && done < count) io.stderr(`  ${done} of ${count} activities…\n`);
    },
  });
  const seconds = (Date.now() - started) / 1000;
  io.stderr(
    `Seeded ${count} activities into workspace ${workspaceId} for ${pool.length} accounts: ${totals.created} created, ` +
      `${totals.skipped} skipped as duplicates, ${totals.failed} failed (${seconds.toFixed(1)} s, seed ${seed}).\n`,
  );
  if (totals.failed > 0) throw new CliError(`${totals.failed} activities failed, e.g. ${totals.firstError ?? 'no error message'}`);
}
