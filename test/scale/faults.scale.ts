import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { scratchDir } from '../support/cli.js';
import { checkAgainstServers } from './support/checks.js';
import { assertUnavailableEnvelope, Cluster, type Exchange } from './support/client.js';
import { createScratchDatabase, requireAdminUrl, skipReason, type ScratchDatabase } from './support/database.js';
import { startPrivatePostgres, type PrivatePostgres } from './support/private-postgres.js';
import { openRoute, ROUTES, routeLabel, type Route, type Via } from './support/routes.js';
import { killAllServers, startServer, startServers, unexpectedErrors, type ServerProcess } from './support/servers.js';
import { newLedger, runWriter } from './support/workload.js';

const API_KEY = `ib_${'FaultTestKey'.padEnd(40, '0')}`;
const WRITERS = 6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `ready()` or the timeout; returns whether it got there. */
async function eventually(ready: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ready()) return true;
    await sleep(100);
  }
  return ready();
}

for (const via of ROUTES) {
  describe(`faults under load: three serve processes on one PostgreSQL database${routeLabel(via)}`, { skip: skipReason() }, () => faultsUnderLoad(via));
}

function faultsUnderLoad(via: Via): void {
  const databases: ScratchDatabase[] = [];
  const clusters: PrivatePostgres[] = [];
  const servers: ServerProcess[] = [];
  const routes: Route[] = [];
  const cwd = scratchDir();
  /** The serve processes' way to a server: directly or through a PgBouncer of the test's own. */
  const route = async (serverUrl: string) => {
    const opened = await openRoute(via, serverUrl);
    routes.push(opened);
    return opened;
  };

  after(async () => {
    killAllServers();
    for (const opened of routes) await opened.close().catch(() => undefined);
    for (const db of databases) await db.drop().catch(() => undefined);
    for (const pg of clusters) pg.remove();
    cwd.remove();
  });

  test('one server SIGKILLed mid-load: nothing acknowledged is lost, the others keep serving', { timeout: 180_000 }, async () => {
    const db = await createScratchDatabase(requireAdminUrl());
    databases.push(db);
    const env = await (await route(requireAdminUrl())).serveEnv(db, { INTENTBASE_ADMIN_API_KEY: API_KEY, DATABASE_POOL_SIZE: '4' });
    const started = await startServers(3, env, cwd.path);
    servers.push(...started);
    const cluster = new Cluster(started.map((s) => s.url), API_KEY);
    const ledger = newLedger();
    const exchanges: Exchange[] = [];
    const victim = 1;
    let stop = false;
    const writers = Promise.all(
      Array.from({ length: WRITERS }, (_, writer) =>
        runWriter(cluster, ledger, {
          writer,
          rounds: 10_000,
          deadline: Date.now() + 60_000,
          seed: 11,
          stop: () => stop,
          onExchange: (exchange) => {
            exchanges.push(exchange);
            // What a load balancer does once a backend stops answering: no more traffic to it.
            if (exchange.server === victim && exchange.status === 0) cluster.markDown(victim);
          },
        }),
      ),
    );
    await eventually(() => ledger.requests >= 30, 20_000);
    started[victim].child.kill('SIGKILL');
    const killedAt = Date.now();
    await started[victim].exited;
    await eventually(() => exchanges.filter((e) => e.at > killedAt + 500 && e.status === 200).length >= 60, 30_000);
    stop = true;
    await writers;

    const survivors = exchanges.filter((e) => e.server !== victim);
    const survivorFailures = survivors.filter((e) => e.status !== 200);
    assert.deepEqual(survivorFailures.slice(0, 3).map((e) => [e.server, e.status, e.failure, e.body]), [], 'the surviving servers answered every request with 200');
    const afterKill = survivors.filter((e) => e.at > killedAt + 500).length;
    assert.ok(afterKill >= 60, `the survivors kept serving after the kill (${afterKill} requests)`);
    const victimFailures = exchanges.filter((e) => e.server === victim && e.status !== 200);
    assert.ok(victimFailures.every((e) => e.status === 0), 'the killed server never answered an error: it answered 200 or not at all');

    // A replacement joins the pool; the state is checked through it and the survivors.
    const replacement = await startServer({ index: victim, env, cwd: cwd.path });
    servers.push(replacement);
    cluster.replace(victim, replacement.url);
    const { problems } = await checkAgainstServers(cluster, db, ledger, { complete: false });
    assert.deepEqual(problems, []);
    for (const server of [started[0], started[2], replacement]) {
      assert.ok(server.alive(), `server ${server.index} is running`);
      assert.deepEqual(unexpectedErrors(server), [], `server ${server.index} logged no unexpected error`);
    }
    console.log(`# SIGKILL: ${ledger.requests} acknowledged or refused writes, ${victimFailures.length} unanswered by the killed server, ${afterKill} served after the kill`);
  });

  test('a write stuck behind a held workspace lock ends at the statement timeout with a 503; reads keep flowing', { timeout: 60_000 }, async () => {
    const db = await createScratchDatabase(requireAdminUrl());
    databases.push(db);
    const env = await (await route(requireAdminUrl())).serveEnv(db, { INTENTBASE_ADMIN_API_KEY: API_KEY, DATABASE_POOL_SIZE: '4', DATABASE_STATEMENT_TIMEOUT_MS: '1500' });
    const [server] = await startServers(1, env, cwd.path);
    servers.push(server);
    const cluster = new Cluster([server.url], API_KEY);
    const push = (name: string) => cluster.request('POST', '/api/v1/accounts', { upsert: true, accounts: [{ domain: 'held.example.com', name }] });
    assert.equal((await push('before')).status, 200);

    // Another session (a stuck process, a long manual transaction) holds the workspace exclusively,
    // as every write of it locks it first, shared or exclusively (db/change-stamps.ts lockWorkspaceWrites).
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    // The database's own timeouts (set there when the processes go through PgBouncer) are not this holder's.
    await holder.query('set idle_in_transaction_session_timeout = 0');
    try {
      await holder.query('begin');
      await holder.query(`select pg_advisory_xact_lock(hashtext('intentbase workspace writes'), hashtext(id)) from workspaces`);
      const [write, read] = await Promise.all([push('during'), cluster.request('GET', '/api/v1/accounts?limit=10')]);
      assertUnavailableEnvelope(write);
      assert.ok(write.ms >= 1_400 && write.ms < 6_000, `the write waited for the statement timeout, no longer (${Math.round(write.ms)} ms)`);
      // A read that waited for the lock would have run out of time like the write.
      assert.equal(read.status, 200, `reads do not wait for the lock (${Math.round(read.ms)} ms)`);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await holder.end();
    }
    const after = await push('after');
    assert.equal(after.status, 200);
    assert.equal(after.body.data.results[0].status, 'updated');
    assert.deepEqual(unexpectedErrors(server), []);
    await server.stop('SIGTERM');
  });

  test('database restarted mid-load: clean 503s in the envelope during the outage, then service resumes without a restart', { timeout: 180_000 }, async () => {
    const pg = await startPrivatePostgres();
    clusters.push(pg);
    const db = await createScratchDatabase(pg.url(), 'ib_restart');
    databases.push(db);
    const env = await (await route(pg.url())).serveEnv(db, { INTENTBASE_ADMIN_API_KEY: API_KEY, DATABASE_POOL_SIZE: '4', DATABASE_STATEMENT_TIMEOUT_MS: '5000' });
    const started = await startServers(3, env, cwd.path);
    servers.push(...started);
    const pids = started.map((s) => s.pid);
    const cluster = new Cluster(started.map((s) => s.url), API_KEY);
    const ledger = newLedger();
    const exchanges: Exchange[] = [];
    let stop = false;
    const writers = Promise.all(
      Array.from({ length: WRITERS }, (_, writer) =>
        runWriter(cluster, ledger, { writer, rounds: 10_000, deadline: Date.now() + 90_000, seed: 23, stop: () => stop, onExchange: (e) => exchanges.push(e) }),
      ),
    );
    const readers = Promise.all(
      ['/api/v1/accounts?limit=50', '/api/v1/deals?limit=50'].map(async (path) => {
        for (let i = 0; i < 20_000 && !stop; i += 1) {
          const exchange = await cluster.request('GET', path);
          exchanges.push(exchange);
          await sleep(exchange.status === 200 ? 5 : 50);
        }
      }),
    );

    await eventually(() => ledger.requests >= 30, 20_000);
    const downAt = Date.now();
    await pg.stop('immediate'); // a crash: the server recovers from its WAL on the next start
    const stoppedAt = Date.now();
    await eventually(() => exchanges.filter((e) => e.at > stoppedAt && e.status === 503).length >= 20, 10_000);
    const health = await Promise.all(
      started.map((s) =>
        fetch(`${s.url}/healthz`, { signal: AbortSignal.timeout(10_000) }).then(
          (r) => r.status,
          (error: unknown) => `${error instanceof Error ? error.message : String(error)}; server output:\n${s.output().slice(-3000)}`,
        ),
      ),
    );
    await sleep(1_500);
    await pg.start();
    const upAt = Date.now();
    // Every server serves reads and writes again, on its own: the pool reconnects.
    const recovered = await eventually(
      () => [0, 1, 2].every((s) => exchanges.some((e) => e.server === s && e.at > upAt && e.status === 200 && e.method === 'POST')),
      30_000,
    );
    await sleep(1_000);
    stop = true;
    await Promise.all([writers, readers]);

    assert.deepEqual(health, [503, 503, 503], '/healthz reports the outage');
    assert.ok(recovered, 'every server answered writes again after the database came back');
    const unanswered = exchanges.filter((e) => e.status === 0);
    assert.deepEqual(unanswered.slice(0, 3).map((e) => [e.server, e.method, e.path, e.failure, Math.round(e.ms)]), [], 'every request was answered: no hang, no dropped connection');
    const other = exchanges.filter((e) => e.status !== 200 && e.status !== 503);
    assert.deepEqual(other.slice(0, 3).map((e) => [e.server, e.status, e.body]), [], 'every answer was a 200 or a 503');
    const unavailable = exchanges.filter((e) => e.status === 503);
    for (const exchange of unavailable) assertUnavailableEnvelope(exchange);
    const duringOutage = unavailable.filter((e) => e.at >= downAt && e.at <= upAt + 5_000).length;
    assert.ok(duringOutage >= 20, `requests during the outage got 503s (${duringOutage})`);
    const slowest = Math.max(...exchanges.map((e) => e.ms));
    assert.ok(slowest < 10_000, `no request took long (slowest ${Math.round(slowest)} ms)`);

    for (const [i, server] of started.entries()) {
      assert.ok(server.alive(), `server ${i} is still running (no crash, no restart)`);
      assert.equal(server.pid, pids[i]);
      assert.deepEqual(unexpectedErrors(server), [], `server ${i} logged no unexpected error`);
    }
    const { problems } = await checkAgainstServers(cluster, db, ledger, { complete: false });
    assert.deepEqual(problems, []);
    console.log(
      `# restart: ${exchanges.length} requests, ${unavailable.length} answered 503 (${duringOutage} during the outage), ` +
        `outage ${upAt - downAt} ms, slowest request ${Math.round(slowest)} ms`,
    );
  });
}
