import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { scratchDir } from '../support/cli.js';
import { checkAgainstServers } from './support/checks.js';
import { Cluster, fullList, sameRecords, SyncingClient } from './support/client.js';
import { createScratchDatabase, requireAdminUrl, skipReason, type ScratchDatabase } from './support/database.js';
import { openRoute, ROUTES, routeLabel, type Route, type Via } from './support/routes.js';
import { killAllServers, startServers, unexpectedErrors, type ServerProcess } from './support/servers.js';
import { domainOf, newLedger, POOLS, recordAccounts, runWriter } from './support/workload.js';

const API_KEY = `ib_${'ScaleTestKey'.padEnd(40, '0')}`;
const SERVERS = 3;
const WRITERS = 6;
const ROUNDS = 15;
const LOAD_DEADLINE_MS = 60_000;
const SEED = 7;
/** Scheduled scoring every 3 seconds (croner's seconds field), so a test sees many ticks. */
const TICK_MS = 3_000;
const SCORING_CRON = '*/3 * * * * *';

for (const via of ROUTES) {
  describe(`three serve processes on one PostgreSQL database${routeLabel(via)}`, { skip: skipReason() }, () => threeProcesses(via));
}

function threeProcesses(via: Via): void {
  let db: ScratchDatabase | undefined;
  let route: Route | undefined;
  let servers: ServerProcess[] = [];
  const cwd = scratchDir();

  before(async () => {
    db = await createScratchDatabase(requireAdminUrl());
    route = await openRoute(via, requireAdminUrl());
    const env = await route.serveEnv(db, { INTENTBASE_ADMIN_API_KEY: API_KEY, DATABASE_POOL_SIZE: '4', SCORING_CRON });
    // All three start at once on the empty database: they migrate and bootstrap concurrently.
    servers = await startServers(SERVERS, env, cwd.path);
  });

  after(async () => {
    await Promise.all(servers.map((s) => s.stop('SIGTERM').catch(() => undefined)));
    killAllServers();
    await route?.close();
    await db?.drop();
    cwd.remove();
  });

  test('concurrent start: one workspace, one schema', async () => {
    const rows = await db!.query<{ n: number }>('select count(*)::int as n from workspaces');
    assert.equal(rows[0].n, 1, 'exactly one bootstrap workspace');
    const migrations = await db!.query<{ name: string; n: number }>('select name, count(*)::int as n from kysely_migration group by name having count(*) > 1');
    assert.deepEqual(migrations, []);
  });

  test('overlapping pushes and delta sync through all three: one record per key, nothing acknowledged lost, every client exact', { timeout: 240_000 }, async () => {
    const cluster = new Cluster(servers.map((s) => s.url), API_KEY);
    const ledger = newLedger();

    // The accounts activities point at exist before the load, so every activity lands in a timeline.
    const setup = { upsert: true, accounts: Array.from({ length: POOLS.activityDomains }, (_, i) => ({ domain: domainOf(i), name: `Company ${i} setup` })) };
    recordAccounts(ledger, await cluster.request('POST', '/api/v1/accounts', setup), setup);

    const syncers = [
      new SyncingClient(cluster, '/api/v1/accounts', (a) => a.rtp_aid, 37),
      new SyncingClient(cluster, '/api/v1/accounts', (a) => a.rtp_aid, 100),
      new SyncingClient(cluster, '/api/v1/deals', (d) => d.rtp_dealId, 23),
    ];
    const deadline = Date.now() + LOAD_DEADLINE_MS;
    let writing = true;
    const writers = Promise.all(Array.from({ length: WRITERS }, (_, writer) => runWriter(cluster, ledger, { writer, rounds: ROUNDS, deadline, seed: SEED })));
    const syncing = Promise.all(
      syncers.map(async (client) => {
        // Pages keep coming while the writers write: each pass races the commits.
        for (let page = 0; page < 5_000 && writing && Date.now() < deadline + 5_000; page += 1) {
          await client.fetchPage();
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      }),
    );
    await writers.finally(() => (writing = false));
    await syncing;

    assert.deepEqual([...ledger.statuses.keys()], [200], `every write answered 200: ${JSON.stringify([...ledger.statuses])}`);
    assert.ok(ledger.requests >= WRITERS * ROUNDS * 3 * 0.5, `the load ran (${ledger.requests} write requests)`);
    assert.ok(syncers.every((s) => s.passes >= 2), `every syncing client completed passes during the load: ${syncers.map((s) => s.passes)}`);

    const { problems, accounts, deals } = await checkAgainstServers(cluster, db!, ledger, { complete: true });
    assert.deepEqual(problems, []);
    assert.ok(accounts.size > POOLS.domains * 0.9, `most of the pool was written (${accounts.size} accounts)`);
    assert.ok(deals.size > POOLS.deals * 0.9, `most deals were written (${deals.size})`);

    // Each syncing client finishes its pass and runs one more: it then holds the server's exact state.
    const exact = async () => {
      for (const client of syncers) await client.drain();
      const accountState = await fullList(cluster, '/api/v1/accounts', (a) => a.rtp_aid);
      const dealState = await fullList(cluster, '/api/v1/deals', (d) => d.rtp_dealId);
      return syncers.map((client, i) => ({ client: i, copy: client.copy, state: i < 2 ? accountState : dealState }));
    };
    let comparisons = await exact();
    // A scheduled scoring run may change accounts (journey stages) between the drain and the read
    // of the state; another drain then catches up. A sync gap would not: the missed record never
    // comes back, however often the client drains.
    for (let retry = 0; retry < 3 && comparisons.some((c) => !sameRecords(c.copy, c.state)); retry += 1) comparisons = await exact();
    for (const { client, copy, state } of comparisons) {
      assert.equal(copy.size, state.size, `client ${client} holds ${copy.size} records, the server ${state.size}`);
      assert.deepEqual(copy, state, `client ${client} differs from the server`);
    }

    for (const server of servers) {
      assert.ok(server.alive(), `server ${server.index} is still running`);
      assert.deepEqual(unexpectedErrors(server, { anyError: true }), [], `server ${server.index} logged no error`);
    }
    const perServer = syncers.reduce((n, s) => n + s.pages, 0);
    console.log(`# ${ledger.requests} write requests, ${perServer} sync pages, ${accounts.size} accounts, ${deals.size} deals, ${ledger.activities.size} activity ids`);
  });

  test('scheduled scoring ran exactly once per tick across the three processes', { timeout: 90_000 }, async () => {
    const cluster = new Cluster(servers.map((s) => s.url), API_KEY);
    const scheduled = async () => {
      const page = await cluster.ok('GET', '/api/v1/scoring/runs?limit=1000');
      return (page.data as Array<{ runId: string; trigger: string; status: string; startedAt: string; finishedAt: string | null; error: string | null }>)
        .filter((run) => run.trigger === 'schedule')
        .reverse();
    };
    // Quiet now (the load test is over): every tick from here on must get its run.
    const quietFrom = Math.ceil(Date.now() / TICK_MS) + 1;
    const settled = async () => (await scheduled()).filter((run) => run.finishedAt && Math.floor(Date.parse(run.startedAt) / TICK_MS) >= quietFrom + 4).length > 0;
    const deadline = Date.now() + 45_000;
    while (!(await settled()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
    const runs = await scheduled();
    assert.ok(runs.length >= 5, `scheduled runs happened (${runs.length})`);

    // Each tick is the slot its run started in (the three timers fire within milliseconds of it).
    const slots = runs.map((run) => Math.floor(Date.parse(run.startedAt) / TICK_MS));
    const perSlot = new Map<number, number>();
    for (const slot of slots) perSlot.set(slot, (perSlot.get(slot) ?? 0) + 1);
    assert.deepEqual([...perSlot].filter(([, n]) => n > 1), [], 'no tick ran twice');
    for (let i = 1; i < runs.length; i += 1) {
      assert.ok(runs[i - 1].finishedAt && Date.parse(runs[i].startedAt) >= Date.parse(runs[i - 1].finishedAt!), `runs ${i - 1} and ${i} overlapped`);
    }
    const quiet = [...perSlot.keys()].filter((slot) => slot >= quietFrom).sort((a, b) => a - b);
    const last = quiet.at(-1)!;
    const missing = Array.from({ length: last - quietFrom + 1 }, (_, i) => quietFrom + i).filter((slot) => !perSlot.has(slot));
    assert.deepEqual(missing, [], `every tick of the quiet window ran (${quiet.length} ticks)`);
    assert.deepEqual(
      runs.filter((run) => run.status !== 'succeeded' && run.finishedAt).map((run) => `${run.status}: ${run.error}`).slice(0, 3),
      [],
      'every finished run succeeded',
    );
    const lease = await db!.query<{ n: number }>('select count(*)::int as n from scoring_leases');
    assert.equal(lease[0].n, 1, 'one lease row for the one workspace');
    for (const server of servers) assert.deepEqual(unexpectedErrors(server, { anyError: true }), [], `server ${server.index} logged no error`);
    console.log(`# scoring: ${runs.length} scheduled runs, ${quiet.length} consecutive quiet ticks each run once`);
  });
}
