// @intentbase/client without a server: the retry policy, the error it throws, the Idempotency-Key it
// keeps across retries, and how a push is split and merged — each over a fetch the test answers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient, IntentbaseError } from '@intentbase/client';
import { DEFAULT_RETRY, parseRetryAfter, retryDelayMs } from '../../packages/client/src/retry.js';
import { urlOf } from './support.js';

interface Sent {
  method: string;
  url: string;
  headers: Headers;
  body: any;
}

/** A fetch that records each request and answers with `answer(request, attempt number)`. */
function scriptedFetch(answer: (sent: Sent, index: number) => Response | Error): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetchFn = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request: Sent = {
      method: init?.method ?? 'GET',
      url: urlOf(input),
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    sent.push(request);
    const reply = answer(request, sent.length - 1);
    if (reply instanceof Error) throw reply;
    return reply;
  };
  return { fetch: fetchFn, sent };
}

const envelope = (statusCode: number, data: unknown, extra: Record<string, unknown> = {}) =>
  new Response(JSON.stringify({ statusCode, timestamp: '2026-12-05T12:00:00.000Z', path: '/api/v1/x', data, ...extra }), {
    status: statusCode,
    headers: { 'content-type': 'application/json', 'x-request-id': 'req-1' },
  });

const FAST_RETRY = { initialDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 0 };

test('the backoff doubles from the initial delay up to the cap, jittered between half and all of it, never under the initial delay', () => {
  const options = { ...DEFAULT_RETRY, initialDelayMs: 500, maxDelayMs: 8_000 };
  assert.equal(retryDelayMs(1, undefined, options, () => 0), 500);
  assert.equal(retryDelayMs(3, undefined, options, () => 0), 1_000);
  assert.equal(retryDelayMs(3, undefined, options, () => 1), 2_000);
  assert.equal(retryDelayMs(10, undefined, options, () => 1), 8_000);
  assert.equal(retryDelayMs(10, undefined, options, () => 0), 4_000);
});

test('Retry-After wins when it asks for longer, up to the bound; beyond it the backoff applies', () => {
  const options = { ...DEFAULT_RETRY, initialDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };
  assert.equal(retryDelayMs(1, 3_000, options, () => 0), 3_000);
  assert.equal(retryDelayMs(5, 1_000, options, () => 1), 8_000);
  assert.equal(retryDelayMs(1, 120_000, options, () => 0), 500);
  assert.equal(parseRetryAfter('7'), 7_000);
  assert.equal(parseRetryAfter('Sat, 05 Dec 2026 12:00:10 GMT', Date.parse('2026-12-05T12:00:00Z')), 10_000);
  assert.equal(parseRetryAfter(null), undefined);
  assert.equal(parseRetryAfter('soon'), undefined);
});

test('an error answer becomes one IntentbaseError with the status, both messages, the validation entries and the request id', async () => {
  const entry = { property: 'domain', path: 'accounts[0].domain', constraints: { isNotEmpty: 'domain should not be empty' } };
  const { fetch } = scriptedFetch(() => envelope(400, [entry], { message: 'Bad Request', customMessage: 'domain should not be empty' }));
  const client = createClient({ baseUrl: 'http://api.test/', apiKey: 'ib_key', fetch });
  const error = await client.accounts.push([{ domain: '', name: 'Nameless' }]).catch((caught: unknown) => caught);
  assert.ok(error instanceof IntentbaseError);
  assert.equal(error.statusCode, 400);
  assert.equal(error.statusText, 'Bad Request');
  assert.equal(error.customMessage, 'domain should not be empty');
  assert.equal(error.message, 'domain should not be empty');
  assert.deepEqual(error.validationErrors, [entry]);
  assert.equal(error.requestId, 'req-1');
  assert.equal(error.request, 'POST /api/v1/accounts');
});

test('an answer that is not the envelope (a proxy page) still throws an IntentbaseError', async () => {
  const { fetch } = scriptedFetch(() => new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
  const client = createClient({ baseUrl: 'http://api.test', apiKey: 'ib_key', fetch });
  const error = await client.get('/api/v1/segments').catch((caught: unknown) => caught);
  assert.ok(error instanceof IntentbaseError);
  assert.equal(error.statusCode, 502);
  assert.equal(error.message, 'Bad Gateway');
  assert.equal(error.customMessage, undefined);
  assert.equal(error.body, '<html>Bad Gateway</html>');
});

test('429, 503, a network failure and an in-progress key are retried with the same Idempotency-Key; other errors are not', async () => {
  const failures = [
    envelope(429, null, { message: 'Too Many Requests', customMessage: 'Rate limit exceeded: retry in 1 seconds' }),
    envelope(503, null, { message: 'Service Unavailable', customMessage: 'The database is unavailable; retry shortly' }),
    new TypeError('fetch failed'),
    envelope(409, null, { message: 'Conflict', customMessage: 'A request with this Idempotency-Key is still in progress' }),
  ];
  const done = { results: [{ rtp_aid: 'a'.repeat(24), domain: 'acme.com', status: 'created' }], summary: { total: 1, created: 1, updated: 0, failed: 0 } };
  const { fetch, sent } = scriptedFetch((_, index) => failures[index] ?? envelope(200, done));
  const client = createClient({ baseUrl: 'http://api.test', apiKey: 'ib_key', fetch, retry: { ...FAST_RETRY, maxRetries: 4 } });
  assert.deepEqual(await client.accounts.push([{ domain: 'acme.com', name: 'Acme' }]), done);
  assert.equal(sent.length, 5);
  const keys = new Set(sent.map((request) => request.headers.get('idempotency-key')));
  assert.equal(keys.size, 1, 'every attempt carries the one key of the logical request');
  assert.match([...keys][0]!, /^[0-9a-f]{32}$/);

  const conflict = scriptedFetch(() => envelope(409, null, { message: 'Conflict', customMessage: "Custom field with key 'X_C' already exists" }));
  const strict = createClient({ baseUrl: 'http://api.test', apiKey: 'ib_key', fetch: conflict.fetch, retry: { ...FAST_RETRY, maxRetries: 4 } });
  await assert.rejects(strict.post('/api/v1/accounts/custom-field', { body: { label: 'X', labelType: 'number' } }), { statusCode: 409 });
  assert.equal(conflict.sent.length, 1);
});

test('retries stop after maxRetries with the last error; a network failure is an IntentbaseError with statusCode 0', async () => {
  const { fetch, sent } = scriptedFetch(() => new TypeError('fetch failed'));
  const client = createClient({ baseUrl: 'http://api.test', apiKey: 'ib_key', fetch, retry: { ...FAST_RETRY, maxRetries: 2 } });
  const error = await client.get('/api/v1/segments').catch((caught: unknown) => caught);
  assert.ok(error instanceof IntentbaseError);
  assert.equal(error.statusCode, 0);
  assert.ok(error.isConnectionError);
  assert.ok(error.cause instanceof TypeError);
  assert.equal(sent.length, 3);
});

test('GET and DELETE carry no Idempotency-Key, nor do the console routes; a caller may choose the key of a write', async () => {
  const { fetch, sent } = scriptedFetch(() => envelope(200, {}));
  const client = createClient({ baseUrl: 'http://api.test', apiKey: 'ib_key', fetch });
  await client.get('/api/v1/segments');
  await client.delete('/api/v1/deals/{externalDealId}', { path: { externalDealId: 'deal/1' } });
  await client.post('/api/v1/console/api-key', { body: {} });
  await client.put('/api/v1/accounts/{rtp_aid}', { path: { rtp_aid: 'b'.repeat(24) }, body: { customFields: {} }, idempotencyKey: 'mine-1' });
  assert.deepEqual(
    sent.map((request) => [request.method, request.url, request.headers.get('idempotency-key'), request.headers.get('x-api-key')]),
    [
      ['GET', 'http://api.test/api/v1/segments', null, 'ib_key'],
      ['DELETE', 'http://api.test/api/v1/deals/deal%2F1', null, 'ib_key'],
      ['POST', 'http://api.test/api/v1/console/api-key', null, 'ib_key'],
      ['PUT', `http://api.test/api/v1/accounts/${'b'.repeat(24)}`, 'mine-1', 'ib_key'],
    ],
  );
});

test('a push of any size goes in batches of the route (100, 100, 50, 1000) at bounded concurrency, merged in input order', async () => {
  let running = 0;
  let mostRunning = 0;
  const sizes = new Map<string, number[]>();
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    running += 1;
    mostRunning = Math.max(mostRunning, running);
    // Later batches answer first, so merging by arrival would scramble the order.
    const body = JSON.parse(init?.body as string);
    const [field, items] = Object.entries(body).find(([, value]) => Array.isArray(value)) as [string, Array<Record<string, unknown>>];
    const path = new URL(urlOf(input)).pathname;
    sizes.set(path, [...(sizes.get(path) ?? []), items.length]);
    await new Promise((resolve) => setImmediate(resolve));
    running -= 1;
    const results = items.map((item, index) => (field === 'signals' ? { index, status: 'created' } : { key: item.domain ?? item.externalDealId ?? item.externalActivityId, status: 'created' }));
    return envelope(200, { results, summary: { total: items.length, created: items.length, failed: 0 } });
  }) as typeof fetch;
  const client = createClient({ baseUrl: 'http://api.test', apiKey: 'ib_key', fetch: fetchFn });

  const accounts = Array.from({ length: 1001 }, (_, i) => ({ domain: `d${i}.example.com`, name: `N${i}` }));
  const pushed = await client.accounts.push(accounts, { upsert: true, concurrency: 3 });
  assert.deepEqual(sizes.get('/api/v1/accounts'), [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 1]);
  assert.equal(mostRunning, 3);
  assert.deepEqual(pushed.results.map((result: any) => result.key), accounts.map((account) => account.domain));
  assert.deepEqual(pushed.summary, { total: 1001, created: 1001, updated: 0, failed: 0 });

  await client.deals.push(Array.from({ length: 150 }, (_, i) => ({ externalDealId: `deal-${i}`, name: 'D', amount: 1, stage: 'open', pipelineId: 'p' }) as any));
  await client.activities.push(Array.from({ length: 120 }, (_, i) => ({ externalActivityId: `act-${i}` }) as any));
  const signals = await client.signals.push(Array.from({ length: 2500 }, () => ({ source: 'website', domain: 'acme.com', type: 'page_view', occurredAt: '2026-12-01T00:00:00Z' }) as const));
  assert.deepEqual(sizes.get('/api/v1/deals'), [100, 50]);
  assert.deepEqual(sizes.get('/api/v1/sales-activities'), [50, 50, 20]);
  assert.deepEqual(sizes.get('/api/v1/signals'), [1000, 1000, 500]);
  assert.deepEqual(signals.results.map((result) => result.index), Array.from({ length: 2500 }, (_, i) => i), 'indexes name the input items');

  sizes.clear();
  assert.deepEqual(await client.accounts.push([]), { results: [], summary: { total: 0, created: 0, updated: 0, failed: 0 } });
  assert.equal(sizes.size, 0, 'an empty push sends nothing');
});

test('a list pages by cursor until hasNextPage is false, fetching no page a loop does not reach', async () => {
  const pages = [
    { data: [{ rtp_aid: '1' }, { rtp_aid: '2' }], nextCursor: 'c1', hasNextPage: true, syncTimestamp: 't1' },
    { data: [{ rtp_aid: '3' }], nextCursor: null, hasNextPage: false, syncTimestamp: 't2' },
  ];
  const { fetch, sent } = scriptedFetch((request) => envelope(200, new URL(request.url).searchParams.get('cursor') === 'c1' ? pages[1] : pages[0]));
  const client = createClient({ baseUrl: 'http://api.test', apiKey: 'ib_key', fetch });
  const seen: string[] = [];
  for await (const account of client.accounts.list({ lastSync: '2026-12-05T10:00:00+02:00', limit: 2, domains: ['acme.com'] })) seen.push(account.rtp_aid);
  assert.deepEqual(seen, ['1', '2', '3']);
  const first = new URL(sent[0].url);
  assert.equal(first.searchParams.get('lastSync'), '2026-12-05T10:00:00+02:00', 'a + in lastSync arrives as a +');
  assert.equal(first.searchParams.get('domains'), '["acme.com"]');
  assert.equal(new URL(sent[1].url).searchParams.get('cursor'), 'c1');

  sent.length = 0;
  for await (const account of client.accounts.list()) {
    assert.equal(account.rtp_aid, '1');
    break;
  }
  assert.equal(sent.length, 1);
});

test('without an apiKey no X-Api-Key is sent (a same-origin page signed in by cookie); extra headers are asked at each attempt', async () => {
  let token = 'csrf-1';
  const { fetch, sent } = scriptedFetch((_, index) => (index === 0 ? new TypeError('fetch failed') : envelope(200, {})));
  const client = createClient({ baseUrl: 'http://console.test', fetch, headers: ({ method }): Record<string, string> => (method === 'POST' ? { 'x-csrf-token': token } : {}), retry: FAST_RETRY });
  const posting = client.post('/api/v1/scoring/runs', { body: {} });
  token = 'csrf-2';
  await posting;
  assert.deepEqual(
    sent.map((request) => [request.headers.get('x-api-key'), request.headers.get('x-csrf-token')]),
    [
      [null, 'csrf-1'],
      [null, 'csrf-2'],
    ],
  );
});
