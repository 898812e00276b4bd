// Issue 15 §2: @intentbase/client against a real server (real HTTP, both engines): pushes split and
// merged, a retried push replayed rather than repeated, errors, the CRM generation, the delta-sync
// property of src/modules/accounts/delta-sync.test.ts driven through `accounts.sync`, and a 429 storm.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { createClient, IntentbaseError, type Account, type IntentbaseClient, type SyncReplica } from '@intentbase/client';
import { describeEachEngine } from '../support/engines.js';
import { useTestApp } from '../support/test-app.js';
import { listen, listeningAppWith, recordingFetch, urlOf } from './support.js';
import { writeOp, type WriteOp } from '../support/sync-writes.js';


/** Each step: maybe a write, and some sync passes, run one after the other or alongside each other. */
const steps = fc.array(
  fc.record({ write: fc.option(writeOp, { nil: undefined }), passes: fc.integer({ min: 0, max: 2 }), concurrent: fc.boolean() }),
  { minLength: 1, maxLength: 15 },
);

/** A write through the client, as an integration makes it. */
async function applyWrite(client: IntentbaseClient, segmentId: string, op: WriteOp): Promise<void> {
  if (op.kind === 'push') {
    const accounts = op.items.map((i) => ({ domain: i.domain, name: i.name, ...(i.value === undefined ? {} : { customFields: { SCORE_C: i.value } }) }));
    await client.accounts.push(accounts, { upsert: op.upsert });
    return;
  }
  const [found] = await client.accounts.list({ domains: [op.domain] }).toArray();
  if (!found) return;
  try {
    if (op.kind === 'delete' && op.batch) await client.post('/api/v1/accounts/delete', { body: { domains: [op.domain] } });
    else if (op.kind === 'delete') await client.delete('/api/v1/accounts/{rtp_aid}', { path: { rtp_aid: found.rtp_aid } });
    else if (op.kind === 'putField') await client.put('/api/v1/accounts/{rtp_aid}', { path: { rtp_aid: found.rtp_aid }, body: { customFields: { SCORE_C: op.value } } });
    else if (op.add) await client.post('/api/v1/segments/{segmentId}/accounts', { path: { segmentId }, body: { accounts: [{ rtp_aid: found.rtp_aid }] } });
    else await client.delete('/api/v1/segments/{segmentId}/accounts', { path: { segmentId }, body: { accounts: [{ rtp_aid: found.rtp_aid }] } });
  } catch (error) {
    // A concurrent delete may have taken the account first.
    if (!(error instanceof IntentbaseError && error.statusCode === 404)) throw error;
  }
}

async function serverState(client: IntentbaseClient): Promise<Record<string, Account>> {
  const accounts = await client.accounts.list({ limit: 1000 }).toArray();
  return Object.fromEntries(accounts.map((account) => [account.rtp_aid, account]));
}

describeEachEngine('@intentbase/client against a real server', (engine) => {
  const ctx = useTestApp(engine);
  let url: string;
  const apps: FastifyInstance[] = [];

  before(async () => {
    url = await listen(ctx().app);
  });
  after(async () => {
    for (const app of apps) await app.close();
  });

  async function newClient(options: { fetch?: typeof fetch } = {}): Promise<IntentbaseClient> {
    const tenant = await ctx().newTenant();
    return createClient({ baseUrl: url, apiKey: tenant.apiKey, ...options });
  }

  test('a push of any size is split by route, answered per item in input order, summaries added up', async () => {
    const recorded = recordingFetch();
    const client = await newClient({ fetch: recorded.fetch });
    const accounts = Array.from({ length: 250 }, (_, i) => ({ domain: i === 120 ? 'not a domain' : `Company-${i}.example.com`, name: `Company ${i}` }));
    const created = await client.accounts.push(accounts, { concurrency: 2 });
    assert.deepEqual(created.summary, { total: 250, created: 249, updated: 0, failed: 1 });
    assert.deepEqual(created.results.map((result) => result.domain), accounts.map((account) => (account.domain === 'not a domain' ? 'not a domain' : account.domain.toLowerCase())));
    assert.equal(created.results[120].error, "Invalid domain 'not a domain'");

    const upserted = await client.accounts.push(accounts.slice(0, 150).map((account) => ({ ...account, name: 'Renamed' })), { upsert: true });
    assert.deepEqual(upserted.summary, { total: 150, created: 0, updated: 149, failed: 1 });
    assert.equal((await client.accounts.list({ limit: 1000 }).toArray()).filter((account) => account.name === 'Renamed').length, 149);

    const deals = await client.deals.push(
      Array.from({ length: 150 }, (_, i) => ({ externalDealId: `deal-${i}`, name: `Deal ${i}`, amount: i, associatedAccounts: [{ domain: `company-${i}.example.com` }] })),
    );
    assert.deepEqual(deals.summary, { total: 150, created: 150, updated: 0, failed: 0 });
    assert.deepEqual(deals.results.map((result) => result.externalDealId), Array.from({ length: 150 }, (_, i) => `deal-${i}`));
    const activities = await client.activities.push(
      Array.from({ length: 120 }, (_, i) => ({
        externalActivityId: `act-${i}`,
        activityType: i % 2 === 0 ? 'call' : 'meeting',
        occurredAt: '2026-12-01T10:00:00Z',
        domain: 'company-1.example.com',
        ownerEmail: 'rep@example.com',
        contacts: [{ email: `contact-${i}@example.com` }],
      })),
    );
    assert.deepEqual(activities.summary, { total: 120, created: 60, failed: 0, skipped: 60 });
    assert.deepEqual(activities.results.map((result) => result.externalActivityId), Array.from({ length: 120 }, (_, i) => `act-${i}`));

    const posts = recorded.exchanges.filter((exchange) => exchange.method === 'POST').map((exchange) => exchange.path);
    const count = (path: string) => posts.filter((p) => p === path).length;
    assert.deepEqual([count('/api/v1/accounts'), count('/api/v1/deals'), count('/api/v1/sales-activities')], [3 + 2, 2, 3]);
  });

  test('routes that answer a secret are called without an Idempotency-Key (they refuse one); every other write carries one', async () => {
    const recorded = recordingFetch();
    const client = await newClient({ fetch: recorded.fetch });
    const created = await client.post('/api/v1/webhooks', { body: { url: 'https://hooks.example.com/intentbase', events: ['account.created'] } });
    assert.match(created.secret, /^whsec_/);
    const rolled = await client.post('/api/v1/webhooks/{webhookId}/roll-secret', { path: { webhookId: created.id } });
    assert.notEqual(rolled.secret, created.secret);
    assert.deepEqual(
      recorded.exchanges.map((exchange) => [exchange.method, exchange.path, exchange.idempotencyKey, exchange.status]),
      [
        ['POST', '/api/v1/webhooks', null, 200],
        ['POST', `/api/v1/webhooks/${created.id}/roll-secret`, null, 200],
      ],
    );

    // Every write route of the server: a key exactly when the route takes one (answersSecret: src/http/idempotency.ts).
    const sent: Array<{ method: string; path: string; key: string | null }> = [];
    const offline = createClient({
      baseUrl: 'http://api.test',
      apiKey: 'ib_key',
      fetch: async (input, init) => {
        sent.push({ method: init?.method ?? 'GET', path: new URL(urlOf(input)).pathname, key: new Headers(init?.headers).get('idempotency-key') });
        return new Response(JSON.stringify({ statusCode: 200, data: {} }), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const writes = ctx().app.routeCatalog.filter((route) => ['POST', 'PUT', 'PATCH'].includes(route.method) && route.access !== 'public');
    assert.ok(writes.filter((route) => route.answersSecret).length >= 2);
    for (const route of writes) {
      const write = offline[route.method.toLowerCase() as 'post'].bind(offline) as unknown as (path: string, options: { body: unknown }) => Promise<unknown>;
      await write(route.url.replace(/:[A-Za-z_]+/g, 'x'), { body: {} });
    }
    const wrong = sent.filter((request, i) => (request.key === null) !== writes[i].answersSecret && !request.path.startsWith('/api/v1/console/'));
    assert.deepEqual(wrong, [], 'a key on a secret route, or none on a write that takes one');
  });

  test('a push whose answer was lost is sent again with its Idempotency-Key and replayed, not done twice', async () => {
    const recorded = recordingFetch();
    const keysSeen = new Set<string>();
    // The first answer of each batch is read and then "lost", as when the connection breaks after the commit.
    const losing = (async (input: string | URL | Request, init?: RequestInit) => {
      const response = await recorded.fetch(input, init);
      const key = new Headers(init?.headers).get('idempotency-key');
      if (init?.method === 'POST' && key !== null && !keysSeen.has(key)) {
        keysSeen.add(key);
        await response.text();
        throw new TypeError('fetch failed: the connection was reset');
      }
      return response;
    }) as typeof fetch;
    const client = await newClient({ fetch: losing });
    const answer = await client.accounts.push(Array.from({ length: 150 }, (_, i) => ({ domain: `lost-${i}.example.com`, name: 'Lost' })), { concurrency: 1 });
    assert.deepEqual(answer.summary, { total: 150, created: 150, updated: 0, failed: 0 }, 'the replay answers what the first request did');
    assert.equal((await client.accounts.list({ limit: 1000 }).toArray()).length, 150);
    const posts = recorded.exchanges.filter((exchange) => exchange.method === 'POST');
    assert.deepEqual(
      posts.map((exchange) => exchange.replayed),
      [false, true, false, true],
    );
    assert.equal(posts[0].idempotencyKey, posts[1].idempotencyKey);
    assert.equal(posts[2].idempotencyKey, posts[3].idempotencyKey);
    assert.notEqual(posts[0].idempotencyKey, posts[2].idempotencyKey, 'each batch is its own logical request');
  });

  test('errors are IntentbaseErrors with the envelope; every route of both generations is reachable, typed', async () => {
    const client = await newClient();
    const invalid = await client.post('/api/v1/accounts', { body: { accounts: [{ domain: '', name: 'x' }] } }).catch((error: unknown) => error);
    assert.ok(invalid instanceof IntentbaseError);
    assert.deepEqual(
      { statusCode: invalid.statusCode, statusText: invalid.statusText, customMessage: invalid.customMessage, entries: invalid.validationErrors },
      {
        statusCode: 400,
        statusText: 'Bad Request',
        customMessage: 'domain should not be empty',
        entries: [{ property: 'domain', path: 'accounts[0].domain', constraints: { isNotEmpty: 'domain should not be empty' } }],
      },
    );
    assert.match(invalid.requestId ?? '', /.+/);
    await assert.rejects(client.get('/api/v1/accounts/{rtp_aid}', { path: { rtp_aid: '663abc0e5f1c2a0012345678' } }), {
      name: 'IntentbaseError',
      statusCode: 404,
      message: 'Account not found',
    });
    const badKey = createClient({ baseUrl: url, apiKey: 'ib_wrong' });
    await assert.rejects(badKey.get('/api/v1/segments'), { statusCode: 401, customMessage: 'Invalid API key' });

    const crm = await client.crm.accounts.push([{ externalId: 'crm-1', domain: 'crm-one.example.com', name: 'CRM One' }]);
    assert.deepEqual(crm.results, [{ externalId: 'crm-1', status: 'created' }]);
    const viaCrm = await client.get('/api/v1/crm/accounts/{externalId}', { path: { externalId: 'crm-1' } });
    const viaExternal = await client.get('/api/v1/accounts/{rtp_aid}', { path: { rtp_aid: viaCrm.rtp_aid } });
    assert.equal(viaExternal.domain, 'crm-one.example.com');
    assert.deepEqual((await client.crm.accounts.list().toArray()).map((account) => account.externalId), ['crm-1']);
    const document = await client.get('/api/v1/openapi.json');
    assert.equal((document as { openapi?: string }).openapi?.startsWith('3.1'), true);
  });

  test('through accounts.sync, a replica of a workspace under concurrent writes and deletes always ends equal to the server', async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.integer({ min: 1, max: 4 }), async (plan, limit) => {
        const client = await newClient();
        await client.post('/api/v1/accounts/custom-field', { body: { label: 'Score', labelType: 'number' } });
        const { segmentId } = await client.post('/api/v1/segments', { body: { name: 'S', type: 'static' } });
        let saved: SyncReplica<Account> | undefined;
        const sync = () => client.accounts.sync({ load: () => saved, save: (replica) => void (saved = replica), limit });
        for (const step of plan) {
          const write = () => (step.write ? applyWrite(client, segmentId, step.write) : Promise.resolve());
          const passes = async () => {
            for (let pass = 0; pass < step.passes; pass += 1) await sync();
          };
          if (step.concurrent) await Promise.all([write(), passes()]);
          else {
            await write();
            await passes();
          }
        }
        await sync();
        assert.deepEqual(saved?.records, await serverState(client));
      }),
      { numRuns: 20 },
    );
  });

  test('a pass that fails half-way saves nothing; the next one starts from the last complete pass', async () => {
    let failTombstones = false;
    const failing = (async (input: string | URL | Request, init?: RequestInit) => {
      if (failTombstones && urlOf(input).includes('/accounts/deleted')) {
        return new Response(JSON.stringify({ statusCode: 500, message: 'Internal Server Error', customMessage: 'An unexpected error occurred (request x)', data: null }), { status: 500 });
      }
      return fetch(input, init);
    }) as typeof fetch;
    const client = await newClient({ fetch: failing });
    await client.accounts.push([{ domain: 'one.example.com', name: 'One' }]);
    const saves: Array<SyncReplica<Account>> = [];
    const options = { load: () => saves.at(-1), save: (replica: SyncReplica<Account>) => void saves.push(replica) };
    const first = await client.accounts.sync(options);
    assert.deepEqual([first.full, first.upserted, Object.keys(first.replica.records).length], [true, 1, 1]);

    const [one] = await client.accounts.list().toArray();
    await client.delete('/api/v1/accounts/{rtp_aid}', { path: { rtp_aid: one.rtp_aid } });
    await client.accounts.push([{ domain: 'two.example.com', name: 'Two' }]);
    failTombstones = true;
    await assert.rejects(client.accounts.sync(options), { statusCode: 500 });
    assert.equal(saves.length, 1, 'nothing saved for the failed pass');
    assert.equal(Object.keys(saves[0].records).length, 1, "the saved replica was not touched");

    failTombstones = false;
    const next = await client.accounts.sync(options);
    assert.deepEqual([next.full, next.upserted, next.removed], [false, 1, 1]);
    assert.deepEqual(Object.values(saves.at(-1)!.records).map((account) => account.domain), ['two.example.com']);
  });

  test('a replica older than the deletion history is rebuilt by a full pass (the 410 of the tombstones)', async () => {
    const client = await newClient();
    await client.accounts.push([{ domain: 'kept.example.com', name: 'Kept' }]);
    const longAgo = '2020-01-01T00:00:00.000Z';
    const stale: SyncReplica<Account> = { syncTimestamp: longAgo, records: { gone: { domain: 'deleted-long-ago.example.com' } as Account } };
    await assert.rejects(client.accounts.deleted({ lastSync: longAgo }).toArray(), { statusCode: 410 });
    let saved: SyncReplica<Account> | undefined;
    const result = await client.accounts.sync({ load: () => stale, save: (replica) => void (saved = replica) });
    assert.equal(result.full, true);
    assert.deepEqual(Object.values(saved?.records ?? {}).map((account) => account.domain), ['kept.example.com']);
    assert.notEqual(saved?.syncTimestamp, stale.syncTimestamp);
  });

  test('a 429 storm: pushes and lists sharing a bucket of one request a second all complete, through retries', async () => {
    // Bursts of 6, then one request a second (docs/api.md "Rate limits").
    const limited = await listeningAppWith(ctx(), engine, { RATE_LIMIT_PER_MINUTE: '60' });
    apps.push(limited.app);
    const tenant = await ctx().newTenant();
    const recorded = recordingFetch();
    const client = createClient({ baseUrl: limited.url, apiKey: tenant.apiKey, fetch: recorded.fetch, retry: { maxRetries: 30 } });
    // Empty the bucket first, so the storm starts refused.
    while (!recorded.exchanges.some((exchange) => exchange.status === 429)) {
      await client.get('/api/v1/segments', { signal: AbortSignal.timeout(60_000) }).catch(() => undefined);
    }
    const accounts = Array.from({ length: 300 }, (_, i) => ({ domain: `storm-${i}.example.com`, name: `Storm ${i}` }));
    const [pushed, listedWhilePushing] = await Promise.all([
      client.accounts.push(accounts, { concurrency: 3 }),
      client.accounts.list({ limit: 100 }).toArray(),
    ]);
    assert.deepEqual(pushed.summary, { total: 300, created: 300, updated: 0, failed: 0 });
    assert.ok(listedWhilePushing.length <= 300);
    const listed = await client.accounts.list({ limit: 100 }).toArray();
    assert.deepEqual(listed.map((account) => account.domain).sort(), accounts.map((account) => account.domain).sort());

    const posts = recorded.exchanges.filter((exchange) => exchange.method === 'POST');
    assert.ok(posts.some((exchange) => exchange.status === 429), 'pushes were refused and retried');
    assert.equal(posts.filter((exchange) => exchange.status === 200).length, 3, 'each batch was written once');
    assert.ok(posts.every((exchange) => exchange.idempotencyKey !== null));
    assert.equal(new Set(posts.map((exchange) => exchange.idempotencyKey)).size, 3, 'one key per batch, kept across its retries');
  });
});
