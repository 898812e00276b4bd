/**
 * Issue 10, class 1: a body nested thousands of levels deep overflowed the stack where it was
 * posted to the SQLite writer thread, and the process exited. Every JSON body is now refused at
 * the HTTP edge, right after parsing, when it nests deeper than MAX_JSON_DEPTH (src/http/json-body.ts).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MAX_JSON_DEPTH } from '../src/http/limits.js';
import { tooDeeplyNestedMessage } from '../src/http/json-body.js';
import { newId } from '../src/lib/ids.js';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './support/engines.js';
import { databaseUrl, getJson, killAllChildren, printedKey, scratchDir, startServe, type ServeProcess } from './support/cli.js';
import { apiRoutes, assertErrorReply, fillPath, routeLabel, takesJsonBody } from './support/route-contract.js';
import { workspaceRowCounts } from './support/row-counts.js';
import { injectJson, useTestApp } from './support/test-app.js';

after(killAllChildren);

const TOO_DEEP = tooDeeplyNestedMessage(MAX_JSON_DEPTH);
/** A placeholder in a body object; `withJunk` puts raw JSON text where it is. */
const JUNK = '__junk__';

/** JSON text of arrays nested `levels` deep: `[[[…]]]`. */
const nestedArrays = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/** `body` as JSON text with the placeholder replaced by `junk`. */
const withJunk = (body: unknown, junk: string) => JSON.stringify(body).replace(JSON.stringify(JUNK), junk);

const WHEN = '2026-04-29T15:30:00Z';

/**
 * The batch routes of both generations, each with a valid body and the places junk goes: beside
 * the batch, inside an item, and inside a field nested in an item. `depth` is how many containers
 * enclose the placeholder, the body included.
 */
function batchBodies(crm: boolean): Array<{ path: string; label: string; body: unknown; depth: number }> {
  const account = { domain: 'x.example', name: 'x', ...(crm ? { externalId: 'x-1' } : {}) };
  const deal = { externalDealId: 'deal-1', name: 'Deal' };
  const activity = {
    externalActivityId: 'act-1',
    activityType: 'call',
    occurredAt: WHEN,
    domain: 'x.example',
    ownerEmail: 'rep@example.com',
    contacts: [{ email: 'pat@x.example' }],
  };
  const signal = { source: 'website', domain: 'x.example', type: 'page_view', occurredAt: WHEN };
  return [
    { path: 'accounts', label: 'beside the batch', body: { accounts: [account], junk: JUNK }, depth: 1 },
    { path: 'accounts', label: 'in an item', body: { accounts: [{ ...account, junk: JUNK }] }, depth: 3 },
    { path: 'accounts', label: 'in a custom-field value', body: { accounts: [{ ...account, customFields: { X_C: JUNK } }] }, depth: 4 },
    { path: 'deals', label: 'beside the batch', body: { deals: [deal], junk: JUNK }, depth: 1 },
    { path: 'deals', label: 'in an association', body: { deals: [{ ...deal, associatedAccounts: [{ domain: 'x.example', junk: JUNK }] }] }, depth: 5 },
    { path: 'sales-activities', label: 'beside the batch', body: { activities: [activity], junk: JUNK }, depth: 1 },
    { path: 'sales-activities', label: 'in a contact', body: { activities: [{ ...activity, contacts: [{ email: 'pat@x.example', junk: JUNK }] }] }, depth: 5 },
    { path: 'signals', label: 'in an item', body: { signals: [{ ...signal, junk: JUNK }] }, depth: 3 },
  ];
}

describeEachEngine('JSON nesting depth (issue 10, class 1)', (engine) => {
  const ctx = useTestApp(engine);

  for (const base of ['/api/v1', '/api/v1/crm']) {
    test(`${base}: every batch route refuses 5,000 levels with a 400, writes nothing, and keeps working`, async (t) => {
      const tenant = await ctx().newTenant();
      for (const { path, label, body } of batchBodies(base.endsWith('/crm'))) {
        await t.test(`POST ${base}/${path} junk ${label}`, async () => {
          const url = `${base}/${path}`;
          const before = await workspaceRowCounts(ctx().database.db, tenant.workspaceId);
          const reply = await tenant.request('POST', url, withJunk(body, nestedArrays(5000)));
          assertErrorReply(reply, url, 400, TOO_DEEP, url);
          assert.equal(reply.body.message, 'Bad Request');
          assert.deepEqual(await workspaceRowCounts(ctx().database.db, tenant.workspaceId), before);
          // The same body with harmless junk goes through: the route, and the process, are fine.
          const fine = await tenant.request('POST', url, withJunk(body, '1'));
          assert.equal(fine.statusCode, 200, fine.raw);
        });
      }
    });
  }

  test(`a body nesting exactly ${MAX_JSON_DEPTH} levels is read; one level more is refused`, async (t) => {
    const tenant = await ctx().newTenant();
    for (const { path, label, body, depth } of batchBodies(false)) {
      await t.test(`POST /api/v1/${path} junk ${label}`, async () => {
        const url = `/api/v1/${path}`;
        const atLimit = await tenant.request('POST', url, withJunk(body, nestedArrays(MAX_JSON_DEPTH - depth)));
        assert.equal(atLimit.statusCode, 200, atLimit.raw);
        const over = await tenant.request('POST', url, withJunk(body, nestedArrays(MAX_JSON_DEPTH - depth + 1)));
        assertErrorReply(over, url, 400, TOO_DEEP, url);
      });
    }
    // Objects count as arrays do.
    const objects = (levels: number): string => (levels === 0 ? '1' : `{"a":${objects(levels - 1)}}`);
    const url = '/api/v1/accounts';
    const body = { accounts: [{ domain: 'y.example', name: 'y' }], junk: JUNK };
    assert.equal((await tenant.request('POST', url, withJunk(body, objects(MAX_JSON_DEPTH - 1)))).statusCode, 200);
    assertErrorReply(await tenant.request('POST', url, withJunk(body, objects(MAX_JSON_DEPTH))), url, 400, TOO_DEEP);
  });

  test('every route taking a body refuses a deeply nested one before validation, auth aside', async (t) => {
    const tenant = await ctx().newTenant();
    for (const route of apiRoutes(ctx().app).filter(takesJsonBody)) {
      await t.test(routeLabel(route), async () => {
        const url = fillPath(route.url, newId());
        const before = await workspaceRowCounts(ctx().database.db, tenant.workspaceId);
        for (const payload of [`{"x":${nestedArrays(5000)}}`, nestedArrays(5000), `[${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}]`]) {
          const reply = await injectJson(ctx().app, {
            method: route.method,
            url,
            headers: { 'x-api-key': tenant.apiKey, 'content-type': 'application/json; charset=utf-8' },
            payload,
          });
          assertErrorReply(reply, url, 400, TOO_DEEP, routeLabel(route));
        }
        assert.deepEqual(await workspaceRowCounts(ctx().database.db, tenant.workspaceId), before);
      });
    }
  });

  test('the most deeply nested segment rules the rule limits allow are far within the depth limit', async () => {
    const tenant = await ctx().newTenant();
    // Five nested groups (segment-rules.ts allows five) around an `in` condition: 13 levels with the body.
    let rules: unknown = { field: 'tags', op: 'in', value: ['a', 'b'] };
    for (let level = 0; level < 5; level += 1) rules = level % 2 === 0 ? { all: [rules] } : { any: [rules] };
    const created = await tenant.request('POST', '/api/v1/segments', { name: 'Deep rules', type: 'dynamic', rules });
    assert.equal(created.statusCode, 200, created.raw);
    const patched = await tenant.request('PATCH', `/api/v1/segments/${created.body.data.segmentId}`, { rules });
    assert.equal(patched.statusCode, 200, patched.raw);
  });
});

describeEachEngine('intentbase serve survives deeply nested bodies (issue 10, class 1)', (engine) => {
  let testDb: TestDatabase;
  let cwd: ReturnType<typeof scratchDir>;
  let server: ServeProcess | undefined;
  before(async () => {
    testDb = await createTestDatabase(engine);
    cwd = scratchDir();
  });
  after(async () => {
    await server?.stop('SIGKILL').catch(() => {});
    await testDb?.drop();
    cwd?.remove();
  });

  test('each batch route of both generations answers 400 and the process keeps answering', async () => {
    server = await startServe({ env: { DATABASE_URL: databaseUrl(testDb.config) }, cwd: cwd.path });
    const key = printedKey(server.stdout());
    assert.ok(key, server.stdout());
    const post = async (path: string, payload: string) => {
      const response = await fetch(`${server!.url}${path}`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body: payload,
        signal: AbortSignal.timeout(10_000),
      });
      return { status: response.status, body: (await response.json()) as { customMessage?: string } };
    };
    for (const base of ['/api/v1', '/api/v1/crm']) {
      for (const { path, body } of batchBodies(base.endsWith('/crm'))) {
        const reply = await post(`${base}/${path}`, withJunk(body, nestedArrays(5000)));
        assert.deepEqual([reply.status, reply.body.customMessage], [400, TOO_DEEP], `${base}/${path}`);
      }
    }
    assert.equal(server.child.exitCode, null, `serve exited:\n${server.stderr()}`);
    assert.deepEqual(await getJson(`${server.url}/healthz`), { status: 200, body: { status: 'ok' } });
    const written = await post('/api/v1/accounts', JSON.stringify({ accounts: [{ domain: 'alive.example', name: 'Alive' }] }));
    assert.equal(written.status, 200);
    const list = await getJson(`${server.url}/api/v1/accounts`, { 'x-api-key': key });
    assert.deepEqual(
      list.body.data.data.map((a: { domain: string }) => a.domain),
      ['alive.example'],
    );
    assert.deepEqual(await server.stop('SIGTERM'), { code: 0, signal: null });
    server = undefined;
  });
});
