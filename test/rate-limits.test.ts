// Issue 13 §1: per-credential token buckets with RateLimit-* headers, 429 in the envelope, a
// per-address limit on requests that fail authentication, and one shared limit across every
// process of a PostgreSQL deployment.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { fullBucket, policyPerMinute, takeToken, type BucketState } from '../src/modules/rate-limits/token-bucket.js';
import { takeTokenInTable } from '../src/modules/rate-limits/rate-limits.repository.js';
import { databaseUrl, killAllChildren, printedKey, scratchDir, startServe } from './support/cli.js';
import { createTestDatabase, describeEachEngine } from './support/engines.js';
import { injectJson, useTestApp, type Reply } from './support/test-app.js';

after(killAllChildren);

test('a bucket lets a burst of a tenth of the minute through, then one request per refill interval', () => {
  const policy = policyPerMinute(600); // 60 at once, then 10 a second
  const state = fullBucket(policy, 0);
  const allowedAt = (now: number) => takeToken(state, policy, now).allowed;
  assert.equal(Array.from({ length: 60 }, () => allowedAt(0)).filter(Boolean).length, 60);
  assert.equal(allowedAt(0), false);
  assert.equal(allowedAt(99), false);
  assert.equal(allowedAt(100), true);
  assert.equal(allowedAt(100), false);
  // A clock that steps back (another process's) refills nothing and takes nothing twice.
  assert.equal(allowedAt(50), false);
  assert.equal(allowedAt(10_000), true);
  assert.ok(state.tokens <= policy.capacity - 1);
});

describeEachEngine('rate limits', (engine) => {
  const ctx = useTestApp(engine);
  let now = Date.parse('2026-12-05T12:00:00.000Z');
  const apps: FastifyInstance[] = [];

  after(async () => {
    for (const app of apps) await app.close();
  });

  /** An app over the suite's database with the limits given and a clock the test moves. */
  async function appWith(env: Record<string, string>): Promise<FastifyInstance> {
    // The database config only names the engine here: the app runs on the suite's runtime.
    const databaseUrl = engine === 'postgres' ? process.env.TEST_DATABASE_URL : 'sqlite:./unused.db';
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, ...env });
    const app = await buildApp(config, { runtime: ctx().app.runtime, logger: false, clock: () => now });
    apps.push(app);
    return app;
  }

  const get = (app: FastifyInstance, key: string, address = '127.0.0.1'): Promise<Reply> =>
    injectJson(app, { method: 'GET', url: '/api/v1/segments', headers: { 'x-api-key': key }, remoteAddress: address });

  test('every answer says the burst, what is left and when it is full; past it, 429 in the envelope with Retry-After', async () => {
    const app = await appWith({ RATE_LIMIT_PER_MINUTE: '60' }); // bursts of 6, one a second
    const tenant = await ctx().newTenant();
    for (let left = 5; left >= 0; left -= 1) {
      const reply = await get(app, tenant.apiKey);
      assert.equal(reply.statusCode, 200, reply.raw);
      assert.equal(reply.headers['ratelimit-limit'], '6');
      assert.equal(reply.headers['ratelimit-remaining'], String(left));
      assert.equal(reply.headers['ratelimit-reset'], String(6 - left));
      assert.equal(reply.headers['ratelimit-policy'], '6;w=6');
    }
    const refused = await get(app, tenant.apiKey);
    assert.equal(refused.statusCode, 429);
    assert.deepEqual(
      { message: refused.body.message, customMessage: refused.body.customMessage, data: refused.body.data, path: refused.body.path },
      { message: 'Too Many Requests', customMessage: 'Rate limit exceeded: retry in 1 seconds', data: null, path: '/api/v1/segments' },
    );
    assert.equal(refused.headers['retry-after'], '1');
    assert.equal(refused.headers['ratelimit-remaining'], '0');
    // Writes are refused before anything is read or written.
    const write = await injectJson(app, {
      method: 'POST',
      url: '/api/v1/accounts',
      headers: { 'x-api-key': tenant.apiKey, 'content-type': 'application/json' },
      payload: JSON.stringify({ accounts: [{ domain: 'refused.example.com', name: 'Refused' }] }),
    });
    assert.equal(write.statusCode, 429);
    assert.deepEqual((await tenant.request('GET', '/api/v1/accounts')).body.data.data, []);

    now += 1000;
    assert.equal((await get(app, tenant.apiKey)).statusCode, 200);
    assert.equal((await get(app, tenant.apiKey)).statusCode, 429);
    // Another key (another workspace) has a bucket of its own.
    assert.equal((await get(app, (await ctx().newTenant()).apiKey)).statusCode, 200);
    now += 60_000;
  });

  test('requests that fail authentication are limited per address, and a refused address is not even checked', async () => {
    const app = await appWith({ RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: '60' });
    const tenant = await ctx().newTenant();
    const guess = 'ib_' + 'x'.repeat(40);
    for (let i = 0; i < 6; i += 1) {
      const reply = await get(app, guess, '203.0.113.7');
      assert.equal(reply.statusCode, 401);
      assert.equal(reply.headers['ratelimit-remaining'], String(5 - i));
    }
    const refused = await get(app, guess, '203.0.113.7');
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.body.customMessage, 'Rate limit exceeded: retry in 1 seconds');
    // Even the right key: answering it would tell a guesser it was right.
    assert.equal((await get(app, tenant.apiKey, '203.0.113.7')).statusCode, 429);
    // Other addresses, and the valid key once the address has a token again, are answered.
    assert.equal((await get(app, tenant.apiKey, '198.51.100.1')).statusCode, 200);
    now += 1000;
    assert.equal((await get(app, tenant.apiKey, '203.0.113.7')).statusCode, 200);
    // With no key at all, too.
    const missing = await injectJson(app, { method: 'GET', url: '/api/v1/segments', remoteAddress: '203.0.113.8' });
    assert.equal(missing.statusCode, 401);
    assert.equal(missing.headers['ratelimit-limit'], '6');
    now += 60_000;
  });

  test('RATE_LIMIT_PER_MINUTE=0 switches the limit and its headers off', async () => {
    const app = await appWith({ RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: '0' });
    const tenant = await ctx().newTenant();
    for (let i = 0; i < 20; i += 1) {
      const reply = await get(app, tenant.apiKey);
      assert.equal(reply.statusCode, 200);
      assert.equal(reply.headers['ratelimit-limit'], undefined);
    }
  });

  if (engine === 'postgres') {
    test('the table takes tokens exactly as the bucket does, for any sequence of takes', async () => {
      const { db } = ctx().database;
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 1200 }), fc.array(fc.integer({ min: -50, max: 400 }), { maxLength: 40 }), async (perMinute, steps) => {
          run += 1;
          const policy = policyPerMinute(perMinute);
          const bucket = `test:${run}:${Math.random()}`;
          let at = 1_000_000;
          let state: BucketState | undefined; // as the service: a bucket starts full at its first take
          for (const step of steps) {
            at += step;
            state ??= fullBucket(policy, at);
            const expected = takeToken(state, policy, at);
            const actual = await takeTokenInTable(db, bucket, policy, at);
            assert.equal(actual.allowed, expected.allowed);
            assert.ok(Math.abs(actual.tokens - expected.tokens) < 1e-6, `${actual.tokens} vs ${expected.tokens}`);
          }
        }),
        { numRuns: 60 },
      );
    });

    test('three processes sharing the database hold one limit together (within 10%)', async () => {
      const database = await createTestDatabase('postgres');
      const cwd = scratchDir();
      const env = { DATABASE_URL: databaseUrl(database.config), RATE_LIMIT_PER_MINUTE: '120' }; // bursts of 12, then 2 a second: slow enough for any machine to outrun
      const first = await startServe({ env, cwd: cwd.path });
      const servers = [first, ...(await Promise.all([startServe({ env, cwd: cwd.path }), startServe({ env, cwd: cwd.path })]))];
      try {
        const key = printedKey(first.stdout());
        assert.ok(key, first.stdout());
        const started = Date.now();
        const until = started + 6000;
        const counts = await Promise.all(servers.map((server) => hammer(`${server.url}/api/v1/segments`, key, until)));
        const elapsedSeconds = (Date.now() - started) / 1000;
        const allowed = counts.reduce((sum, count) => sum + count.allowed, 0);
        const refused = counts.reduce((sum, count) => sum + count.refused, 0);
        const expected = 12 + 2 * elapsedSeconds;
        assert.ok(refused > allowed, `the clients must outrun the limit: ${allowed} allowed, ${refused} refused`);
        assert.ok(Math.abs(allowed - expected) <= 0.1 * expected, `${allowed} allowed in ${elapsedSeconds.toFixed(2)} s across three processes; the limit allows ${expected.toFixed(0)}`);
      } finally {
        for (const server of servers) await server.stop('SIGKILL').catch(() => undefined);
        await database.drop();
        cwd.remove();
      }
    });
  }
});

/** Requests `url` back to back (four at a time) until `until`; counts the 200s and the 429s. */
async function hammer(url: string, key: string, until: number): Promise<{ allowed: number; refused: number }> {
  const counts = { allowed: 0, refused: 0 };
  const worker = async () => {
    while (Date.now() < until) {
      const response = await fetch(url, { headers: { 'x-api-key': key } });
      await response.arrayBuffer();
      if (response.status === 200) counts.allowed += 1;
      else if (response.status === 429) counts.refused += 1;
      else throw new Error(`unexpected ${response.status}`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return counts;
}
