import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp, type Tenant } from '../../../test/support/test-app.js';
import * as repo from './signals.repository.js';

interface Result { index: number; status: string; error?: string; reason?: string }

function signal(overrides: Record<string, unknown> = {}) {
  return { source: 'website', domain: 'acme.com', type: 'page_view', occurredAt: '2026-04-30T10:00:00.000Z', ...overrides };
}

const bombora = (overrides: Record<string, unknown> = {}) => signal({ source: 'bombora', type: 'surge', topic: 'CRM Software', score: 72, ...overrides });

async function push(tenant: Tenant, signals: unknown[]) {
  const reply = await tenant.request('POST', '/api/v1/signals', { signals });
  assert.equal(reply.statusCode, 200, reply.raw);
  assert.equal(reply.body.statusCode, 200);
  assert.equal(reply.body.path, '/api/v1/signals');
  return reply.body.data as { results: Result[]; summary: Record<string, number> };
}

const DUPLICATE = 'Duplicate signal';
const WEBSITE_TYPES = "Invalid type 'click' for source 'website'. Allowed types: page_view, high_intent_page_view, form_submit";

describeEachEngine('signals', (engine) => {
  const ctx = useTestApp(engine);

  const stored = (workspaceId: string) =>
    ctx().database.db.selectFrom('signals').selectAll().where('workspace_id', '=', workspaceId).orderBy('ingested_seq').execute();

  test('a mixed batch reports every item in input order with the exact strings of §4.1', async () => {
    const tenant = await ctx().newTenant();
    await push(tenant, [signal({ externalSignalId: 'seen' })]);
    const data = await push(tenant, [
      signal({ externalSignalId: 'w-1', url: 'https://vendor.com/pricing', type: 'high_intent_page_view' }),
      signal({ type: 'click' }),
      bombora({ topic: undefined }),
      bombora({ score: undefined }),
      bombora({ topic: null, score: null }),
      signal({ domain: 'not a domain' }),
      signal({ externalSignalId: 'seen' }),
      signal({ externalSignalId: 'w-1', domain: 'other.com' }),
      signal({ source: 'g2', type: 'comparison_view', externalSignalId: 'w-1' }),
      signal({ source: 'linkedin', type: 'impression', count: 250, domain: 'https://www.Unknown-Co.io/x' }),
      bombora(),
      signal({ type: 'click', externalSignalId: 'seen', domain: 'bad' }),
    ]);
    assert.deepEqual(data.results, [
      { index: 0, status: 'created' },
      { index: 1, status: 'failed', error: WEBSITE_TYPES },
      { index: 2, status: 'failed', error: "topic is required for source 'bombora'" },
      { index: 3, status: 'failed', error: "score is required for source 'bombora'" },
      { index: 4, status: 'failed', error: "topic and score are required for source 'bombora'" },
      { index: 5, status: 'failed', error: "Invalid domain 'not a domain'" },
      { index: 6, status: 'skipped', reason: DUPLICATE },
      { index: 7, status: 'skipped', reason: DUPLICATE },
      { index: 8, status: 'created' },
      { index: 9, status: 'created' },
      { index: 10, status: 'created' },
      { index: 11, status: 'failed', error: WEBSITE_TYPES },
    ]);
    assert.deepEqual(data.summary, { total: 12, created: 4, skipped: 2, failed: 6 });
    assert.deepEqual(Object.keys(data.summary), ['total', 'created', 'skipped', 'failed']);
    assert.deepEqual(Object.keys(data.results[1]), ['index', 'status', 'error']);
    assert.deepEqual(Object.keys(data.results[6]), ['index', 'status', 'reason']);
    assert.equal((await stored(tenant.workspaceId)).length, 5, 'failed and skipped items write nothing');
  });

  test('stored signals carry the normalised domain, epoch times, default count and the commit-ordered ingest sequence', async () => {
    const tenant = await ctx().newTenant();
    await push(tenant, [
      signal({ domain: 'https://www.ACME.com/pricing?x=1', occurredAt: '2026-04-30T12:00:00+02:00', url: 'https://vendor.com/pricing', type: 'high_intent_page_view' }),
      bombora({ domain: 'globex.com', externalSignalId: 'b-1', occurredAt: '2026-04-27T00:00:00Z' }),
    ]);
    await push(tenant, [signal({ source: 'linkedin', type: 'click', count: 3, externalSignalId: null, url: null, topic: null, score: null })]);
    const rows = await stored(tenant.workspaceId);
    const strip = ({ id, ingested_seq, created_at, workspace_id, ...rest }: (typeof rows)[number]) => rest;
    assert.deepEqual(rows.map(strip), [
      { source: 'website', type: 'high_intent_page_view', domain: 'acme.com', occurred_at: Date.parse('2026-04-30T10:00:00Z'), count: 1, external_signal_id: null, url: 'https://vendor.com/pricing', topic: null, score: null },
      { source: 'bombora', type: 'surge', domain: 'globex.com', occurred_at: Date.parse('2026-04-27T00:00:00Z'), count: 1, external_signal_id: 'b-1', url: null, topic: 'CRM Software', score: 72 },
      { source: 'linkedin', type: 'click', domain: 'acme.com', occurred_at: Date.parse('2026-04-30T10:00:00Z'), count: 3, external_signal_id: null, url: null, topic: null, score: null },
    ]);
    for (const row of rows) assert.match(row.id, /^[0-9a-f]{24}$/);
    const seqs = rows.map((r) => Number(r.ingested_seq));
    assert.ok(seqs[0] < seqs[1] && seqs[1] < seqs[2], `ingest order ${seqs}`);
  });

  test('validation rejects the whole request with the §2.4 templates and writes nothing', async () => {
    const tenant = await ctx().newTenant();
    const send = (body: unknown) => tenant.request('POST', '/api/v1/signals', body);
    const missing = await send({});
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.body.message, 'Bad Request');
    assert.equal(missing.body.customMessage, 'signals must be an array; signals must contain at least 1 elements');
    assert.deepEqual(missing.body.data, [
      { property: 'signals', path: 'signals', constraints: { isArray: 'signals must be an array', arrayMinSize: 'signals must contain at least 1 elements' } },
    ]);
    assert.equal((await send({ signals: [] })).body.customMessage, 'signals must contain at least 1 elements');
    const tooMany = Array.from({ length: 1001 }, () => signal());
    const over = await send({ signals: tooMany });
    assert.equal(over.statusCode, 400);
    assert.equal(over.body.customMessage, 'signals must contain no more than 1000 elements');

    const required = await send({ signals: [{}] });
    assert.equal(required.body.customMessage, 'source should not be empty; domain should not be empty; type should not be empty; occurredAt should not be empty');
    assert.deepEqual(required.body.data[0], { property: 'source', path: 'signals[0].source', constraints: { isNotEmpty: 'source should not be empty' } });

    const wrong = await send({
      signals: [signal({ source: 'twitter', domain: '', type: 5, occurredAt: '2026-04-30', count: 0, externalSignalId: '', url: 3, topic: 4, score: 101 })],
    });
    assert.deepEqual(wrong.body.data, [
      { property: 'source', path: 'signals[0].source', constraints: { isIn: 'source must be one of the following values: website, g2, bombora, linkedin' } },
      { property: 'domain', path: 'signals[0].domain', constraints: { isNotEmpty: 'domain should not be empty' } },
      { property: 'type', path: 'signals[0].type', constraints: { isString: 'type must be a string' } },
      { property: 'occurredAt', path: 'signals[0].occurredAt', constraints: { isISO8601: 'occurredAt must be a valid ISO 8601 date string' } },
      { property: 'count', path: 'signals[0].count', constraints: { min: 'count must not be less than 1' } },
      { property: 'externalSignalId', path: 'signals[0].externalSignalId', constraints: { isNotEmpty: 'externalSignalId should not be empty' } },
      { property: 'url', path: 'signals[0].url', constraints: { isString: 'url must be a string' } },
      { property: 'topic', path: 'signals[0].topic', constraints: { isString: 'topic must be a string' } },
      { property: 'score', path: 'signals[0].score', constraints: { max: 'score must not be greater than 100' } },
    ]);
    const numbers = await send({ signals: [signal({ count: 1.5 }), bombora({ score: -1 }), bombora({ score: 50.5 }), signal({ count: 2_147_483_648 }), signal({ count: '2' })] });
    assert.equal(
      numbers.body.customMessage,
      'count must be an integer number; score must not be less than 0; score must be an integer number; count must not be greater than 2147483647; count must be an integer number',
    );

    // Accepted by the format but with no instant in years 0000–9999.
    const outOfRange = await send({ signals: [signal(), signal({ occurredAt: '9999-12-31T23:00:00-02:00' })] });
    assert.equal(outOfRange.statusCode, 400);
    assert.deepEqual(outOfRange.body.data, [
      { property: 'occurredAt', path: 'signals[1].occurredAt', constraints: { isISO8601: 'occurredAt must be a valid ISO 8601 date string' } },
    ]);
    assert.deepEqual(await stored(tenant.workspaceId), [], 'rejected requests write nothing');

    const unknownExtra = await push(tenant, [signal({ ignoredExtra: true })]);
    assert.equal(unknownExtra.results[0].status, 'created', 'unknown extra fields are ignored');
  });

  test('1000 signals in one request: all created, then all skipped on a re-send', async () => {
    const tenant = await ctx().newTenant();
    const signals = Array.from({ length: 1000 }, (_, i) =>
      i % 4 === 3
        ? bombora({ domain: `company-${i % 97}.com`, externalSignalId: `s-${i}`, topic: `Topic ${i % 7}`, score: i % 101 })
        : signal({ domain: `company-${i % 97}.com`, externalSignalId: `s-${i}`, url: `https://vendor.com/p/${i}` }),
    );
    const started = Date.now();
    const first = await push(tenant, signals);
    const elapsed = Date.now() - started;
    assert.deepEqual(first.summary, { total: 1000, created: 1000, skipped: 0, failed: 0 });
    assert.ok(elapsed < 10_000, `1000 signals took ${elapsed} ms`);
    const again = await push(tenant, signals);
    assert.deepEqual(again.summary, { total: 1000, created: 0, skipped: 1000, failed: 0 });
    assert.ok(again.results.every((r, i) => r.index === i && r.reason === DUPLICATE));
    assert.equal((await stored(tenant.workspaceId)).length, 1000);
  });

  test('concurrent pushes of the same externalSignalId store it once', async () => {
    const tenant = await ctx().newTenant();
    const batch = [signal({ externalSignalId: 'race-1' }), signal({ externalSignalId: 'race-2', source: 'g2', type: 'pricing_view' })];
    const replies = await Promise.all(Array.from({ length: 6 }, () => push(tenant, batch)));
    const created = replies.flatMap((r) => r.results).filter((r) => r.status === 'created').length;
    const skipped = replies.flatMap((r) => r.results).filter((r) => r.status === 'skipped' && r.reason === DUPLICATE).length;
    assert.equal(created, 2);
    assert.equal(skipped, 10);
    const rows = await stored(tenant.workspaceId);
    assert.deepEqual(rows.map((r) => r.external_signal_id).sort(), ['race-1', 'race-2']);
  });

  test('dedup is per workspace; another workspace cannot see or collide with the signals', async () => {
    const a = await ctx().newTenant();
    const b = await ctx().newTenant();
    assert.equal((await push(a, [signal({ externalSignalId: 'shared' })])).results[0].status, 'created');
    assert.equal((await push(b, [signal({ externalSignalId: 'shared' })])).results[0].status, 'created');
    assert.equal((await stored(a.workspaceId)).length, 1);
    assert.equal((await stored(b.workspaceId)).length, 1);
  });

  test('a signal another writer stored first is not inserted again (ON CONFLICT on the partial key)', async () => {
    const tenant = await ctx().newTenant();
    await push(tenant, [signal({ externalSignalId: 'first' })]);
    const { db } = ctx().database;
    const row = (id: string, externalSignalId: string | null) => ({
      id,
      source: 'website',
      type: 'page_view',
      domain: 'acme.com',
      occurred_at: 1,
      count: 1,
      external_signal_id: externalSignalId,
      url: null,
      topic: null,
      score: null,
      ingested_seq: 0,
      created_at: 1,
    });
    const inserted = await db
      .transaction()
      .execute((trx) =>
        repo.insertSignals(trx, tenant.workspaceId, [row('aaaaaaaaaaaaaaaaaaaaaaa1', 'first'), row('aaaaaaaaaaaaaaaaaaaaaaa2', null), row('aaaaaaaaaaaaaaaaaaaaaaa3', null)]),
      );
    assert.deepEqual([...inserted].sort(), ['aaaaaaaaaaaaaaaaaaaaaaa2', 'aaaaaaaaaaaaaaaaaaaaaaa3']);
  });

  test('signals for domains without an account are kept and found by domain once the account exists', async () => {
    const tenant = await ctx().newTenant();
    await push(tenant, [
      signal({ domain: 'https://www.Late.io/contact', occurredAt: '2026-04-01T00:00:00Z' }),
      signal({ domain: 'late.io', source: 'g2', type: 'profile_view', occurredAt: '2026-04-20T00:00:00Z' }),
    ]);
    const created = await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'late.io', name: 'Late' }] });
    assert.equal(created.body.data.results[0].status, 'created');
    const { db } = ctx().database;
    const all = await repo.signalsForDomains(db, tenant.workspaceId, ['late.io']);
    assert.deepEqual(all.map((s) => [s.source, s.type, s.domain]), [['g2', 'profile_view', 'late.io'], ['website', 'page_view', 'late.io']]);
    const recent = await repo.signalsForDomains(db, tenant.workspaceId, ['late.io', 'nobody.com'], Date.parse('2026-04-10T00:00:00Z'));
    assert.deepEqual(recent.map((s) => s.type), ['profile_view']);
    assert.equal(recent[0].occurredAt, Date.parse('2026-04-20T00:00:00Z'));
    assert.equal(recent[0].count, 1);
  });

  test('domainsWithSignalsAfter pages distinct domains in ingest order without gaps', async () => {
    const tenant = await ctx().newTenant();
    const { db } = ctx().database;
    const start = await repo.domainsWithSignalsAfter(db, tenant.workspaceId, 0, 10);
    assert.deepEqual(start, { domains: [], lastSeq: 0, hasMore: false });
    await push(tenant, ['a.com', 'b.com', 'a.com', 'c.com', 'b.com', 'd.com'].map((domain) => signal({ domain })));
    const first = await repo.domainsWithSignalsAfter(db, tenant.workspaceId, 0, 2);
    assert.deepEqual(first.domains, ['a.com', 'b.com']);
    assert.equal(first.hasMore, true);
    const second = await repo.domainsWithSignalsAfter(db, tenant.workspaceId, first.lastSeq, 2);
    assert.deepEqual(second.domains, ['c.com', 'b.com']);
    const third = await repo.domainsWithSignalsAfter(db, tenant.workspaceId, second.lastSeq, 2);
    assert.deepEqual(third.domains, ['d.com']);
    assert.equal(third.hasMore, false);
    const caughtUp = await repo.domainsWithSignalsAfter(db, tenant.workspaceId, third.lastSeq, 2);
    assert.deepEqual(caughtUp, { domains: [], lastSeq: third.lastSeq, hasMore: false });
    await push(tenant, [signal({ domain: 'e.com' })]);
    const later = await repo.domainsWithSignalsAfter(db, tenant.workspaceId, third.lastSeq, 2);
    assert.deepEqual(later.domains, ['e.com']);
    assert.ok(later.lastSeq > third.lastSeq);
    const other = await ctx().newTenant();
    assert.deepEqual((await repo.domainsWithSignalsAfter(db, other.workspaceId, 0, 5)).domains, [], 'per workspace');
  });
});
