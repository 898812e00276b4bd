/**
 * Signed webhooks (docs/api.md#webhooks), on both engines, through real HTTP to a receiver on
 * 127.0.0.1: endpoints and their secrets, events written with their changes, signed deliveries of
 * up to 100 events, retries with backoff, failure after the window, disabling after 3 days, and the
 * safety rules (https, no private addresses after DNS, no redirects, 64 KB of an answer).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from './support/engines.js';
import { openTestApp, useTestApp, type Tenant } from './support/test-app.js';
import { answerOk, signedBy, useReceiver, type ReceivedRequest } from './support/webhook-receiver.js';
import { verifyWebhook, WebhookVerificationError } from '../packages/client/src/webhooks.js';
import { emitWebhookEvents } from '../src/modules/webhooks/webhook-events.js';
import type { Transaction } from 'kysely';
import { dialectOf, type Database } from '../src/db/index.js';
import { DEFAULT_RETRY_POLICY } from '../src/modules/webhooks/webhook-policy.js';
import { WebhooksService, type DispatchOptions, type DispatchSummary } from '../src/modules/webhooks/webhooks.service.js';
import type { ServerResponse } from 'node:http';

const HOUR = 3_600_000;
const SECRET_PATTERN = /^whsec_[0-9A-Za-z]{40}$/;

interface DeliveredEvent {
  id: string;
  type: string;
  createdAt: string;
  workspaceId: string;
  sequence: number | null;
  data: Record<string, any>;
}

const eventsOf = (request: ReceivedRequest): DeliveredEvent[] => (JSON.parse(request.body) as { events: DeliveredEvent[] }).events;

describeEachEngine('webhooks', (engine) => {
  const ctx = useTestApp(engine, { WEBHOOK_ALLOW_LOOPBACK: '1' });
  const receiver = useReceiver();

  const dispatch = (options: Partial<DispatchOptions> = {}) => ctx().services.webhooks.dispatch({ owner: 'test', leaseMs: 60_000, allowLoopback: true, ...options });

  async function subscribe(tenant: Tenant, events: string[], path = '/hook'): Promise<{ id: string; secret: string }> {
    const created = await tenant.request('POST', '/api/v1/webhooks', { url: `${receiver().url}${path}`, events, description: 'test receiver' });
    assert.equal(created.statusCode, 200, created.raw);
    return created.body.data;
  }

  const deliveries = async (tenant: Tenant, id: string) => (await tenant.request('GET', `/api/v1/webhooks/${id}/deliveries`)).body.data.data;
  const arrivedAt = (path: string) => receiver().received.filter((request) => request.path === path);

  test('an endpoint gets its secret once; account writes arrive signed, in order, as their events', async () => {
    receiver().answer = answerOk;
    const tenant = await ctx().newTenant();
    const endpoint = await subscribe(tenant, ['account.created', 'account.updated', 'account.deleted'], '/signed');
    assert.match(endpoint.secret, SECRET_PATTERN);
    const shown = await tenant.request('GET', `/api/v1/webhooks/${endpoint.id}`);
    assert.equal(shown.body.data.secret, undefined, 'the secret is shown once');
    assert.equal((await tenant.request('GET', '/api/v1/webhooks')).body.data.length, 1);

    const pushed = await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'one.example.com', name: 'One' }, { domain: 'two.example.com', name: 'Two' }] });
    const oneId = pushed.body.data.results[0].rtp_aid as string;
    await tenant.request('POST', '/api/v1/accounts', { upsert: true, accounts: [{ domain: 'one.example.com', name: 'One Renamed' }] });
    await tenant.request('DELETE', `/api/v1/accounts/${oneId}`);
    const summary = await dispatch();
    assert.equal(summary.succeeded, 1);

    const [request] = arrivedAt('/signed');
    assert.ok(signedBy(endpoint.secret, request.headers['intentbase-signature'], request.body), 'the signature verifies with the secret');
    assert.match(String(request.headers['intentbase-signature']), /^t=\d+,v1=[0-9a-f]{64}$/);
    const verified = await verifyWebhook(endpoint.secret, request.headers as Record<string, string>, request.body, { toleranceSeconds: 300 });
    assert.equal(verified.eventId, request.headers['intentbase-event-id'], 'the TypeScript client verifies it too');
    const events = eventsOf(request);
    assert.deepEqual(events.map((event) => event.type), ['account.created', 'account.created', 'account.updated', 'account.deleted']);
    assert.equal(request.headers['intentbase-event-id'], events.map((event) => event.id).join(','));
    for (const event of events) {
      assert.equal(event.workspaceId, tenant.workspaceId);
      assert.match(event.createdAt, /^\d{4}-\d\d-\d\dT/);
      assert.equal(typeof event.sequence, 'number');
    }
    const sequences = events.map((event) => event.sequence!);
    assert.deepEqual([...sequences].sort((a, b) => a - b), sequences, 'in the order of the changes');
    assert.deepEqual(events[0].data.account, { rtp_aid: oneId, domain: 'one.example.com', name: 'One', externalId: null, shortName: null, linkedinUrl: null, tags: [], customFields: {} });
    assert.equal(events[2].data.account.name, 'One Renamed');
    assert.equal(events[2].data.previous.name, 'One');
    assert.deepEqual(events[3].data.account, { rtp_aid: oneId, domain: 'one.example.com', externalId: null });

    const [delivery] = await deliveries(tenant, endpoint.id);
    assert.equal(delivery.status, 'succeeded');
    assert.equal(delivery.attempts, 1);
    assert.equal(delivery.responseCode, 200);
    assert.equal(typeof delivery.responseTimeMs, 'number');
    assert.deepEqual(delivery.eventIds, events.map((event) => event.id));
  });

  test('a deal’s stage change is an event with the stage before it', async () => {
    receiver().answer = answerOk;
    const tenant = await ctx().newTenant();
    await subscribe(tenant, ['deal.stage_changed'], '/deals');
    const push = (stageLabel: string) => tenant.request('POST', '/api/v1/deals', { deals: [{ externalDealId: 'd-1', name: 'Deal', stageLabel }] });
    assert.equal((await push('Discovery')).statusCode, 200);
    await push('Discovery');
    await push('Proposal');
    await dispatch();
    const events = arrivedAt('/deals').flatMap(eventsOf);
    assert.deepEqual(events.map((event) => [event.data.previousStage?.stageLabel ?? null, event.data.stage.stageLabel]), [[null, 'Discovery'], ['Discovery', 'Proposal']]);
    assert.equal(events[0].data.deal.externalDealId, 'd-1');
  });

  test('many events go in deliveries of at most 100, in order; no subscriber, no event', async () => {
    receiver().answer = answerOk;
    const tenant = await ctx().newTenant();
    await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'before.example.com', name: 'Before any endpoint' }] });
    await subscribe(tenant, ['account.created'], '/batches');
    await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'before.example.com', name: 'Updated' }], upsert: true });
    for (let batch = 0; batch < 3; batch += 1) {
      const accounts = Array.from({ length: 85 }, (_, i) => ({ domain: `b${batch}-${i}.example.com`, name: `B${batch} ${i}` }));
      assert.equal((await tenant.request('POST', '/api/v1/accounts', { accounts })).statusCode, 200);
    }
    assert.equal(await outboxCount(tenant.workspaceId), 255, 'only the subscribed type was written');
    await dispatch();
    const bodies = arrivedAt('/batches');
    assert.deepEqual(bodies.map((request) => eventsOf(request).length), [100, 100, 55]);
    const domains = bodies.flatMap(eventsOf).map((event) => event.data.account.domain as string);
    assert.equal(domains[0], 'b0-0.example.com');
    assert.equal(domains[254], 'b2-84.example.com');
    assert.equal(await outboxCount(tenant.workspaceId), 0);
  });

  const outboxCount = async (workspaceId: string) =>
    Number((await ctx().database.db.selectFrom('webhook_outbox').select((eb) => eb.fn.countAll().as('n')).where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow()).n);

  test('a 500 is retried with backoff until a 2xx', async () => {
    const tenant = await ctx().newTenant();
    const endpoint = await subscribe(tenant, ['account.created'], '/flaky');
    let failures = 2;
    receiver().answer = (_request, response) => {
      if (failures-- > 0) response.writeHead(500).end('down');
      else response.writeHead(204).end();
    };
    await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'flaky.example.com', name: 'Flaky' }] });
    const start = Date.now();
    await dispatch({ now: start });
    let [delivery] = await deliveries(tenant, endpoint.id);
    assert.equal(delivery.status, 'pending');
    assert.equal(delivery.responseCode, 500);
    const firstRetry = Date.parse(delivery.nextAttemptAt);
    assert.ok(firstRetry >= start + DEFAULT_RETRY_POLICY.baseDelayMs / 2 && firstRetry <= start + DEFAULT_RETRY_POLICY.baseDelayMs, 'the first retry waits half to all of the base delay');
    await dispatch({ now: firstRetry - 1 });
    assert.equal(arrivedAt('/flaky').length, 1, 'not before it is due');
    await dispatch({ now: firstRetry });
    [delivery] = await deliveries(tenant, endpoint.id);
    const secondRetry = Date.parse(delivery.nextAttemptAt);
    assert.ok(secondRetry - firstRetry >= DEFAULT_RETRY_POLICY.baseDelayMs, 'the delay doubles');
    await dispatch({ now: secondRetry });
    [delivery] = await deliveries(tenant, endpoint.id);
    assert.equal(delivery.status, 'succeeded');
    assert.equal(delivery.attempts, 3);
    assert.equal(delivery.responseCode, 204);
    const bodies = arrivedAt('/flaky').map((request) => request.body);
    assert.equal(new Set(bodies).size, 1, 'every attempt sends the same events');
    assert.equal((await tenant.request('GET', `/api/v1/webhooks/${endpoint.id}`)).body.data.failingSince, null, 'a success ends the failing streak');
  });

  test('a delivery failing for 24 hours is marked failed; an endpoint failing for 3 days is disabled, with an audit entry; a retry by hand', async () => {
    receiver().answer = (_request, response) => response.writeHead(503).end();
    const tenant = await ctx().newTenant();
    const endpoint = await subscribe(tenant, ['account.created'], '/down');
    await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'down.example.com', name: 'Down' }] });
    const start = Date.now();
    await dispatch({ now: start });
    await dispatch({ now: start + 24 * HOUR });
    const [failed] = await deliveries(tenant, endpoint.id);
    assert.equal(failed.status, 'failed');
    assert.equal(failed.attempts, 2);
    assert.equal(failed.nextAttemptAt, null);

    const queued = await tenant.request('POST', `/api/v1/webhooks/${endpoint.id}/test`);
    assert.equal(queued.body.data.status, 'pending');
    await dispatch({ now: start + 72 * HOUR });
    const disabled = (await tenant.request('GET', `/api/v1/webhooks/${endpoint.id}`)).body.data;
    assert.equal(disabled.status, 'disabled');
    const audit = (await tenant.request('GET', '/api/v1/audit-events')).body.data.data;
    const entry = audit.find((event: { action: string }) => event.action === 'webhook.disabled');
    assert.equal(entry.actor, 'system');
    assert.equal(entry.target, endpoint.id);

    const refused = await tenant.request('POST', `/api/v1/webhooks/${endpoint.id}/deliveries/${failed.id}/retry`);
    assert.equal(refused.statusCode, 409);
    receiver().answer = answerOk;
    await tenant.request('PUT', `/api/v1/webhooks/${endpoint.id}`, { enabled: true });
    const retried = await tenant.request('POST', `/api/v1/webhooks/${endpoint.id}/deliveries/${failed.id}/retry`);
    assert.equal(retried.body.data.status, 'pending');
    await dispatch();
    const after = await deliveries(tenant, endpoint.id);
    assert.deepEqual(after.map((delivery: { id: string }) => delivery.id), [queued.body.data.id, failed.id], 'newest first');
    assert.equal(after[1].status, 'succeeded');
    assert.equal(after[1].attempts, 3);
  });

  test('a rolled secret: both sign for 24 hours, the new one first', async () => {
    receiver().answer = answerOk;
    const tenant = await ctx().newTenant();
    const endpoint = await subscribe(tenant, ['account.created'], '/rolled');
    const rolled = await tenant.request('POST', `/api/v1/webhooks/${endpoint.id}/roll-secret`);
    assert.equal(rolled.statusCode, 200);
    assert.match(rolled.body.data.secret, SECRET_PATTERN);
    await tenant.request('POST', `/api/v1/webhooks/${endpoint.id}/test`);
    await dispatch();
    const [request] = arrivedAt('/rolled');
    const header = String(request.headers['intentbase-signature']);
    assert.match(header, /^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    assert.ok(signedBy(rolled.body.data.secret, header, request.body));
    assert.ok(signedBy(endpoint.secret, header, request.body));
    assert.ok(!signedBy(endpoint.secret, header.split(',').slice(0, 2).join(','), request.body), 'the first v1 is the new secret’s');
    assert.equal(eventsOf(request)[0].type, 'webhook.test');
    await dispatch({ now: Date.now() + 25 * HOUR });
    assert.equal((await tenant.request('GET', `/api/v1/webhooks/${endpoint.id}`)).body.data.previousSecretExpiresAt, rolled.body.data.previousSecretExpiresAt);
  });

  test('a rolled secret: after the 24 hours only the new one signs', async () => {
    receiver().answer = answerOk;
    const tenant = await ctx().newTenant();
    const endpoint = await subscribe(tenant, ['account.created'], '/rolled-over');
    const rolled = (await tenant.request('POST', `/api/v1/webhooks/${endpoint.id}/roll-secret`)).body.data;
    const expiresAt = Date.parse(rolled.previousSecretExpiresAt);
    await tenant.request('POST', `/api/v1/webhooks/${endpoint.id}/test`);
    // The schedule's clock just past the overlap (the signature's t stays the wall clock's).
    await dispatch({ now: expiresAt + 1 });
    const [request] = arrivedAt('/rolled-over');
    assert.ok(request, 'the delivery was sent');
    const header = String(request.headers['intentbase-signature']);
    assert.match(header, /^t=\d+,v1=[0-9a-f]{64}$/, 'one v1 only');
    const verified = await verifyWebhook(rolled.secret, request.headers as Record<string, string>, request.body, { toleranceSeconds: 300 });
    assert.equal(verified.eventId, request.headers['intentbase-event-id'], 'the new secret verifies it');
    assert.ok(!signedBy(endpoint.secret, header, request.body), 'the old secret no longer signs');
    await assert.rejects(
      verifyWebhook(endpoint.secret, request.headers as Record<string, string>, request.body, { toleranceSeconds: 300 }),
      (error: unknown) => error instanceof WebhookVerificationError && error.reason === 'signature-mismatch',
    );
  });

  test('safety: https only, no private address literals, nothing that resolves inward without the flag', async () => {
    const tenant = await ctx().newTenant();
    const create = (url: string) => tenant.request('POST', '/api/v1/webhooks', { url, events: ['account.created'] });
    const refusals = {
      'http://hooks.example.com/x': 'A webhook url must use https',
      'https://10.1.2.3/x': 'A webhook url may not point at a private or reserved address (10.1.2.3)',
      'https://169.254.169.254/latest': 'A webhook url may not point at a private or reserved address (169.254.169.254)',
      'https://[fd00::1]/x': 'A webhook url may not point at a private or reserved address (fd00::1)',
      'https://100.64.0.1/x': 'A webhook url may not point at a private or reserved address (100.64.0.1)',
      'https://user:pw@hooks.example.com/x': 'A webhook url may not carry credentials',
      'not a url': "Invalid url 'not a url'",
    };
    for (const [url, message] of Object.entries(refusals)) {
      const reply = await create(url);
      assert.equal(reply.statusCode, 400, url);
      assert.equal(reply.body.customMessage, message);
    }
    // localhost resolves to loopback: without WEBHOOK_ALLOW_LOOPBACK the dispatcher refuses to connect.
    const port = new URL(receiver().url).port;
    const local = await create(`http://localhost:${port}/inward`);
    assert.equal(local.statusCode, 200);
    await tenant.request('POST', `/api/v1/webhooks/${local.body.data.id}/test`);
    await dispatch({ allowLoopback: false });
    assert.equal(arrivedAt('/inward').length, 0, 'nothing was sent');
    const [delivery] = await deliveries(tenant, local.body.data.id);
    assert.equal(delivery.status, 'pending');
    assert.match(delivery.error, /^refused: localhost resolves to (127\.0\.0\.1|::1), which is not a public address$/);
  });

  test('without WEBHOOK_ALLOW_LOOPBACK an endpoint on this machine is refused when it is saved', async () => {
    const loopbackUrls = [`${receiver().url}/here`, 'http://localhost:8080/x', 'https://127.1.2.3/x', 'https://[::1]/x'];
    const strict = await openTestApp(engine);
    try {
      const tenant = await strict.context.newTenant();
      for (const url of loopbackUrls) {
        const reply = await tenant.request('POST', '/api/v1/webhooks', { url, events: ['account.created'] });
        assert.equal(reply.statusCode, 400, url);
        assert.equal(reply.body.customMessage, 'A webhook url may not point at this server’s own machine (loopback)', url);
        const missing = await tenant.request('GET', '/api/v1/webhooks');
        assert.deepEqual(missing.body.data, [], 'nothing was saved');
      }
    } finally {
      await strict.close();
    }
    // The same urls are saved where the flag is on (this suite's app): the flag is what refused them.
    const tenant = await ctx().newTenant();
    for (const url of loopbackUrls) assert.equal((await tenant.request('POST', '/api/v1/webhooks', { url, events: ['account.created'] })).statusCode, 200, url);
  });

  test('the deliveries list pages newest first, through every delivery once', async () => {
    receiver().answer = answerOk;
    const tenant = await ctx().newTenant();
    const endpoint = await subscribe(tenant, ['account.created'], '/paged');
    const created: string[] = [];
    for (let i = 0; i < 4; i += 1) created.push((await tenant.request('POST', `/api/v1/webhooks/${endpoint.id}/test`)).body.data.id);
    const listed: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor === null ? '?limit=1' : `?limit=1&cursor=${encodeURIComponent(cursor)}`;
      const page = await tenant.request('GET', `/api/v1/webhooks/${endpoint.id}/deliveries${query}`);
      assert.equal(page.statusCode, 200, page.raw);
      assert.equal(page.body.data.data.length, 1);
      listed.push(page.body.data.data[0].id);
      cursor = page.body.data.nextCursor;
      assert.equal(page.body.data.hasNextPage, cursor !== null);
      pages += 1;
    } while (cursor !== null && pages <= created.length);
    assert.deepEqual(listed, [...created].reverse(), 'newest first, each once, none missed');
    assert.equal(pages, created.length);
  });

  test('an endpoint that never answers: the attempt ends at the timeout, and the delivery waits for its retry', async () => {
    // Never answers (the connection is dropped by the dispatcher's timeout).
    receiver().answer = () => {};
    const tenant = await ctx().newTenant();
    const endpoint = await subscribe(tenant, ['account.created'], '/silent');
    await tenant.request('POST', `/api/v1/webhooks/${endpoint.id}/test`);
    const start = Date.now();
    // A short timeout stands for the 10 s one, so the test does not wait 10 s.
    const summary = await dispatch({ now: start, timeoutMs: 150 });
    assert.equal(arrivedAt('/silent').length, 1, 'it was sent');
    assert.ok(summary.attempts >= 1);
    const [delivery] = await deliveries(tenant, endpoint.id);
    assert.equal(delivery.status, 'pending');
    assert.equal(delivery.attempts, 1);
    assert.equal(delivery.responseCode, null);
    assert.equal(delivery.error, 'no answer within 0.15 s');
    const retry = Date.parse(delivery.nextAttemptAt);
    assert.ok(retry >= start + DEFAULT_RETRY_POLICY.baseDelayMs / 2 && retry <= start + DEFAULT_RETRY_POLICY.baseDelayMs, 'a retry is scheduled with backoff');
    assert.equal((await tenant.request('GET', `/api/v1/webhooks/${endpoint.id}`)).body.data.failingSince, new Date(start).toISOString(), 'a failed attempt');
    receiver().answer = answerOk;
  });

  test('a redirect is not followed; a long answer is read up to 64 KB', async () => {
    const tenant = await ctx().newTenant();
    const moved = await subscribe(tenant, ['account.created'], '/moved');
    receiver().answer = (request, response) => {
      if (request.path === '/moved') response.writeHead(302, { location: `${receiver().url}/elsewhere` }).end();
      else response.writeHead(200).end();
    };
    await tenant.request('POST', `/api/v1/webhooks/${moved.id}/test`);
    await dispatch();
    assert.equal(arrivedAt('/elsewhere').length, 0);
    const [redirected] = await deliveries(tenant, moved.id);
    assert.equal(redirected.responseCode, 302);
    assert.equal(redirected.status, 'pending');
    await tenant.request('DELETE', `/api/v1/webhooks/${moved.id}`);

    const chatty = await subscribe(tenant, ['account.created'], '/chatty');
    let closed = false;
    receiver().answer = (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = 'x'.repeat(16 * 1024);
      const write = () => {
        // An answer that never ends: only the reader’s cap ends the attempt (before its 10 s timeout).
        while (!closed && response.write(chunk));
        if (!closed) response.once('drain', write);
      };
      response.on('close', () => (closed = true));
      write();
    };
    await tenant.request('POST', `/api/v1/webhooks/${chatty.id}/test`);
    await dispatch();
    const [capped] = await deliveries(tenant, chatty.id);
    assert.equal(capped.status, 'succeeded');
    assert.equal(capped.responseCode, 200);
    assert.ok(closed, 'the connection was dropped');
  });

  test('admins manage endpoints; a member reads them', async () => {
    const tenant = await ctx().newTenant();
    const endpoint = await subscribe(tenant, ['account.created']);
    await ctx().services.workspaces.addUser(tenant.workspaceId, `member-${tenant.workspaceId}@example.com`, 'member');
    const { apiKey } = await ctx().services.workspaces.createKey(`member-${tenant.workspaceId}@example.com`, tenant.workspaceId);
    const asMember = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
      ctx().inject({ method, url, headers: { 'x-api-key': apiKey, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { payload: JSON.stringify(body) }) });
    assert.equal((await asMember('GET', '/api/v1/webhooks')).statusCode, 200);
    for (const [method, url, body] of [
      ['POST', '/api/v1/webhooks', { url: 'https://hooks.example.com/x', events: ['account.created'] }],
      ['PUT', `/api/v1/webhooks/${endpoint.id}`, { enabled: false }],
      ['DELETE', `/api/v1/webhooks/${endpoint.id}`, undefined],
      ['POST', `/api/v1/webhooks/${endpoint.id}/roll-secret`, undefined],
    ] as const) {
      const reply = await asMember(method, url, body);
      assert.equal(reply.statusCode, 403, `${method} ${url}`);
      assert.equal(reply.body.customMessage, 'Webhooks are managed by admins: use an admin user’s key or session');
    }
    const actions = (await tenant.request('GET', '/api/v1/audit-events')).body.data.data.map((event: { action: string }) => event.action);
    assert.ok(actions.includes('webhook.created'));
  });

  test('a scoring run announces changed scores and stages, segment moves, and its completion', async () => {
    receiver().answer = answerOk;
    const tenant = await ctx().newTenant();
    await subscribe(tenant, ['account.score_changed', 'account.stage_changed', 'segment.membership_changed', 'scoring.run_completed'], '/scoring');
    const pushed = await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'hot.example.com', name: 'Hot' }, { domain: 'cold.example.com', name: 'Cold' }] });
    const hotId = pushed.body.data.results[0].rtp_aid as string;
    const stageBefore = (await tenant.request('GET', `/api/v1/accounts/${hotId}`)).body.data.rtp_journey_stage as string;
    const segment = await tenant.request('POST', '/api/v1/segments', { name: 'Scored', type: 'dynamic', rules: { all: [{ field: 'rtp_account_score', op: 'gt', value: 0 }] } });
    assert.equal(segment.statusCode, 200, segment.raw);
    const now = new Date().toISOString();
    const signals = await tenant.request('POST', '/api/v1/signals', { signals: [{ source: 'g2', domain: 'hot.example.com', type: 'profile_view', occurredAt: now }] });
    assert.equal(signals.statusCode, 200, signals.raw);
    const started = await ctx().services.scoring.startRun(tenant.workspaceId, { trigger: 'cli' });
    assert.equal((await ctx().services.scoring.waitForRun(tenant.workspaceId, started.run.runId)).status, 'succeeded');
    await dispatch();
    const events = arrivedAt('/scoring').flatMap(eventsOf);
    const byType = (type: string) => events.filter((event) => event.type === type);
    const [scored] = byType('account.score_changed');
    assert.deepEqual(scored.data.account, { rtp_aid: hotId, domain: 'hot.example.com' });
    assert.equal(scored.data.previous.rtp_account_score, 0);
    assert.ok(scored.data.current.rtp_account_score > 0);
    assert.ok(scored.data.current.rtp_g2_intent_score > 0);
    assert.equal(scored.data.runId, started.run.runId);
    assert.equal(byType('account.score_changed').length, 1, 'the cold account did not change');
    const account = (await tenant.request('GET', `/api/v1/accounts/${hotId}`)).body.data;
    assert.equal(scored.data.current.rtp_account_score, account.rtp_account_score);
    // The hot account's signal moves it out of its first stage; the cold one stays: exactly one stage change.
    const explained = (await tenant.request('GET', `/api/v1/accounts/${hotId}/score`)).body.data;
    assert.notEqual(account.rtp_journey_stage, stageBefore, 'the run moved the hot account');
    assert.deepEqual(
      byType('account.stage_changed').map((event) => event.data),
      [{ account: { rtp_aid: hotId, domain: 'hot.example.com' }, previousStage: stageBefore, stage: account.rtp_journey_stage, rule: explained.journey.rule, runId: started.run.runId }],
    );
    assert.equal(typeof explained.journey.rule, 'string', 'the rule that decided the stage');
    assert.deepEqual(byType('segment.membership_changed').map((event) => event.data), [{ segmentId: segment.body.data.segmentId, added: [hotId], removed: [], runId: started.run.runId }]);
    const [completed] = byType('scoring.run_completed');
    assert.equal(completed.data.run.runId, started.run.runId);
    assert.equal(completed.data.run.status, 'succeeded');
    assert.equal(events[events.length - 1].type, 'scoring.run_completed', 'after the events of its chunks');
  });

  test('every membership move is announced: static members added and removed, a push into a segment, a push that moves a dynamic segment', async () => {
    receiver().answer = answerOk;
    const tenant = await ctx().newTenant();
    await subscribe(tenant, ['segment.membership_changed'], '/members');
    const staticSegment = (await tenant.request('POST', '/api/v1/segments', { name: 'Picked', type: 'static' })).body.data.segmentId as string;
    const dynamic = await tenant.request('POST', '/api/v1/segments', { name: 'Named Big', type: 'dynamic', rules: { all: [{ field: 'name', op: 'contains', value: 'Big' }] } });
    assert.equal(dynamic.statusCode, 200, dynamic.raw);
    const dynamicSegment = dynamic.body.data.segmentId as string;
    const pushed = await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'a.example.com', name: 'A' }, { domain: 'b.example.com', name: 'B' }] });
    const [a, b] = (pushed.body.data.results as Array<{ rtp_aid: string }>).map((r) => r.rtp_aid);

    const moves = [
      () => tenant.request('POST', `/api/v1/segments/${staticSegment}/accounts`, { accounts: [{ rtp_aid: a }, { domain: 'b.example.com' }] }),
      () => tenant.request('DELETE', `/api/v1/segments/${staticSegment}/accounts`, { accounts: [{ rtp_aid: b }] }),
      () => tenant.request('POST', '/api/v1/accounts', { segmentId: staticSegment, accounts: [{ domain: 'c.example.com', name: 'C' }] }),
      () => tenant.request('POST', '/api/v1/accounts', { upsert: true, accounts: [{ domain: 'a.example.com', name: 'A Big' }] }),
      () => tenant.request('POST', '/api/v1/accounts', { upsert: true, accounts: [{ domain: 'a.example.com', name: 'A' }] }),
    ];
    const replies = [];
    for (const move of moves) replies.push(await move());
    assert.deepEqual(replies.map((reply) => reply.statusCode), [200, 200, 200, 200, 200]);
    const c = replies[2].body.data.results[0].rtp_aid as string;
    await dispatch();
    const announced = arrivedAt('/members').flatMap(eventsOf).map((event) => event.data);
    assert.deepEqual(announced, [
      { segmentId: staticSegment, added: [a, b], removed: [] },
      { segmentId: staticSegment, added: [], removed: [b] },
      { segmentId: staticSegment, added: [c], removed: [] },
      { segmentId: dynamicSegment, added: [a], removed: [] },
      { segmentId: dynamicSegment, added: [], removed: [a] },
    ]);
  });

  test('an event commits with its change or not at all', async () => {
    const tenant = await ctx().newTenant();
    await subscribe(tenant, ['account.updated']);
    const { db } = ctx().database;
    const dialect = dialectOf(engine);
    const announce = (trx: Transaction<Database>) =>
      emitWebhookEvents(trx, dialect, tenant.workspaceId, [{ type: 'account.updated', sequence: 1, data: {} }], Date.now());
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await trx.updateTable('workspaces').set({ name: 'Renamed' }).where('id', '=', tenant.workspaceId).execute();
        await announce(trx);
        throw new Error('the change fails after its event was written');
      }),
    );
    assert.equal(await outboxCount(tenant.workspaceId), 0, 'a failed change leaves no event');
    await db.transaction().execute(async (trx) => announce(trx));
    assert.equal(await outboxCount(tenant.workspaceId), 1);
  });
});

/**
 * The dispatcher's lease with two dispatchers on one workspace, as two processes would be: the app's
 * service (its own connection; on SQLite its service thread) and a WebhooksService on the test's own
 * connection, each with its own owner id and its own memory of the leases it holds. An app of their
 * own, so that the one workspace here is all they dispatch.
 */
describeEachEngine('webhook dispatcher lease', (engine) => {
  const ctx = useTestApp(engine, { WEBHOOK_ALLOW_LOOPBACK: '1' });
  const receiver = useReceiver();
  const options = (owner: string): DispatchOptions => ({ owner, leaseMs: 60_000, allowLoopback: true });
  const dispatchers = () => ({ first: ctx().services.webhooks, second: new WebhooksService(ctx().database.db, ctx().database.dialect) });
  const leaseOf = (workspaceId: string) => ctx().database.db.selectFrom('webhook_leases').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
  const arrivedAt = (path: string) => receiver().received.filter((request) => request.path === path);

  /** Holds every answer until `release` (so a pass stays mid-attempt), then answers them and the rest with `status`. */
  function holdAnswers() {
    const held: ServerResponse[] = [];
    receiver().answer = (_request, response) => held.push(response);
    return (status: number) => {
      receiver().answer = (_request, response) => response.writeHead(status).end();
      for (const response of held.splice(0)) response.writeHead(status).end();
    };
  }

  async function subscribed(path: string) {
    const tenant = await ctx().newTenant();
    const created = await tenant.request('POST', '/api/v1/webhooks', { url: `${receiver().url}${path}`, events: ['account.created'] });
    assert.equal(created.statusCode, 200, created.raw);
    return { tenant, endpointId: created.body.data.id as string };
  }

  test('two dispatchers at once: one takes the lease, the other passes while it is mid-attempt; every event arrives once', async () => {
    const { tenant, endpointId } = await subscribed('/both');
    const accounts = Array.from({ length: 150 }, (_, i) => ({ domain: `both-${i}.example.com`, name: `Both ${i}` }));
    for (const part of [accounts.slice(0, 75), accounts.slice(75)]) assert.equal((await tenant.request('POST', '/api/v1/accounts', { accounts: part })).statusCode, 200);
    const { first, second } = dispatchers();
    const release = holdAnswers();
    const before = receiver().received.length;
    const passes = [first.dispatch(options('first')), second.dispatch(options('second'))];
    // The holder cannot end its pass while its POST waits for an answer: the pass that ends first is the other's, made meanwhile.
    const [loser, summary] = await Promise.race(passes.map((pass, i) => pass.then((result): [number, DispatchSummary] => [i, result])));
    assert.deepEqual(summary, { workspaces: 0, attempts: 0, succeeded: 0, backlog: false }, 'the other pass did nothing');
    await receiver().waitFor(before + 1);
    assert.equal(arrivedAt('/both').length, 1, 'one POST in flight, from the holder');
    release(200);
    const winner = await passes[1 - loser];
    assert.deepEqual(winner, { workspaces: 1, attempts: 2, succeeded: 2, backlog: false });
    assert.equal((await leaseOf(tenant.workspaceId))?.owner, ['first', 'second'][1 - loser]);

    // Again, both: nothing is due, nothing more is sent.
    await Promise.all([first.dispatch(options('first')), second.dispatch(options('second'))]);
    const events = arrivedAt('/both').flatMap(eventsOf);
    assert.equal(events.length, 150);
    assert.equal(new Set(events.map((event) => event.id)).size, 150, 'each event once');
    assert.deepEqual(
      events.map((event) => event.data.account.domain),
      accounts.map((account) => account.domain),
    );
    const listed = (await tenant.request('GET', `/api/v1/webhooks/${endpointId}/deliveries`)).body.data.data;
    assert.deepEqual(listed.map((delivery: { status: string; attempts: number }) => [delivery.status, delivery.attempts]), [['succeeded', 1], ['succeeded', 1]]);
    // Done: its workspace leaves the dispatchers' list, so the next test's summaries count only its own.
    assert.equal((await tenant.request('DELETE', `/api/v1/webhooks/${endpointId}`)).statusCode, 200);
  });

  test('fencing: a dispatcher whose lease ran out mid-attempt, and was taken, has its outcome refused', async () => {
    const { tenant, endpointId } = await subscribed('/fenced');
    await tenant.request('POST', `/api/v1/webhooks/${endpointId}/test`);
    const { first, second } = dispatchers();
    const release = holdAnswers();
    const stalled = first.dispatch(options('first'));
    await receiver().waitFor(receiver().received.length + 1);
    // The first one's lease runs out while its POST hangs (its row is moved, as the wall clock cannot be).
    await ctx().database.db.updateTable('webhook_leases').set({ expires_at: Date.now() - 1 }).where('workspace_id', '=', tenant.workspaceId).execute();
    receiver().answer = answerOk;
    const taken = await second.dispatch(options('second'));
    assert.deepEqual(taken, { workspaces: 1, attempts: 1, succeeded: 1, backlog: false }, 'the second took the lease and delivered');
    release(500);
    const late = await stalled;
    assert.equal(late.attempts, 1, 'the first one had sent it');
    assert.equal(late.succeeded, 0);

    const [delivery] = (await tenant.request('GET', `/api/v1/webhooks/${endpointId}/deliveries`)).body.data.data;
    assert.deepEqual(
      { status: delivery.status, attempts: delivery.attempts, responseCode: delivery.responseCode, error: delivery.error },
      { status: 'succeeded', attempts: 1, responseCode: 200, error: null },
      'the holder’s outcome stands; the first one’s 500 was not written',
    );
    assert.equal((await tenant.request('GET', `/api/v1/webhooks/${endpointId}`)).body.data.failingSince, null, 'nor its failure');
    assert.equal((await leaseOf(tenant.workspaceId))?.owner, 'second');
    assert.equal(arrivedAt('/fenced').length, 2, 'sent twice (at-least-once), recorded once');
  });
});
