// Isolation under hostile segment rules (issue 10): does one tenant's heaviest allowed load slow the
// others? A real `intentbase serve` per engine, over HTTP. Tenant "quiet" writes one account at a
// time and asks /healthz in between, sequentially; its latencies are measured three times:
//
//   idle:         nothing else runs;
//   plain push:   tenant "busy" pushes 100-account batches (100 tags each) on --connections
//                 connections, with no dynamic segment;
//   heavy rules:  the same pushes by tenant "heavy", whose dynamic segments are the heaviest load
//                 WORKSPACE_RULE_LIMITS allow (50 segments, 500 conditions `tags in […]` of 256-character
//                 values that never match, so every condition is evaluated for every written account).
//
// The target: the quiet tenant's p99 under heavy rules within 50 ms of its idle p99, for writes and
// for /healthz. "plain push" shows what the push load alone costs, so the rules' own share is the
// difference between the last two.
//
//   node --import tsx bench/isolation.ts [--engines sqlite,postgres] [--requests 300] [--connections 4]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient, type IntentbaseClient } from '@intentbase/client';
import { createDatabase } from '../src/db/index.js';
import { createServices } from '../src/services.js';
import { heaviestAllowedRules, taggedAccounts } from '../test/support/heavy-rules.js';
import { createBenchDatabase, DEFAULT_POSTGRES_URL, migrate, postgresReachable, type Engine } from './lib/databases.js';
import { startServer, type ServerProcess } from './lib/server.js';
import { median, percentile, round, stopwatch } from './lib/stats.js';

const { values: args } = parseArgs({
  options: {
    engines: { type: 'string', default: 'sqlite,postgres' },
    requests: { type: 'string', default: '300' },
    connections: { type: 'string', default: '4' },
    'postgres-url': { type: 'string', default: process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_URL },
  },
});
const REQUESTS = Number(args.requests);
const CONNECTIONS = Number(args.connections);
const TARGET_MS = 50;

interface Tenant {
  name: string;
  key: string;
}

/** Three workspaces with a key each, made before the server starts (the API has no route for it). */
async function createTenants(config: Parameters<typeof createDatabase>[0]): Promise<Record<'quiet' | 'busy' | 'heavy', Tenant>> {
  await migrate(config);
  const database = createDatabase(config);
  const { services, close } = createServices(database);
  try {
    const tenant = async (name: string): Promise<Tenant> => {
      const workspace = await services.workspaces.createWorkspace(name);
      const email = `${name}@example.com`;
      await services.workspaces.addUser(workspace.id, email, 'admin');
      return { name, key: (await services.workspaces.createKey(email, workspace.id)).apiKey };
    };
    return { quiet: await tenant('quiet'), busy: await tenant('busy'), heavy: await tenant('heavy') };
  } finally {
    await close();
    await database.close();
  }
}

/**
 * The tenant's API client. No retries: a refused or failed request fails the benchmark instead of
 * hiding inside a latency.
 */
function clientOf(server: ServerProcess, tenant: Tenant): IntentbaseClient {
  return createClient({ baseUrl: server.url, apiKey: tenant.key, retry: { maxRetries: 0 } });
}

interface Latencies {
  writes: number[];
  health: number[];
}

/** The quiet tenant's sequential writes, each followed by a /healthz. */
async function quietTenant(quiet: IntentbaseClient, phase: string): Promise<Latencies> {
  const result: Latencies = { writes: [], health: [] };
  for (let i = 0; i < REQUESTS; i += 1) {
    let elapsed = stopwatch();
    await quiet.post('/api/v1/accounts', { body: { accounts: [{ domain: `${phase}-${String(i)}.example`, name: 'Quiet' }] } });
    result.writes.push(elapsed());
    elapsed = stopwatch();
    await quiet.get('/healthz');
    result.health.push(elapsed());
  }
  return result;
}

/** The quiet tenant's latencies while `pusher` pushes batches on every connection; the pushes stop when it is done. */
async function underLoad(quiet: IntentbaseClient, pusher: IntentbaseClient, phase: string) {
  let done = false;
  let pushes = 0;
  const elapsed = stopwatch();
  const push = async (connection: number) => {
    for (let round = 0; !done; round += 1) {
      await pusher.post('/api/v1/accounts', { body: { upsert: true, accounts: taggedAccounts(`c${String(connection)}`, round) } });
      pushes += 1;
    }
  };
  const pushing = Array.from({ length: CONNECTIONS }, (_, c) => push(c));
  const latencies = await quietTenant(quiet, phase);
  done = true;
  await Promise.all(pushing);
  return { ...latencies, pushRate: (pushes * 100) / (elapsed() / 1000) };
}

const summary = (values: number[]) => `p50 ${String(round(median(values), 1))} / p99 ${String(round(percentile(values, 99), 1))} ms`;

async function measure(engine: Engine): Promise<void> {
  const database = await createBenchDatabase(engine, args['postgres-url']);
  const logDir = mkdtempSync(join(tmpdir(), 'intentbase-isolation-'));
  try {
    const tenants = await createTenants(database.config);
    const server = await startServer(database.url, { logFile: join(logDir, `${engine}.log`), logLevel: 'warn' });
    const quiet = clientOf(server, tenants.quiet);
    const busy = clientOf(server, tenants.busy);
    const heavyTenant = clientOf(server, tenants.heavy);
    try {
      for (const [i, rules] of heaviestAllowedRules().entries()) {
        await heavyTenant.post('/api/v1/segments', { body: { name: `heavy ${String(i)}`, type: 'dynamic', rules } });
      }
      await quietTenant(quiet, 'warm-up');
      const idle = await quietTenant(quiet, 'idle');
      const plain = await underLoad(quiet, busy, 'plain');
      const heavy = await underLoad(quiet, heavyTenant, 'heavy');
      console.log(`\n${engine}: quiet tenant, ${String(REQUESTS)} sequential 1-account writes each followed by /healthz; pushes on ${String(CONNECTIONS)} connections`);
      console.log(`  idle:                      writes ${summary(idle.writes)}, /healthz ${summary(idle.health)}`);
      console.log(`  plain push (${String(Math.round(plain.pushRate))} accounts/s): writes ${summary(plain.writes)}, /healthz ${summary(plain.health)}`);
      console.log(`  heavy rules (${String(Math.round(heavy.pushRate))} accounts/s): writes ${summary(heavy.writes)}, /healthz ${summary(heavy.health)}`);
      for (const [what, loaded, base] of [
        ['writes', heavy.writes, idle.writes],
        ['/healthz', heavy.health, idle.health],
      ] as const) {
        const delta = percentile(loaded, 99) - percentile(base, 99);
        console.log(`  ${what}: p99 under heavy rules − idle p99 = ${String(round(delta, 1))} ms (target ≤ ${String(TARGET_MS)} ms: ${delta <= TARGET_MS ? 'met' : 'MISSED'})`);
      }
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
    rmSync(logDir, { recursive: true, force: true });
  }
}

for (const engine of args.engines.split(',') as Engine[]) {
  if (engine === 'postgres') {
    if ((await postgresReachable(args['postgres-url'])) === undefined) {
      console.log(`postgres skipped: ${args['postgres-url']} is not reachable`);
      continue;
    }
  }
  await measure(engine);
}
