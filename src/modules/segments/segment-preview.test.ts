import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp, type Tenant } from '../../../test/support/test-app.js';
import { RULE_LIMITS } from './segment-rules.js';
import { PREVIEW_PAGE } from './segment-preview.js';

/** More than two pages of the preview's walk, so its paging is exercised. */
const ACCOUNTS = 2 * PREVIEW_PAGE + 137;
const HOT_RULES = { all: [{ field: 'tags', op: 'contains', value: 'hot' }, { any: [{ field: 'name', op: 'contains', value: '7' }, { field: 'domain', op: 'in', value: ['n-1.example.com', 'n-2.example.com'] }] }] };

async function pushAccounts(tenant: Tenant, count: number) {
  for (let start = 0; start < count; start += 100) {
    const accounts = Array.from({ length: Math.min(100, count - start) }, (_, j) => {
      const i = start + j;
      return { name: `N ${i}`, domain: `n-${i}.example.com`, tags: i % 3 === 0 ? ['hot'] : ['cold'] };
    });
    const reply = await tenant.request('POST', '/api/v1/accounts', { accounts });
    assert.equal(reply.statusCode, 200, reply.raw);
  }
}

async function members(tenant: Tenant, segmentId: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { data: Array<{ rtp_aid: string }>; nextCursor: string | null } = (await tenant.request('GET', `/api/v1/segments/${segmentId}/accounts?limit=1000${cursor ? `&cursor=${cursor}` : ''}`)).body.data;
    ids.push(...page.data.map((a: { rtp_aid: string }) => a.rtp_aid));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return ids.sort();
}

describeEachEngine('segment preview', (engine) => {
  const ctx = useTestApp(engine);

  test('counts exactly the accounts a saved segment with the same rules holds, and shows the first ten', async () => {
    const tenant = await ctx().newTenant();
    // Saved first: every account write then keeps its members (SPEC §7), which the preview must match.
    const saved = (await tenant.request('POST', '/api/v1/segments', { name: 'Hot sevens', type: 'dynamic', rules: HOT_RULES })).body.data;
    await pushAccounts(tenant, ACCOUNTS);
    const expected = await members(tenant, saved.segmentId);
    assert.ok(expected.length > 10, `${expected.length} members`);

    const reply = await tenant.request('POST', '/api/v1/segments/preview', { rules: HOT_RULES });
    assert.equal(reply.statusCode, 200, reply.raw);
    assert.equal(reply.body.path, '/api/v1/segments/preview');
    const preview = reply.body.data;
    assert.equal(preview.memberCount, expected.length);
    assert.equal(preview.accountsEvaluated, ACCOUNTS);
    assert.equal(preview.sample.length, 10);
    assert.deepEqual(preview.sample.map((a: { rtp_aid: string }) => a.rtp_aid), expected.slice(0, 10), 'the first ten, oldest first');
    for (const account of preview.sample) {
      assert.deepEqual(Object.keys(account).sort(), ['domain', 'name', 'rtp_aid']);
      assert.equal(account.domain, `n-${account.name.slice(2)}.example.com`);
    }
    // Nothing was saved by previewing.
    const all = (await tenant.request('GET', '/api/v1/segments?type=all')).body.data.data;
    assert.deepEqual(all.map((s: { name: string; memberCount: number }) => [s.name, s.memberCount]), [['Hot sevens', expected.length]]);
  });

  test('rules nobody matches, an empty workspace, another workspace’s accounts: zero', async () => {
    const tenant = await ctx().newTenant();
    const none = await tenant.request('POST', '/api/v1/segments/preview', { rules: { all: [{ field: 'rtp_account_score', op: 'gte', value: 1 }] } });
    assert.deepEqual(none.body.data, { memberCount: 0, sample: [], accountsEvaluated: 0 });
    const other = await ctx().newTenant();
    await pushAccounts(other, 5);
    const still = await tenant.request('POST', '/api/v1/segments/preview', { rules: { all: [{ field: 'name', op: 'exists' }] } });
    assert.deepEqual(still.body.data, { memberCount: 0, sample: [], accountsEvaluated: 0 });
    const theirs = await other.request('POST', '/api/v1/segments/preview', { rules: { all: [{ field: 'name', op: 'exists' }] } });
    assert.equal(theirs.body.data.memberCount, 5);
  });

  test('refused rules answer the 400 and the message of POST /segments, whatever is wrong', async () => {
    const tenant = await ctx().newTenant();
    const tooMany = { all: Array.from({ length: RULE_LIMITS.maxConditions + 1 }, () => ({ field: 'name', op: 'eq', value: 'x' })) };
    const tooDeep = [...Array(RULE_LIMITS.maxDepth + 1).keys()].reduce<object>((node) => ({ all: [node] }), { field: 'name', op: 'eq', value: 'x' });
    const bodies: unknown[] = [
      {},
      { rules: null },
      { rules: 'all' },
      { rules: { all: [] } },
      { rules: { all: [{ field: 'nope', op: 'eq', value: 1 }] } },
      { rules: { all: [{ field: 'tags', op: 'in', value: 'hot' }] } },
      { rules: { all: [{ field: 'rtp_account_score', op: 'gte', value: 'high' }] } },
      { rules: { all: [{ field: 'name', op: 'exists', value: 'yes' }] } },
      { rules: { any: [{ field: 'name', op: 'like', value: 'a' }] } },
      { rules: { all: [{ field: 'name', op: 'eq', value: 'x', extra: 1 }] } },
      { rules: tooMany },
      { rules: tooDeep },
    ];
    for (const body of bodies) {
      const preview = await tenant.request('POST', '/api/v1/segments/preview', body);
      const save = await tenant.request('POST', '/api/v1/segments', { name: 'x', type: 'dynamic', ...(body as object) });
      assert.equal(preview.statusCode, 400, `${JSON.stringify(body).slice(0, 80)}: ${preview.raw}`);
      assert.equal(save.statusCode, 400);
      assert.equal(preview.body.customMessage, save.body.customMessage, JSON.stringify(body).slice(0, 80));
      assert.deepEqual(preview.body.data, save.body.data);
    }
    const extra = await tenant.request('POST', '/api/v1/segments/preview', { rules: { all: [{ field: 'name', op: 'exists' }] }, name: 'x' });
    assert.equal(extra.statusCode, 400);
    assert.equal(extra.body.customMessage, 'property name should not exist');
  });
});
