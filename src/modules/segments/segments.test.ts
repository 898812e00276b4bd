import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp, type Tenant } from '../../../test/support/test-app.js';
import { insertAccount } from '../../../test/support/accounts.js';

const DYNAMIC_RULES = { all: [{ field: 'rtp_account_score', op: 'gte', value: 40 }] };

async function createSegment(tenant: Tenant, body: Record<string, unknown>) {
  const reply = await tenant.request('POST', '/api/v1/segments', body);
  assert.equal(reply.statusCode, 200, reply.raw);
  return reply.body.data as { segmentId: string; name: string; type: string; status: string };
}

describeEachEngine('segments', (engine) => {
  const ctx = useTestApp(engine);

  test('a new workspace lists no segments, in the list envelope', async () => {
    const tenant = await ctx().newTenant();
    const reply = await tenant.request('GET', '/api/v1/segments');
    assert.equal(reply.statusCode, 200);
    assert.equal(reply.body.statusCode, 200);
    assert.equal(reply.body.path, '/api/v1/segments');
    assert.deepEqual(reply.body.data.data, []);
    assert.equal(reply.body.data.nextCursor, null);
    assert.equal(reply.body.data.hasNextPage, false);
    assert.match(reply.body.data.syncTimestamp, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  test('creating a static segment answers the management shape', async () => {
    const tenant = await ctx().newTenant();
    const reply = await tenant.request('POST', '/api/v1/segments', { name: 'Q2 Target Accounts', type: 'static' });
    assert.equal(reply.statusCode, 200);
    const segment = reply.body.data;
    assert.match(segment.segmentId, /^[0-9a-f]{24}$/);
    assert.deepEqual(
      { ...segment, segmentId: undefined, createdAt: undefined },
      { segmentId: undefined, name: 'Q2 Target Accounts', type: 'static', status: 'active', rules: null, createdAt: undefined, memberCount: 0 },
    );
    assert.equal((await tenant.request('GET', `/api/v1/segments/${segment.segmentId}`)).body.data.name, 'Q2 Target Accounts');
  });

  test('the compatible list holds active and draft static segments oldest first, as { segmentId, name, status }; with a type, also type and memberCount', async () => {
    const tenant = await ctx().newTenant();
    const first = await createSegment(tenant, { name: 'First', type: 'static' });
    const draft = await createSegment(tenant, { name: 'Draft', type: 'static', status: 'draft' });
    await createSegment(tenant, { name: 'Old', type: 'static', status: 'archived' });
    const dynamic = await createSegment(tenant, { name: 'Hot', type: 'dynamic', rules: DYNAMIC_RULES });
    const list = (await tenant.request('GET', '/api/v1/segments')).body.data;
    assert.deepEqual(list.data, [
      { segmentId: first.segmentId, name: 'First', status: 'active' },
      { segmentId: draft.segmentId, name: 'Draft', status: 'draft' },
    ]);
    const all = (await tenant.request('GET', '/api/v1/segments?type=all')).body.data.data;
    assert.deepEqual(all.map((s: { name: string }) => s.name), ['First', 'Draft', 'Hot']);
    const dynamicOnly = (await tenant.request('GET', '/api/v1/segments?type=dynamic')).body.data.data;
    assert.deepEqual(dynamicOnly, [{ segmentId: dynamic.segmentId, name: 'Hot', status: 'active', type: 'dynamic', memberCount: 0 }], 'with a type: its type and member count too');
    const archived = (await tenant.request('GET', '/api/v1/segments?status=archived')).body.data.data;
    assert.deepEqual(archived.map((s: { name: string }) => s.name), ['Old']);
  });

  test('pages with limit and cursor without gaps or repeats', async () => {
    const tenant = await ctx().newTenant();
    const names = Array.from({ length: 7 }, (_, i) => `S${i}`);
    for (const name of names) await createSegment(tenant, { name, type: 'static' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url = `/api/v1/segments?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page: any = (await tenant.request('GET', url)).body.data;
      seen.push(...page.data.map((s: { name: string }) => s.name));
      assert.equal(page.nextCursor === null, !page.hasNextPage);
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, names);
  });

  test('lastSync returns only segments changed after it', async () => {
    const tenant = await ctx().newTenant();
    const a = await createSegment(tenant, { name: 'A', type: 'static' });
    await createSegment(tenant, { name: 'B', type: 'static' });
    const sync = (await tenant.request('GET', '/api/v1/segments')).body.data.syncTimestamp;
    assert.deepEqual((await tenant.request('GET', `/api/v1/segments?lastSync=${sync}`)).body.data.data, []);
    await tenant.request('PATCH', `/api/v1/segments/${a.segmentId}`, { name: 'A2' });
    const changed = (await tenant.request('GET', `/api/v1/segments?lastSync=${encodeURIComponent(sync)}`)).body.data.data;
    assert.deepEqual(changed.map((s: { name: string }) => s.name), ['A2']);
  });

  test('bad cursor, limit and lastSync are 400s with the exact messages', async () => {
    const tenant = await ctx().newTenant();
    const cursor = await tenant.request('GET', '/api/v1/segments?cursor=not-a-cursor');
    assert.equal(cursor.statusCode, 400);
    assert.equal(cursor.body.customMessage, 'Invalid cursor');
    const limit = await tenant.request('GET', '/api/v1/segments?limit=0');
    assert.equal(limit.body.customMessage, 'limit must not be less than 1');
    assert.deepEqual(limit.body.data, [{ property: 'limit', path: 'limit', constraints: { min: 'limit must not be less than 1' } }]);
    assert.equal((await tenant.request('GET', '/api/v1/segments?limit=1001')).body.customMessage, 'limit must not be greater than 1000');
    assert.equal((await tenant.request('GET', '/api/v1/segments?limit=abc')).body.customMessage, 'limit must be an integer number');
    const lastSync = await tenant.request('GET', '/api/v1/segments?lastSync=yesterday');
    assert.equal(lastSync.statusCode, 400);
    assert.equal(lastSync.body.customMessage, 'lastSync must be a valid ISO 8601 date string');
  });

  test('create validates name, type, status and rules', async () => {
    const tenant = await ctx().newTenant();
    const missing = await tenant.request('POST', '/api/v1/segments', {});
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.body.message, 'Bad Request');
    assert.equal(missing.body.customMessage, 'name should not be empty; type should not be empty');
    const status = await tenant.request('POST', '/api/v1/segments', { name: 'x', type: 'static', status: 'live' });
    assert.equal(status.body.customMessage, 'status must be one of the following values: draft, active, archived');
    const noRules = await tenant.request('POST', '/api/v1/segments', { name: 'x', type: 'dynamic' });
    assert.equal(noRules.body.customMessage, 'rules should not be empty');
    const badRules = await tenant.request('POST', '/api/v1/segments', { name: 'x', type: 'dynamic', rules: { all: [{ field: 'nope', op: 'eq', value: 1 }] } });
    assert.equal(badRules.statusCode, 400);
    assert.equal(badRules.body.data[0].path, 'rules.all[0].field');
    const staticRules = await tenant.request('POST', '/api/v1/segments', { name: 'x', type: 'static', rules: DYNAMIC_RULES });
    assert.equal(staticRules.body.customMessage, 'rules are only accepted for dynamic segments');
  });

  test('get and patch: id format, not found, whitelist, other workspace', async () => {
    const owner = await ctx().newTenant();
    const other = await ctx().newTenant();
    const segment = await createSegment(owner, { name: 'Mine', type: 'static' });
    const badId = await owner.request('GET', '/api/v1/segments/123');
    assert.equal(badId.statusCode, 400);
    assert.equal(badId.body.customMessage, 'Invalid segmentId format');
    const missing = await owner.request('GET', '/api/v1/segments/0123456789abcdef01234567');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.body.customMessage, 'Segment not found');
    const foreign = await other.request('GET', `/api/v1/segments/${segment.segmentId}`);
    assert.equal(foreign.statusCode, 404);
    assert.equal(foreign.body.customMessage, 'Segment not found');
    assert.equal((await other.request('PATCH', `/api/v1/segments/${segment.segmentId}`, { name: 'x' })).statusCode, 404);
    const whitelist = await owner.request('PATCH', `/api/v1/segments/${segment.segmentId}`, { type: 'dynamic' });
    assert.equal(whitelist.body.customMessage, 'property type should not exist');
    const patched = await owner.request('PATCH', `/api/v1/segments/${segment.segmentId}`, { name: 'Renamed', status: 'draft' });
    assert.equal(patched.body.data.name, 'Renamed');
    assert.equal(patched.body.data.status, 'draft');
  });

  test('static members: add by rtp_aid or domain, list, remove; results per item', async () => {
    const tenant = await ctx().newTenant();
    const acme = await insertAccount(ctx(), tenant.workspaceId, 'acme.com', 'Acme Corp');
    const globex = await insertAccount(ctx(), tenant.workspaceId, 'globex.com', 'Globex');
    const segment = await createSegment(tenant, { name: 'Targets', type: 'static' });
    const url = `/api/v1/segments/${segment.segmentId}/accounts`;
    const added = await tenant.request('POST', url, {
      accounts: [{ rtp_aid: acme }, { domain: 'https://www.Globex.com/about' }, { domain: 'nowhere.io' }, { rtp_aid: 'xyz' }, { rtp_aid: acme }],
    });
    assert.equal(added.statusCode, 200);
    assert.deepEqual(added.body.data.results, [
      { rtp_aid: acme, domain: 'acme.com', status: 'added' },
      { rtp_aid: globex, domain: 'globex.com', status: 'added' },
      { rtp_aid: null, domain: 'nowhere.io', status: 'failed', error: 'Account not found' },
      { rtp_aid: null, domain: null, status: 'failed', error: 'Invalid rtp_aid format' },
      { rtp_aid: acme, domain: 'acme.com', status: 'unchanged' },
    ]);
    assert.deepEqual(added.body.data.summary, { total: 5, added: 2, unchanged: 1, failed: 2 });
    assert.equal((await tenant.request('GET', `/api/v1/segments/${segment.segmentId}`)).body.data.memberCount, 2);
    const listed = (await tenant.request('GET', '/api/v1/segments?type=static')).body.data.data;
    assert.deepEqual(listed.map((s: { memberCount: number }) => s.memberCount), [2], 'the list counts members too');

    const members = (await tenant.request('GET', url)).body.data;
    assert.deepEqual(members.data.map((a: { domain: string }) => a.domain), ['acme.com', 'globex.com']);
    assert.deepEqual(members.data[0].rtp_segments, [{ segmentId: segment.segmentId, name: 'Targets' }]);
    assert.equal(members.data[0].rtp_journey_stage, 'Unaware');

    const removed = await tenant.request('DELETE', url, { accounts: [{ domain: 'acme.com' }, { domain: 'acme.com' }] });
    assert.deepEqual(removed.body.data.summary, { total: 2, removed: 1, unchanged: 1, failed: 0 });
    assert.deepEqual((await tenant.request('GET', url)).body.data.data.map((a: { domain: string }) => a.domain), ['globex.com']);
  });

  test('member lastSync returns memberships added since', async () => {
    const tenant = await ctx().newTenant();
    const a = await insertAccount(ctx(), tenant.workspaceId, 'a.com');
    const b = await insertAccount(ctx(), tenant.workspaceId, 'b.com');
    const segment = await createSegment(tenant, { name: 'T', type: 'static' });
    const url = `/api/v1/segments/${segment.segmentId}/accounts`;
    await tenant.request('POST', url, { accounts: [{ rtp_aid: a }] });
    const sync = (await tenant.request('GET', url)).body.data.syncTimestamp;
    await tenant.request('POST', url, { accounts: [{ rtp_aid: b }] });
    const since = (await tenant.request('GET', `${url}?lastSync=${encodeURIComponent(sync)}`)).body.data.data;
    assert.deepEqual(since.map((x: { rtp_aid: string }) => x.rtp_aid), [b]);
  });

  test('one account write moves accounts out of several dynamic segments and into others at once', async () => {
    const tenant = await ctx().newTenant();
    const segment = async (name: string, rules: unknown) => (await createSegment(tenant, { name, type: 'dynamic', rules })).segmentId;
    const emea = await segment('EMEA', { all: [{ field: 'tags', op: 'in', value: ['EMEA', 'dach'] }] });
    const enterprise = await segment('Enterprise', { any: [{ field: 'tags', op: 'contains', value: 'enterprise' }] });
    const acmeNamed = await segment('Named Acme', { all: [{ field: 'name', op: 'contains', value: 'acme' }, { field: 'tags', op: 'exists' }] });
    const untagged = await segment('Untagged', { all: [{ field: 'tags', op: 'exists', value: false }] });
    const push = (accounts: unknown[]) => tenant.request('POST', '/api/v1/accounts', { upsert: true, accounts });
    const members = async (id: string) =>
      (await tenant.request('GET', `/api/v1/segments/${id}/accounts`)).body.data.data.map((a: { domain: string }) => a.domain).sort();

    assert.equal(
      (await push([
        { domain: 'acme.com', name: 'Acme', tags: ['emea', 'Enterprise'] },
        { domain: 'globex.com', name: 'Globex', tags: ['DACH'] },
        { domain: 'initech.com', name: 'Initech' },
      ])).statusCode,
      200,
    );
    assert.deepEqual(
      [await members(emea), await members(enterprise), await members(acmeNamed), await members(untagged)],
      [['acme.com', 'globex.com'], ['acme.com'], ['acme.com'], ['initech.com']],
    );
    // Acme leaves three segments and joins one, Globex leaves one and joins one, Initech the reverse.
    await push([
      { domain: 'acme.com', name: 'Acme', tags: [] },
      { domain: 'globex.com', name: 'Globex', tags: [] },
      { domain: 'initech.com', name: 'Initech Acme', tags: ['enterprise'] },
    ]);
    assert.deepEqual(
      [await members(emea), await members(enterprise), await members(acmeNamed), await members(untagged)],
      [[], ['initech.com'], ['initech.com'], ['acme.com', 'globex.com']],
    );
    // Changed rules apply to the next write at once (compiled rules are kept per version of a segment).
    const patched = await tenant.request('PATCH', `/api/v1/segments/${untagged}`, { rules: { all: [{ field: 'name', op: 'eq', value: 'GLOBEX 2' }] } });
    assert.equal(patched.statusCode, 200);
    await push([
      { domain: 'acme.com', name: 'Acme 2', tags: [] },
      { domain: 'globex.com', name: 'Globex 2', tags: [] },
    ]);
    assert.deepEqual(await members(untagged), ['globex.com']);
  });

  test('members cannot be added to dynamic or archived segments, nor to another workspace', async () => {
    const tenant = await ctx().newTenant();
    const other = await ctx().newTenant();
    const acme = await insertAccount(ctx(), tenant.workspaceId, 'acme.com');
    const dynamic = await createSegment(tenant, { name: 'D', type: 'dynamic', rules: DYNAMIC_RULES });
    const archived = await createSegment(tenant, { name: 'A', type: 'static', status: 'archived' });
    const body = { accounts: [{ rtp_aid: acme }] };
    const toDynamic = await tenant.request('POST', `/api/v1/segments/${dynamic.segmentId}/accounts`, body);
    assert.equal(toDynamic.statusCode, 400);
    assert.equal(toDynamic.body.customMessage, `Segment '${dynamic.segmentId}' is not a static segment and cannot accept new members`);
    const toArchived = await tenant.request('POST', `/api/v1/segments/${archived.segmentId}/accounts`, body);
    assert.equal(toArchived.body.customMessage, `Segment '${archived.segmentId}' is not active or draft and cannot accept new members`);
    const mine = await createSegment(tenant, { name: 'M', type: 'static' });
    const foreign = await other.request('POST', `/api/v1/segments/${mine.segmentId}/accounts`, body);
    assert.equal(foreign.statusCode, 404);
    assert.equal(foreign.body.customMessage, 'Segment not found');
    const foreignAccount = await other.request('POST', `/api/v1/segments/${(await createSegment(other, { name: 'O', type: 'static' })).segmentId}/accounts`, body);
    assert.deepEqual(foreignAccount.body.data.results[0].error, 'Account not found');
    const emptyBody = await tenant.request('POST', `/api/v1/segments/${mine.segmentId}/accounts`, { accounts: [] });
    assert.equal(emptyBody.body.customMessage, 'accounts must contain at least 1 elements');
  });
});
