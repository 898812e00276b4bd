/**
 * GET /accounts sorted and filtered (issue 12): every sort pages completely and in order by keyset
 * cursor, filters combine, both query plans (walk the sort index, or drive from a filter) answer the
 * same pages, bad values are 400s, and on SQLite every plan reads indexes (EXPLAIN QUERY PLAN).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../../db/index.js';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp, type Tenant } from '../../../test/support/test-app.js';
import { ACCOUNT_SORTS, parseSort, type AccountSortName } from './account-list.js';
import { accountPageQuery, listAccountsSorted, type AccountListFilters, type FilterName } from './account-list.repository.js';

interface Listed {
  rtp_aid: string;
  name: string;
  domain: string;
  tags: string[];
  rtp_journey_stage: string;
  rtp_account_score: number;
  rtp_last_account_date: string;
  [key: string]: unknown;
}

const STAGES = ['Unaware', 'Aware', 'Consideration', 'Opportunity', 'Customer'];
async function listAll(tenant: Tenant, params: Record<string, string>, limit = 4): Promise<Listed[]> {
  const all: Listed[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages += 1) {
    const query = new URLSearchParams({ ...params, limit: String(limit), ...(cursor ? { cursor } : {}) });
    const reply = await tenant.request('GET', `/api/v1/accounts?${query}`);
    assert.equal(reply.statusCode, 200, reply.raw);
    all.push(...(reply.body.data.data as Listed[]));
    if (!reply.body.data.hasNextPage) return all;
    cursor = reply.body.data.nextCursor as string;
  }
  throw new Error('more than 100 pages');
}

/**
 * The order a sort promises, computed here from the accounts themselves, given in change order (as
 * the plain GET /accounts lists them): the latest change first is that order reversed (accounts
 * written by one batch share their change time; the change sequence orders them).
 */
function expectedOrder(accounts: Listed[], sort: AccountSortName): string[] {
  if (sort === '-rtp_last_account_date') return [...accounts].reverse().map((a) => a.rtp_aid);
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  const sign = desc ? -1 : 1;
  return [...accounts]
    .sort((a, b) => sign * ((a[field] as number) - (b[field] as number)) || sign * a.rtp_aid.localeCompare(b.rtp_aid))
    .map((a) => a.rtp_aid);
}

describeEachEngine('GET /accounts sorted and filtered', (engine) => {
  const ctx = useTestApp(engine);
  let tenant: Tenant;
  let accounts: Listed[];
  let segmentId: string;

  test('setup: 30 accounts with tags, scores, stages and a segment', async () => {
    tenant = await ctx().newTenant();
    const items = Array.from({ length: 30 }, (_, i) => ({
      domain: `${i % 3 === 0 ? 'alpha' : 'beta'}-${i}.example.com`,
      name: i % 5 === 0 ? `Zeta Works ${i}` : `Company ${i}`,
      tags: i % 4 === 0 ? ['Enterprise', 'emea'] : i % 4 === 1 ? ['smb'] : [],
    }));
    for (let i = 0; i < items.length; i += 10) {
      const reply = await tenant.request('POST', '/api/v1/accounts', { accounts: items.slice(i, i + 10) });
      assert.equal(reply.statusCode, 200, reply.raw);
    }
    const all = await listAll(tenant, {}, 100);
    // Scores and stages as a scoring run would leave them, set directly (many ties, to test the id tie-break).
    const { db } = ctx().database;
    for (const [i, account] of all.entries()) {
      await db
        .updateTable('accounts')
        .set({
          account_score: (i * 7) % 10,
          website_intent_score: (i * 3) % 4,
          bombora_intent_score: i % 2,
          g2_intent_score: (i * 11) % 13,
          advertising_activity_score: 30 - i,
          journey_stage: STAGES[i % 5],
        })
        .where('id', '=', account.rtp_aid)
        .execute();
    }
    const segment = await tenant.request('POST', '/api/v1/segments', { name: 'Odd ones', type: 'static' });
    assert.equal(segment.statusCode, 200, segment.raw);
    segmentId = segment.body.data.segmentId ?? segment.body.data.id;
    const members = all.filter((_, i) => i % 2 === 1).map((a) => ({ domain: a.domain }));
    const added = await tenant.request('POST', `/api/v1/segments/${segmentId}/accounts`, { accounts: members });
    assert.equal(added.statusCode, 200, added.raw);
    accounts = await listAll(tenant, {}, 100);
    assert.equal(accounts.length, 30);
  });

  test('every sort pages through all accounts in its order, ties by rtp_aid, with no repeats', async () => {
    for (const sort of ACCOUNT_SORTS) {
      const listed = await listAll(tenant, { sort });
      assert.deepEqual(
        listed.map((a) => a.rtp_aid),
        expectedOrder(accounts, sort),
        sort,
      );
    }
  });

  test('filters: stage, segment, tag (case-insensitive), q (prefix of domain or name), combined', async () => {
    const ids = (list: Listed[]) => list.map((a) => a.rtp_aid);
    const consideration = await listAll(tenant, { stage: 'Consideration' });
    assert.deepEqual(ids(consideration), expectedOrder(accounts.filter((a) => a.rtp_journey_stage === 'Consideration'), '-rtp_account_score'));
    assert.ok(consideration.length > 0);

    const members = await listAll(tenant, { segmentId, sort: 'rtp_g2_intent_score' });
    assert.ok(members.length === 15 && members.every((a) => (a.rtp_segments as Array<{ segmentId: string }>).some((s) => s.segmentId === segmentId)));
    assert.deepEqual(ids(members), expectedOrder(members, 'rtp_g2_intent_score'));

    const enterprise = await listAll(tenant, { tag: 'ENTERPRISE' });
    assert.deepEqual(ids(enterprise), expectedOrder(accounts.filter((a) => a.tags.includes('Enterprise')), '-rtp_account_score'));

    const byDomain = await listAll(tenant, { q: 'ALPHA-' });
    assert.deepEqual(ids(byDomain), expectedOrder(accounts.filter((a) => a.domain.startsWith('alpha-')), '-rtp_account_score'));
    const byName = await listAll(tenant, { q: 'zeta w' });
    assert.deepEqual(ids(byName), expectedOrder(accounts.filter((a) => a.name.startsWith('Zeta W')), '-rtp_account_score'));
    assert.deepEqual(await listAll(tenant, { q: 'works' }), [], 'a prefix, not a substring');

    const combined = await listAll(tenant, { q: 'alpha', tag: 'emea', segmentId, sort: '-rtp_last_account_date' });
    const expected = accounts.filter((a) => a.domain.startsWith('alpha') && a.tags.includes('emea') && members.some((m) => m.rtp_aid === a.rtp_aid));
    assert.deepEqual(ids(combined), expectedOrder(expected, '-rtp_last_account_date'));
  });

  test('the tag filter follows a re-push that changes the tags', async () => {
    const target = accounts.find((a) => a.tags.includes('smb'))!;
    const reply = await tenant.request('POST', '/api/v1/accounts', { upsert: true, accounts: [{ domain: target.domain, name: target.name, tags: ['Partner'] }] });
    assert.equal(reply.statusCode, 200, reply.raw);
    assert.deepEqual((await listAll(tenant, { tag: 'partner' })).map((a) => a.rtp_aid), [target.rtp_aid]);
    assert.ok(!(await listAll(tenant, { tag: 'smb' })).some((a) => a.rtp_aid === target.rtp_aid));
    accounts = await listAll(tenant, {}, 100);
  });

  test('both plans — walk the sort index, drive from a filter — give the same pages', async () => {
    const { db, dialect } = ctx().database;
    const cases: Array<{ filters: AccountListFilters; sort: AccountSortName }> = [
      { filters: { stage: 'Aware' }, sort: '-rtp_account_score' },
      { filters: { stage: 'Aware' }, sort: 'rtp_bombora_intent_score' },
      { filters: { segmentId }, sort: '-rtp_website_intent_score' },
      { filters: { tag: 'EMEA' }, sort: '-rtp_last_account_date' },
      { filters: { prefix: 'beta' }, sort: 'rtp_advertising_activity_score' },
      { filters: { prefix: 'Company 1', segmentId, stage: 'Opportunity' }, sort: '-rtp_g2_intent_score' },
    ];
    for (const { filters, sort } of cases) {
      const drivers: Array<FilterName | undefined> = [undefined, ...(Object.keys(filters) as FilterName[])];
      const results = [];
      for (const driver of drivers) {
        const rows = await listAccountsSorted(db, dialect, tenant.workspaceId, { sort: parseSort(sort), filters, limit: 100, driver });
        results.push(rows.map((r) => r.id));
      }
      for (const result of results.slice(1)) assert.deepEqual(result, results[0], JSON.stringify({ filters, sort }));
    }
  });

  test('bad values answer 400 with a clear message', async () => {
    const cases: Array<[string, RegExp]> = [
      ['sort=name', /sort/],
      ['stage=Nowhere', /stage/],
      ['sort=-rtp_account_score&lastSync=2026-01-01T00:00:00Z', /lastSync cannot be combined with sort/],
      ['q=acme&domains=%5B%22acme.com%22%5D', /domains cannot be combined with q/],
      ['segmentId=not-an-id', /Invalid segmentId format/],
      ['segmentId=663abc0e5f1c2a0012345678', /no such segment/],
      ['q=%20%20', /q must not be blank/],
      ['tag=', /tag/],
      ['sort=rtp_account_score&cursor=abc', /Invalid cursor/],
    ];
    for (const [query, message] of cases) {
      const reply = await tenant.request('GET', `/api/v1/accounts?${query}`);
      assert.equal(reply.statusCode, 400, `${query}: ${reply.raw}`);
      assert.match(String(reply.body.customMessage ?? reply.body.message), message, `${query}: ${reply.raw}`);
    }
    // A cursor of one sort is refused under another rather than giving a wrong page.
    const first = await tenant.request('GET', '/api/v1/accounts?sort=-rtp_g2_intent_score&limit=2');
    const reused = await tenant.request('GET', `/api/v1/accounts?sort=-rtp_account_score&cursor=${first.body.data.nextCursor}`);
    assert.equal(reused.statusCode, 400, reused.raw);
    const changeOrder = await tenant.request('GET', '/api/v1/accounts?limit=2');
    const mixed = await tenant.request('GET', `/api/v1/accounts?sort=-rtp_account_score&cursor=${changeOrder.body.data.nextCursor}`);
    assert.equal(mixed.statusCode, 400, mixed.raw);
  });

  if (engine === 'sqlite') {
    test('every sort and filter, under either plan, reads an index: no SCAN of accounts, no sort of the whole table', async () => {
      const { db, dialect } = ctx().database;
      const filterCases: AccountListFilters[] = [{}, { stage: 'Aware' }, { segmentId }, { tag: 'emea' }, { prefix: 'acme' }, { stage: 'Customer', tag: 'x', prefix: 'b' }];
      for (const sort of ACCOUNT_SORTS) {
        for (const filters of filterCases) {
          for (const driver of [undefined, ...(Object.keys(filters) as FilterName[])]) {
            const query = { sort: parseSort(sort), filters, limit: 25, driver, after: sort === '-rtp_last_account_date' ? { changeSeq: 10 } : { value: 5, id: '663abc0e5f1c2a0012345678' } };
            const plan = await explainPlan(db, accountPageQuery(db, dialect, tenant.workspaceId, query).compile());
            const where = `${sort} ${JSON.stringify(filters)} driver=${driver ?? 'walk'}:\n${plan.join('\n')}`;
            assert.ok(!plan.some((line) => /SCAN (accounts|segment_members|account_tags)\b(?! USING)/.test(line)), where);
            assert.ok(plan.some((line) => /USING (COVERING )?INDEX|USING PRIMARY KEY|USING INTEGER PRIMARY KEY|MULTI-INDEX OR/.test(line)), where);
            const stageServesSort = driver === 'stage' && sort.endsWith('rtp_account_score');
            if (driver !== undefined && !stageServesSort) {
              assert.ok(!plan.some((line) => /_sort_idx|change_seq<|\(account_score,id\)/.test(line)), `a driven page reads no sort index: ${where}`);
            }
            if (driver === undefined) assert.ok(!plan.some((line) => line.includes("TEMP B-TREE FOR ORDER BY")), `the walk sorts nothing: ${where}`);
          }
        }
      }
    });
  }
});

/** SQLite's EXPLAIN QUERY PLAN of a compiled statement, one line per step. */
async function explainPlan(db: Kysely<Database>, compiled: CompiledQuery): Promise<string[]> {
  const { rows } = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]));
  return rows.map((row) => row.detail);
}
