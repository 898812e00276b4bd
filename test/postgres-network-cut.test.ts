import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDatabase, migrateToLatest, type DatabaseHandle } from '../src/db/index.js';
import { postgresDialect } from '../src/db/dialects/postgres.js';
import { BlackholeProxy } from './support/blackhole-proxy.js';
import { createTestDatabase, describePostgres, type TestDatabase } from './support/engines.js';
import { injectJson, type Reply } from './support/test-app.js';

/**
 * Issue 10, class 6: a database that goes silent — packets dropped, no reset, no close — must not
 * hang requests or /healthz. The app talks to PostgreSQL through a proxy that can black-hole the
 * path; the timeouts are set low so the suite stays quick. No assertion is on time: a hang is what
 * the test's own timeout catches.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(ready: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ready()) return true;
    await sleep(50);
  }
  return ready();
}

function assertUnavailable(reply: Reply, path: string): void {
  const context = `${path}: ${reply.statusCode} ${reply.raw}`;
  assert.equal(reply.statusCode, 503, context);
  assert.deepEqual(Object.keys(reply.body).sort(), ['customMessage', 'data', 'message', 'path', 'statusCode', 'timestamp'], context);
  assert.equal(reply.body.statusCode, 503, context);
  assert.equal(reply.body.message, 'Service Unavailable', context);
  assert.equal(reply.body.customMessage, 'The database is unavailable; retry shortly', context);
  assert.equal(reply.body.data, null, context);
  assert.ok(reply.headers['x-request-id'], `no X-Request-Id: ${context}`);
}

describePostgres('a silent network cut between the server and PostgreSQL', () => {
  let testDb: TestDatabase;
  let proxy: BlackholeProxy;
  let app: FastifyInstance;
  /** A pool of the test's own through the proxy, for a transaction cut off mid-way. */
  let database: DatabaseHandle;
  let apiKey: string;
  /** A connection straight to the database, past the proxy, for the test's own checks. */
  let direct: pg.Client;

  before(async () => {
    testDb = await createTestDatabase('postgres');
    if (testDb.config.engine !== 'postgres') throw new Error('a PostgreSQL database was expected');
    const setup = createDatabase(testDb.config);
    await migrateToLatest(setup.db);
    await setup.close();
    direct = new pg.Client({ connectionString: testDb.config.url });
    await direct.connect();
    await direct.query('create table cut_markers (id text primary key)');

    const target = new URL(testDb.config.url);
    proxy = await BlackholeProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(testDb.config.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const config = loadConfig({
      DATABASE_URL: viaProxy.toString(),
      LOG_LEVEL: 'silent',
      DATABASE_POOL_SIZE: '4',
      // Off, so PostgreSQL's idle-in-transaction timeout cannot tidy up after the client: a
      // transaction left open on a pooled connection would show.
      DATABASE_STATEMENT_TIMEOUT_MS: '0',
      DATABASE_QUERY_TIMEOUT_MS: '2000',
      DATABASE_CONNECT_TIMEOUT_MS: '1500',
      HEALTHZ_TIMEOUT_MS: '1000',
    });
    app = await buildApp(config, { logger: false });
    database = createDatabase(config.database);
    await app.ready();
    const workspace = await app.runtime.services.workspaces.createWorkspace('Cut');
    await app.runtime.services.workspaces.addUser(workspace.id, 'cut@example.com', 'admin');
    apiKey = (await app.runtime.services.workspaces.createKey('cut@example.com', workspace.id)).apiKey;
  });

  after(async () => {
    await app?.close();
    await database?.close();
    await proxy?.close();
    await direct?.end();
    await testDb?.drop();
  });

  const push = (domain: string) =>
    injectJson(app, {
      method: 'POST',
      url: '/api/v1/accounts',
      headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
      payload: JSON.stringify({ upsert: true, accounts: [{ domain, name: domain }] }),
    });
  const list = () => injectJson(app, { method: 'GET', url: '/api/v1/accounts?limit=100', headers: { 'x-api-key': apiKey } });
  const health = () => injectJson(app, { method: 'GET', url: '/healthz' });
  const storedDomains = async () => (await direct.query<{ domain: string }>('select domain from accounts order by domain')).rows.map((row) => row.domain);
  const openTransactions = async () =>
    Number(
      (
        await direct.query<{ n: string }>(
          "select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state like 'idle in transaction%'",
        )
      ).rows[0].n,
    );

  test('requests and /healthz answer 503 while the database is black-holed, and recover when it is back', { timeout: 60_000 }, async () => {
    // Several connections in the pool before the cut, so the requests during it meet both kinds:
    // pooled connections whose queries go unanswered, and new ones that never finish connecting.
    const before = ['a.example.com', 'b.example.com', 'c.example.com', 'd.example.com'];
    const acknowledged = await Promise.all(before.map((domain) => push(domain)));
    for (const reply of acknowledged) assert.equal(reply.statusCode, 200, reply.raw);
    assert.equal((await health()).statusCode, 200);

    proxy.blackhole();
    for (let round = 0; round < 2; round += 1) {
      const [pushed, listed, healthz] = await Promise.all([push('cut.example.com'), list(), health()]);
      assertUnavailable(pushed, 'POST /api/v1/accounts');
      assertUnavailable(listed, 'GET /api/v1/accounts');
      assert.equal(healthz.statusCode, 503, healthz.raw);
      assert.deepEqual(healthz.body, { status: 'unavailable' });
    }
    // Every connection that waited on the silent database was dropped, not kept for the next request.
    assert.ok(await eventually(() => proxy.stuckConnections() === 0), `${proxy.stuckConnections()} connections still open`);

    proxy.restore();
    const afterCut = await push('after.example.com');
    assert.equal(afterCut.statusCode, 200, afterCut.raw);
    const page = await list();
    assert.equal(page.statusCode, 200, page.raw);
    assert.deepEqual(page.body.data.data.map((account: { domain: string }) => account.domain).sort(), [...before, 'after.example.com'].sort());
    const healthz = await health();
    assert.equal(healthz.statusCode, 200, healthz.raw);
    assert.deepEqual(healthz.body, { status: 'ok' });
    // What was acknowledged before the cut is there; what got a 503 during it was never committed.
    assert.deepEqual(await storedDomains(), [...before, 'after.example.com'].sort());
  });

  test('a transaction cut off mid-way is abandoned with its connection: nothing of it is ever committed', { timeout: 60_000 }, async () => {
    const { db } = database;
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await sql`insert into cut_markers (id) values ('half-done')`.execute(trx);
        proxy.blackhole();
        await sql`select 1`.execute(trx);
      }),
      (error: unknown) => postgresDialect.isUnavailable(error),
    );
    assert.ok(await eventually(() => proxy.stuckConnections() === 0), 'the connection of the cut transaction was dropped');

    proxy.restore();
    // Transactions on every pooled connection: one left inside the cut transaction would commit
    // its insert along with theirs.
    await Promise.all(
      Array.from({ length: 4 }, (_, i) => db.transaction().execute((trx) => sql`insert into cut_markers (id) values (${`after-${i}`})`.execute(trx))),
    );
    assert.ok(await eventually(async () => (await openTransactions()) === 0), 'no session is left inside a transaction');
    const markers = (await direct.query<{ id: string }>('select id from cut_markers order by id')).rows.map((row) => row.id);
    assert.deepEqual(markers, ['after-0', 'after-1', 'after-2', 'after-3']);
  });
});
