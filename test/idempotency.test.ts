/**
 * Idempotent retries (docs/api.md#idempotent-retries), on both engines:
 * - every write route of both generations records its answer with its writes, and a retry with the
 *   same key is that answer byte for byte, marked `Idempotent-Replayed: true`, writing nothing;
 * - the same key with another request: 422; while the first still runs: 409; keys are per
 *   workspace, forgotten after 24 hours, taken over when a claim's lease ran out;
 * - a request that fails claims nothing: its retry runs;
 * - a server killed between the commit and the response: the retry gets the stored answer.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INVALID_KEY_MESSAGE, SECRET_ROUTE_MESSAGE, IDEMPOTENT_METHODS } from '../src/http/idempotency.js';
import { IN_PROGRESS_MESSAGE, recordCallResult, type IdempotentCall } from '../src/db/idempotent-calls.js';
import { CLAIM_LEASE_MS, IdempotencyService, KEY_RETENTION_MS, requestHash, reusedKeyMessage } from '../src/modules/idempotency/idempotency.service.js';
import { loadConfig } from '../src/config.js';
import { databaseUrl, startServe, useServeScratch } from './support/cli.js';
import { describeEachEngine } from './support/engines.js';
import { CONSOLE_PASSWORD, exerciseConsole, exerciseGeneration, type ApiCase } from './support/openapi-cases.js';
import { apiRoutes, routeLabel } from './support/route-contract.js';
import { injectJson, useTestApp, type Reply, type Tenant } from './support/test-app.js';

const BODY_LIMIT = loadConfig({}).bodyLimitBytes;

/** Write routes that answer without writing anything: nothing to record, so a retry runs again. */
const READ_ONLY_WRITES = ['POST /api/v1/segments/preview', 'POST /api/v1/crm/segments/preview'];

describeEachEngine('Idempotency-Key', (engine) => {
  const ctx = useTestApp(engine);

  const storedKey = (workspaceId: string, key: string) =>
    ctx().database.db.selectFrom('idempotency_keys').selectAll().where('workspace_id', '=', workspaceId).where('idempotency_key', '=', key).executeTakeFirst();

  test('every write route records its answer with its writes; a retry is that answer byte for byte', { timeout: 300_000 }, async () => {
    const { app } = ctx();
    const routes = apiRoutes(app);
    const secretRoutes = new Set(routes.filter((route) => route.answersSecret).map(routeLabel));
    const problems: string[] = [];
    const unrecorded = new Set<string>();
    const replayed = new Set<string>();
    let sequence = 0;

    const send = (tenant: Tenant | undefined, workspaceOf: () => string) => async (c: ApiCase): Promise<Reply> => {
      const label = `${c.method} ${c.route}`;
      const keyed = IDEMPOTENT_METHODS.has(c.method) && c.status === 200 && !secretRoutes.has(label) && !c.route.endsWith('/console/session');
      const key = `retry-${++sequence}`;
      const raw = typeof c.body === 'string';
      const request = {
        method: c.method,
        url: c.url,
        headers: {
          ...(tenant ? { 'x-api-key': tenant.apiKey } : {}),
          ...(c.body === undefined || raw ? {} : { 'content-type': 'application/json' }),
          ...(keyed ? { 'idempotency-key': key } : {}),
          ...c.headers,
        },
        ...(c.body === undefined ? {} : { payload: raw ? (c.body as string) : JSON.stringify(c.body) }),
      };
      const first = await injectJson(app, request);
      assert.equal(first.statusCode, c.status, `${label} answered ${first.statusCode}: ${first.raw.slice(0, 300)}`);
      if (!keyed) return first;
      const row = await storedKey(workspaceOf(), key);
      if (!row) {
        unrecorded.add(label);
        return first;
      }
      if (row.state !== 'done') problems.push(`${label}: the key is left ${row.state}`);
      else if (row.result !== JSON.stringify(first.body.data)) problems.push(`${label}: recorded ${row.result?.slice(0, 200)} but answered ${JSON.stringify(first.body.data).slice(0, 200)}`);
      const again = await injectJson(app, request);
      if (again.statusCode !== first.statusCode || again.raw !== first.raw) problems.push(`${label}: the retry answered ${again.statusCode} ${again.raw.slice(0, 200)}`);
      if (again.headers['idempotent-replayed'] !== 'true') problems.push(`${label}: the retry is not marked Idempotent-Replayed`);
      replayed.add(label);
      return first;
    };

    for (const base of ['/api/v1', '/api/v1/crm'] as const) {
      const tenant = await ctx().newTenant();
      await exerciseGeneration(base, send(tenant, () => tenant.workspaceId), BODY_LIMIT, (label) => routes.some((route) => routeLabel(route) === label));
    }
    const signingIn = await ctx().newTenant();
    await ctx().services.console.setPassword(signingIn.email, CONSOLE_PASSWORD, signingIn.workspaceId);
    await exerciseConsole(send(undefined, () => signingIn.workspaceId), { email: signingIn.email, password: CONSOLE_PASSWORD });

    assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
    assert.deepEqual([...unrecorded].sort(), [...READ_ONLY_WRITES].sort(), 'only the routes that write nothing record nothing');
    const writeRoutes = routes.filter((route) => IDEMPOTENT_METHODS.has(route.method) && route.access !== 'public' && !route.answersSecret).map(routeLabel);
    const missed = writeRoutes.filter((label) => !replayed.has(label) && !READ_ONLY_WRITES.includes(label));
    assert.deepEqual(missed, [], 'every write route was replayed');
  });

  test('a retry writes nothing: a replayed push of new accounts is not a second push', async () => {
    const tenant = await ctx().newTenant();
    const body = { accounts: [{ domain: 'once.example.com', name: 'Once' }] };
    const first = await tenant.request('POST', '/api/v1/accounts', body, { 'idempotency-key': 'push-1' });
    assert.equal(first.body.data.results[0].status, 'created');
    const listed = async () => (await tenant.request('GET', '/api/v1/accounts')).body.data;
    const before = await listed();
    const again = await tenant.request('POST', '/api/v1/accounts', body, { 'idempotency-key': 'push-1' });
    assert.equal(again.raw, first.raw);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.deepEqual(await listed(), before, 'nothing changed: not even the change clock moved');
    // Without the key the same push is a second request, answered as one.
    const unkeyed = await tenant.request('POST', '/api/v1/accounts', body);
    assert.equal(unkeyed.body.data.results[0].status, 'failed');
    assert.equal(unkeyed.headers['idempotent-replayed'], undefined);
  });

  test('the same key with another request answers 422; keys are per workspace', async () => {
    const tenant = await ctx().newTenant();
    const other = await ctx().newTenant();
    const push = (who: Tenant, domain: string) => who.request('POST', '/api/v1/accounts', { accounts: [{ domain, name: 'X' }] }, { 'idempotency-key': 'shared key' });
    assert.equal((await push(tenant, 'first.example.com')).statusCode, 200);
    const reused = await push(tenant, 'second.example.com');
    assert.equal(reused.statusCode, 422);
    assert.equal(reused.body.message, 'Unprocessable Entity');
    assert.equal(reused.body.customMessage, reusedKeyMessage('shared key'));
    // Another path with the same body is another request too.
    const elsewhere = await tenant.request('POST', '/api/v1/crm/accounts', { accounts: [{ domain: 'first.example.com', name: 'X', externalId: 'x-1' }] }, { 'idempotency-key': 'shared key' });
    assert.equal(elsewhere.statusCode, 422);
    const theirs = await push(other, 'second.example.com');
    assert.equal(theirs.statusCode, 200);
    assert.equal(theirs.body.data.results[0].status, 'created', 'another workspace’s key of the same name is its own');
  });

  test('while the first request runs, a retry answers 409; once its lease ran out, a retry takes the key over', async () => {
    const tenant = await ctx().newTenant();
    const now = Date.now();
    const { workspaceId } = tenant;
    const body = { accounts: [{ domain: 'busy.example.com', name: 'Busy' }] };
    // A claim as a request still running (in this process or another) holds it.
    await ctx().database.db
      .insertInto('idempotency_keys')
      .values({
        workspace_id: workspaceId,
        idempotency_key: 'busy',
        request_hash: requestHash('POST', '/api/v1/accounts', body),
        token: 'holder',
        state: 'running',
        claimed_at: now,
        lease_until: now + CLAIM_LEASE_MS,
        result: null,
      })
      .execute();
    const busy = await tenant.request('POST', '/api/v1/accounts', body, { 'idempotency-key': 'busy' });
    assert.equal(busy.statusCode, 409);
    assert.equal(busy.body.customMessage, IN_PROGRESS_MESSAGE);
    // The holder died: its lease runs out and the retry runs in its place.
    await ctx().database.db.updateTable('idempotency_keys').set({ lease_until: now - 1 }).where('workspace_id', '=', workspaceId).execute();
    const taken = await tenant.request('POST', '/api/v1/accounts', body, { 'idempotency-key': 'busy' });
    assert.equal(taken.statusCode, 200);
    assert.equal(taken.body.data.results[0].status, 'created');
    assert.equal((await storedKey(workspaceId, 'busy'))?.state, 'done');
  });

  test('a key is remembered 24 hours; after that it is a new request', async () => {
    const tenant = await ctx().newTenant();
    const body = { accounts: [{ domain: 'day.example.com', name: 'Day' }] };
    await tenant.request('POST', '/api/v1/accounts', body, { 'idempotency-key': 'daily' });
    const claimedAt = (await storedKey(tenant.workspaceId, 'daily'))!.claimed_at;
    await ctx().database.db.updateTable('idempotency_keys').set({ claimed_at: claimedAt - KEY_RETENTION_MS - 1 }).where('workspace_id', '=', tenant.workspaceId).execute();
    const later = await tenant.request('POST', '/api/v1/accounts', body, { 'idempotency-key': 'daily' });
    assert.equal(later.headers['idempotent-replayed'], undefined);
    assert.equal(later.body.data.results[0].status, 'failed', 'run again: the account exists');
    // Past its 24 hours a key is free for any request, not only the one it was first used with.
    await ctx().database.db.updateTable('idempotency_keys').set({ claimed_at: claimedAt - KEY_RETENTION_MS - 1 }).where('workspace_id', '=', tenant.workspaceId).execute();
    const other = await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'night.example.com', name: 'Night' }] }, { 'idempotency-key': 'daily' });
    assert.equal(other.statusCode, 200);
    assert.equal(other.body.data.results[0].status, 'created');
  });

  test('a key held by a running request answers 409 until it ends; past its lease another takes it, and only one of the two records', async () => {
    const { workspaceId } = await ctx().newTenant();
    const { db, dialect } = ctx().database;
    const service = new IdempotencyService(db, dialect);
    const now = Date.now();
    const claim = async (at: number) => {
      const outcome = await service.claim(workspaceId, 'held', 'hash', at);
      assert.equal(outcome.kind, 'claimed');
      return outcome.kind === 'claimed' ? outcome.call : assert.fail();
    };
    const inProgress = { statusCode: 409, customMessage: IN_PROGRESS_MESSAGE };
    const failed = await claim(now);
    await assert.rejects(service.claim(workspaceId, 'held', 'hash', now + 1), inProgress);
    await service.release(failed, false);
    const slow = await claim(now + 2);
    await assert.rejects(service.claim(workspaceId, 'held', 'hash', now + 3), inProgress);
    // The slow request runs past its lease: a retry takes the key over, and both go on to write.
    const retry = await claim(now + 2 + CLAIM_LEASE_MS + 1);
    const record = (call: IdempotentCall, answer: string) => db.transaction().execute((trx) => recordCallResult(trx, answer, call)).then(() => answer, () => 'refused');
    const outcomes = [await record(slow, 'slow'), await record(retry, 'retry')];
    assert.equal(outcomes.filter((outcome) => outcome === 'refused').length, 1, `one of the two records, the other is refused: ${outcomes.join(', ')}`);
    const stored = await storedKey(workspaceId, 'held');
    assert.equal(stored?.state, 'done');
    assert.equal(stored.result, JSON.stringify(outcomes.find((outcome) => outcome !== 'refused')));
    // Answered: a repeat is a replay of what was recorded.
    await service.release(retry, true);
    await service.release(slow, true);
    const repeat = await service.claim(workspaceId, 'held', 'hash', now + 2 + CLAIM_LEASE_MS + 2);
    assert.deepEqual(repeat, { kind: 'replay', result: stored.result, claimedAt: stored.claimed_at });
  });

  test('keys past their 24 hours are swept from the table, at most once a minute per workspace', async () => {
    const { workspaceId } = await ctx().newTenant();
    const service = new IdempotencyService(ctx().database.db, ctx().database.dialect);
    const start = Date.now();
    // Each claimed and answered, so its row is stored on either engine.
    const claimNew = async (key: string, at: number) => {
      const claim = await service.claim(workspaceId, key, 'hash', at);
      if (claim.kind !== 'claimed') assert.fail(`${key} was not claimed`);
      await ctx().database.db.transaction().execute((trx) => recordCallResult(trx, 'answer', claim.call));
      await service.release(claim.call, true);
    };
    await claimNew('old', start);
    await claimNew('a day later', start + KEY_RETENTION_MS + 1);
    assert.equal(await storedKey(workspaceId, 'old'), undefined, 'swept by the first claim past its day');
    await claimNew('next', start + KEY_RETENTION_MS + 2);
    await ctx().database.db.updateTable('idempotency_keys').set({ claimed_at: start }).where('workspace_id', '=', workspaceId).where('idempotency_key', '=', 'next').execute();
    await claimNew('within the minute', start + KEY_RETENTION_MS + 30_000);
    assert.notEqual(await storedKey(workspaceId, 'next'), undefined, 'no sweep within a minute of the last');
    await claimNew('after the minute', start + KEY_RETENTION_MS + 61_000);
    assert.equal(await storedKey(workspaceId, 'next'), undefined);
  });

  test('a request that fails keeps nothing: its retry runs', async () => {
    const tenant = await ctx().newTenant();
    const body = { segmentId: '0123456789abcdef01234567', accounts: [{ domain: 'later.example.com', name: 'Later' }] };
    const failed = await tenant.request('POST', '/api/v1/accounts', body, { 'idempotency-key': 'fails' });
    assert.equal(failed.statusCode, 400);
    assert.equal(await storedKey(tenant.workspaceId, 'fails'), undefined);
    const retried = await tenant.request('POST', '/api/v1/accounts', body, { 'idempotency-key': 'fails' });
    assert.equal(retried.statusCode, 400);
    assert.equal(retried.headers['idempotent-replayed'], undefined);
  });

  test('a malformed key, or a key on a route that answers a secret, is a 400', async () => {
    const tenant = await ctx().newTenant();
    for (const key of ['x'.repeat(256), 'tab\there', 'ünïcode']) {
      const reply = await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'k.example.com', name: 'K' }] }, { 'idempotency-key': key });
      assert.equal(reply.statusCode, 400, key);
      assert.equal(reply.body.customMessage, INVALID_KEY_MESSAGE);
    }
    const signingIn = await ctx().newTenant();
    await ctx().services.console.setPassword(signingIn.email, CONSOLE_PASSWORD, signingIn.workspaceId);
    const session = await ctx().inject({ method: 'POST', url: '/api/v1/console/session', payload: { email: signingIn.email, password: CONSOLE_PASSWORD } });
    const headers = { cookie: String(session.headers['set-cookie']).split(';')[0], 'x-csrf-token': session.body.data.csrfToken, 'idempotency-key': 'k1' };
    const regenerate = await ctx().inject({ method: 'POST', url: '/api/v1/console/api-key', headers });
    assert.equal(regenerate.statusCode, 400);
    assert.equal(regenerate.body.customMessage, SECRET_ROUTE_MESSAGE);
    // GET and DELETE ignore the header: they are idempotent by nature.
    assert.equal((await tenant.request('GET', '/api/v1/accounts', undefined, { 'idempotency-key': 'x'.repeat(300) })).statusCode, 200);
  });
});

describeEachEngine('Idempotency-Key across a crash', (engine) => {
  const scratch = useServeScratch(engine);

  test('the server dies between the commit and the response: the retry gets the stored answer, not a second write', { timeout: 120_000 }, async () => {
    const database = await scratch.database();
    const cwd = scratch.dir();
    const apiKey = `ib_${'IdempotentCrash'.padEnd(40, '0')}`;
    const env = { DATABASE_URL: databaseUrl(database.config), INTENTBASE_ADMIN_API_KEY: apiKey };
    const post = (url: string) =>
      fetch(`${url}/api/v1/accounts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': apiKey, 'idempotency-key': 'nightly-sync-batch-1' },
        body: JSON.stringify({ accounts: [{ domain: 'crash.example.com', name: 'Crash' }, { domain: 'safe.example.com', name: 'Safe' }] }),
      });

    const dying = await startServe({ env: { ...env, FAULT_KILL_BEFORE_IDEMPOTENT_RESPONSE: '1' }, cwd: cwd.path });
    await assert.rejects(post(dying.url), 'the response never came');
    assert.equal((await dying.stop(null)).signal, 'SIGKILL');

    const restarted = await startServe({ env, cwd: cwd.path });
    const retry = await post(restarted.url);
    const body = (await retry.json()) as { data: { results: Array<{ status: string }>; summary: { created: number } } };
    assert.equal(retry.status, 200);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(
      body.data.results.map((r) => r.status),
      ['created', 'created'],
      'the answer the first request would have had: a second write would say the accounts exist',
    );
    const listed = (await (await fetch(`${restarted.url}/api/v1/accounts`, { headers: { 'x-api-key': apiKey } })).json()) as { data: { data: unknown[] } };
    assert.equal(listed.data.data.length, 2);
    await restarted.stop();
  });
});
