import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp, type Tenant } from '../../../test/support/test-app.js';

async function push(tenant: Tenant, body: Record<string, unknown>) {
  const reply = await tenant.request('POST', '/api/v1/accounts', body);
  assert.equal(reply.statusCode, 200, reply.raw);
  return reply.body.data as { results: Array<Record<string, unknown> & { rtp_aid: string }>; summary: Record<string, number> };
}

async function addField(tenant: Tenant, body: Record<string, unknown>) {
  const reply = await tenant.request('POST', '/api/v1/accounts/custom-field', body);
  assert.equal(reply.statusCode, 200, reply.raw);
}

describeEachEngine('accounts', (engine) => {
  const ctx = useTestApp(engine);

  test('push creates accounts with normalised domains, per-item results in input order', async () => {
    const tenant = await ctx().newTenant();
    const data = await push(tenant, {
      accounts: [
        { domain: 'https://www.Acme.com/foo?x=1', name: 'Acme Corp', externalId: 'crm-001', tags: ['enterprise'] },
        { domain: 'bücher.de', name: 'Bücher' },
        { domain: 'not a domain', name: 'Bad' },
      ],
    });
    assert.equal(data.results.length, 3);
    assert.match(String(data.results[0].rtp_aid), /^[0-9a-f]{24}$/);
    assert.deepEqual({ ...data.results[0], rtp_aid: 'x' }, { rtp_aid: 'x', domain: 'acme.com', status: 'created' });
    assert.equal(data.results[1].domain, 'xn--bcher-kva.de');
    assert.deepEqual(data.results[2], { rtp_aid: null, domain: 'not a domain', status: 'failed', error: "Invalid domain 'not a domain'" });
    assert.deepEqual(data.summary, { total: 3, created: 2, updated: 0, failed: 1 });

    const account = (await tenant.request('GET', `/api/v1/accounts/${data.results[0].rtp_aid}`)).body.data;
    assert.deepEqual({ ...account, rtp_last_account_date: 't' }, {
      rtp_aid: data.results[0].rtp_aid,
      externalId: 'crm-001',
      name: 'Acme Corp',
      domain: 'acme.com',
      shortName: null,
      linkedinUrl: null,
      tags: ['enterprise'],
      rtp_account_score: 0,
      rtp_journey_stage: 'Unaware',
      rtp_website_intent_score: 0,
      rtp_bombora_intent_score: 0,
      rtp_g2_intent_score: 0,
      rtp_advertising_activity_score: 0,
      rtp_last_account_date: 't',
      customFields: {},
      rtp_segments: [],
    });
  });

  test('an existing domain fails without upsert and updates with it; later items see earlier ones', async () => {
    const tenant = await ctx().newTenant();
    await addField(tenant, { label: 'Contract Value', labelType: 'number' });
    await addField(tenant, { label: 'Tier', labelType: 'singleSelection', options: ['gold', 'silver'] });
    const first = await push(tenant, { accounts: [{ domain: 'acme.com', name: 'Acme', shortName: 'A', customFields: { CONTRACT_VALUE_C: 1, TIER_C: 'gold' } }] });
    const id = first.results[0].rtp_aid;
    const again = await push(tenant, { accounts: [{ domain: 'www.acme.com', name: 'Acme 2' }] });
    assert.deepEqual(again.results[0], {
      rtp_aid: id,
      domain: 'acme.com',
      status: 'failed',
      error: "Account with domain 'acme.com' already exists. Set upsert: true to update this account via this endpoint.",
    });
    const upserted = await push(tenant, {
      upsert: true,
      accounts: [
        { domain: 'acme.com', name: 'Acme Inc', customFields: { CONTRACT_VALUE_C: null } },
        { domain: 'new.io', name: 'New' },
        { domain: 'new.io', name: 'New 2' },
      ],
    });
    assert.deepEqual(upserted.results.map((r) => r.status), ['updated', 'created', 'updated']);
    assert.equal(upserted.results[1].rtp_aid, upserted.results[2].rtp_aid);
    const acme = (await tenant.request('GET', `/api/v1/accounts/${id}`)).body.data;
    assert.equal(acme.name, 'Acme Inc');
    assert.equal(acme.shortName, 'A', 'omitted fields stay');
    assert.deepEqual(acme.customFields, { CONTRACT_VALUE_C: null, TIER_C: 'gold' });
    const sameBatch = await push(tenant, { accounts: [{ domain: 'dup.com', name: 'D' }, { domain: 'DUP.com', name: 'D' }] });
    assert.deepEqual(sameBatch.results.map((r) => r.status), ['created', 'failed']);
  });

  test('custom-field errors carry the exact messages, and rtp_aid null for a new domain', async () => {
    const tenant = await ctx().newTenant();
    await addField(tenant, { label: 'Contract Value', labelType: 'number' });
    await addField(tenant, { label: 'Regions', labelType: 'multiSelection', options: ['EU', 'US'] });
    const existing = (await push(tenant, { accounts: [{ domain: 'acme.com', name: 'Acme' }] })).results[0].rtp_aid;
    const data = await push(tenant, {
      upsert: true,
      accounts: [
        { domain: 'x.com', name: 'X', customFields: { FOO_C: 1, BAR_C: 2 } },
        { domain: 'acme.com', name: 'Acme', customFields: { FOO_C: 1 } },
        { domain: 'y.com', name: 'Y', customFields: { CONTRACT_VALUE_C: '10' } },
        { domain: 'z.com', name: 'Z', customFields: { REGIONS_C: ['EU', 'APAC'] } },
      ],
    });
    assert.deepEqual(data.results, [
      { rtp_aid: null, domain: 'x.com', status: 'failed', error: 'Custom field key(s) not found: FOO_C, BAR_C. Unable to add this account.' },
      { rtp_aid: existing, domain: 'acme.com', status: 'failed', error: 'Custom field key(s) not found: FOO_C. Unable to add this account.' },
      { rtp_aid: null, domain: 'y.com', status: 'failed', error: "Custom field 'CONTRACT_VALUE_C' expects a number. Unable to add this account." },
      { rtp_aid: null, domain: 'z.com', status: 'failed', error: "Custom field 'REGIONS_C' expects a list of: EU, US. Unable to add this account." },
    ]);
    const list = (await tenant.request('GET', '/api/v1/accounts')).body.data.data;
    assert.deepEqual(list.map((a: { domain: string }) => a.domain), ['acme.com'], 'failed items write nothing');
  });

  test('text that array literals must quote round-trips exactly, and its tags filter in any case, non-ASCII letters too', async () => {
    // PostgreSQL receives a batch as one array per column (accounts.repository.ts): these values
    // exercise the array literal's quoting — quotes, backslashes, braces, commas, the word NULL.
    const tenant = await ctx().newTenant();
    await addField(tenant, { label: 'Note', labelType: 'singleLineText' });
    const awkward = 'He said "hi" \\ {a,b} NULL\'';
    const tags = ['"q"', 'back\\slash', 'NULL', 'a,b', '{x}', 'Ünïcode', ''];
    const data = await push(tenant, {
      accounts: [
        { domain: 'awkward.example', name: awkward, shortName: 'NULL', externalId: 'x"y\\z', linkedinUrl: '{}', tags, customFields: { NOTE_C: awkward } },
        { domain: 'plain.example', name: 'Plain' },
      ],
    });
    const [awkwardId, plainId] = data.results.map((r) => r.rtp_aid);
    const read = async (id: string) => (await tenant.request('GET', `/api/v1/accounts/${id}`)).body.data as Record<string, unknown>;
    const stored = await read(awkwardId);
    assert.deepEqual(
      { name: stored.name, shortName: stored.shortName, externalId: stored.externalId, linkedinUrl: stored.linkedinUrl, tags: stored.tags, customFields: stored.customFields },
      { name: awkward, shortName: 'NULL', externalId: 'x"y\\z', linkedinUrl: '{}', tags, customFields: { NOTE_C: awkward } },
    );
    const plain = await read(plainId);
    assert.deepEqual({ shortName: plain.shortName, externalId: plain.externalId, tags: plain.tags }, { shortName: null, externalId: null, tags: [] });
    for (const tag of ['null', '"Q"', 'BACK\\SLASH', 'a,b', 'Ünïcode', 'ünïcode', 'ÜNÏCODE']) {
      const listed = (await tenant.request('GET', `/api/v1/accounts?tag=${encodeURIComponent(tag)}`)).body.data.data as Array<{ rtp_aid: string }>;
      assert.deepEqual(listed.map((a) => a.rtp_aid), [awkwardId], tag);
    }
  });

  test('segmentId is checked before anything is written, and created/updated accounts join it', async () => {
    const tenant = await ctx().newTenant();
    const missing = await tenant.request('POST', '/api/v1/accounts', { segmentId: '0123456789abcdef01234567', accounts: [{ domain: 'a.com', name: 'A' }] });
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.body.customMessage, "Segment '0123456789abcdef01234567' not found");
    const malformed = await tenant.request('POST', '/api/v1/accounts', { segmentId: 'nope', accounts: [{ domain: 'a.com', name: 'A' }] });
    assert.equal(malformed.body.customMessage, "Segment 'nope' not found");
    const dynamic = (await tenant.request('POST', '/api/v1/segments', { name: 'D', type: 'dynamic', rules: { all: [{ field: 'name', op: 'exists' }] } })).body.data;
    const toDynamic = await tenant.request('POST', '/api/v1/accounts', { segmentId: dynamic.segmentId, accounts: [{ domain: 'a.com', name: 'A' }] });
    assert.equal(toDynamic.body.customMessage, `Segment '${dynamic.segmentId}' is not a static segment and cannot accept new members`);
    const archived = (await tenant.request('POST', '/api/v1/segments', { name: 'Old', type: 'static', status: 'archived' })).body.data;
    const toArchived = await tenant.request('POST', '/api/v1/accounts', { segmentId: archived.segmentId, accounts: [{ domain: 'a.com', name: 'A' }] });
    assert.equal(toArchived.body.customMessage, `Segment '${archived.segmentId}' is not active or draft and cannot accept new members`);
    assert.deepEqual((await tenant.request('GET', '/api/v1/accounts')).body.data.data, [], 'rejected requests write nothing');

    const target = (await tenant.request('POST', '/api/v1/segments', { name: 'Q2 Target Accounts', type: 'static' })).body.data;
    await push(tenant, { accounts: [{ domain: 'old.com', name: 'Old' }] });
    const data = await push(tenant, { segmentId: target.segmentId, upsert: true, accounts: [{ domain: 'a.com', name: 'A' }, { domain: 'old.com', name: 'Old' }, { domain: 'bad', name: 'B' }] });
    assert.deepEqual(data.summary, { total: 3, created: 1, updated: 1, failed: 1 });
    const again = await push(tenant, { segmentId: target.segmentId, upsert: true, accounts: [{ domain: 'a.com', name: 'A' }] });
    assert.equal(again.results[0].status, 'updated', 'an existing member is silently skipped');
    const accounts = (await tenant.request('GET', '/api/v1/accounts')).body.data.data;
    // Every account also matches the dynamic segment D (its rule is `name exists`), evaluated on write.
    const expected = [
      { segmentId: dynamic.segmentId, name: 'D' },
      { segmentId: target.segmentId, name: 'Q2 Target Accounts' },
    ];
    for (const account of accounts) assert.deepEqual(account.rtp_segments, expected);
    assert.equal((await tenant.request('GET', `/api/v1/segments/${target.segmentId}`)).body.data.memberCount, 2);
  });

  test('batch validation: missing, empty and oversized arrays, item fields', async () => {
    const tenant = await ctx().newTenant();
    const missing = await tenant.request('POST', '/api/v1/accounts', {});
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.body.customMessage, 'accounts must be an array; accounts must contain at least 1 elements');
    assert.deepEqual(missing.body.data, [{ property: 'accounts', path: 'accounts', constraints: { isArray: 'accounts must be an array', arrayMinSize: 'accounts must contain at least 1 elements' } }]);
    assert.equal((await tenant.request('POST', '/api/v1/accounts', { accounts: [] })).body.customMessage, 'accounts must contain at least 1 elements');
    const tooMany = Array.from({ length: 101 }, (_, i) => ({ domain: `d${i}.com`, name: 'x' }));
    assert.equal((await tenant.request('POST', '/api/v1/accounts', { accounts: tooMany })).body.customMessage, 'accounts must contain no more than 100 elements');
    const empty = await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: '', name: 'A' }] });
    assert.deepEqual(empty.body.data, [{ property: 'domain', path: 'accounts[0].domain', constraints: { isNotEmpty: 'domain should not be empty' } }]);
    assert.equal(empty.body.customMessage, 'domain should not be empty');
    const types = await tenant.request('POST', '/api/v1/accounts', { upsert: 'yes', accounts: [{ domain: 1, name: 'A', tags: 'x' }] });
    assert.equal(types.body.customMessage, 'domain must be a string; tags must be an array; upsert must be a boolean value');
    assert.deepEqual((await tenant.request('GET', '/api/v1/accounts')).body.data.data, []);
  });

  test('PUT /accounts/:rtp_aid merges custom fields per key', async () => {
    const tenant = await ctx().newTenant();
    await addField(tenant, { label: 'Contract Value', labelType: 'number' });
    await addField(tenant, { label: 'Renewal Date', labelType: 'date' });
    const id = (await push(tenant, { accounts: [{ domain: 'acme.com', name: 'Acme', customFields: { CONTRACT_VALUE_C: 5 } }] })).results[0].rtp_aid;
    const ok = await tenant.request('PUT', `/api/v1/accounts/${id}`, { customFields: { RENEWAL_DATE_C: '2026-06-30T12:00:00+02:00' } });
    assert.equal(ok.statusCode, 200);
    assert.deepEqual(ok.body.data, { message: 'Account updated successfully' });
    const account = (await tenant.request('GET', `/api/v1/accounts/${id}`)).body.data;
    assert.deepEqual(account.customFields, { CONTRACT_VALUE_C: 5, RENEWAL_DATE_C: '2026-06-30T10:00:00.000Z' });

    const unknown = await tenant.request('PUT', `/api/v1/accounts/${id}`, { customFields: { NOPE_C: 1, ALSO_C: 2 } });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.body.customMessage, 'Custom field key(s) not found: NOPE_C, ALSO_C');
    const wrong = await tenant.request('PUT', `/api/v1/accounts/${id}`, { customFields: { RENEWAL_DATE_C: 'soon' } });
    assert.equal(wrong.body.customMessage, "Custom field 'RENEWAL_DATE_C' expects a date");
    const whitelist = await tenant.request('PUT', `/api/v1/accounts/${id}`, { customFields: {}, domain: 'x.com' });
    assert.equal(whitelist.statusCode, 400);
    assert.equal(whitelist.body.customMessage, 'property domain should not exist');
    assert.deepEqual(whitelist.body.data, [{ property: 'domain', path: 'domain', constraints: { whitelistValidation: 'property domain should not exist' } }]);
    const badId = await tenant.request('PUT', '/api/v1/accounts/123', { customFields: {} });
    assert.equal(badId.statusCode, 400);
    assert.equal(badId.body.customMessage, 'Invalid rtp_aid format');
    const missing = await tenant.request('PUT', '/api/v1/accounts/0123456789abcdef01234567', { customFields: {} });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.body.customMessage, 'Account not found');
    const other = await ctx().newTenant();
    assert.equal((await other.request('PUT', `/api/v1/accounts/${id}`, { customFields: {} })).statusCode, 404);
    assert.equal((await other.request('GET', `/api/v1/accounts/${id}`)).body.customMessage, 'Account not found');
    assert.equal((await tenant.request('GET', '/api/v1/accounts/zzz')).body.customMessage, 'Invalid rtp_aid format');
  });

  test('missing-external-ids lists accounts without one, oldest first, honouring limit', async () => {
    const tenant = await ctx().newTenant();
    await push(tenant, { accounts: [{ domain: 'a.com', name: 'A' }, { domain: 'b.com', name: 'B', externalId: 'crm-b' }, { domain: 'c.com', name: 'C' }] });
    const reply = await tenant.request('GET', '/api/v1/accounts/missing-external-ids');
    assert.deepEqual(reply.body.data.map((a: { name: string; domain: string }) => [a.name, a.domain]), [['A', 'a.com'], ['C', 'c.com']]);
    assert.deepEqual(Object.keys(reply.body.data[0]), ['rtp_aid', 'name', 'domain']);
    assert.equal((await tenant.request('GET', '/api/v1/accounts/missing-external-ids?limit=1')).body.data.length, 1);
    assert.equal((await tenant.request('GET', '/api/v1/accounts/missing-external-ids?limit=1001')).body.customMessage, 'limit must not be greater than 1000');
  });

  test('PATCH external-ids maps by normalised domain; the last mapping wins', async () => {
    const tenant = await ctx().newTenant();
    await push(tenant, { accounts: [{ domain: 'a.com', name: 'A' }, { domain: 'b.com', name: 'B', externalId: 'same' }] });
    const reply = await tenant.request('PATCH', '/api/v1/accounts/external-ids', {
      mappings: [
        { domain: 'https://A.com', externalId: 'first' },
        { domain: 'a.com', externalId: 'crm-a' },
        { domain: 'b.com', externalId: 'same' },
        { domain: 'nowhere.com', externalId: 'x' },
      ],
    });
    assert.equal(reply.statusCode, 200);
    assert.deepEqual(reply.body.data, { matched: 2, updated: 1, notFound: ['nowhere.com'] });
    const a = (await tenant.request('GET', '/api/v1/accounts?domains=["a.com"]')).body.data.data[0];
    assert.equal(a.externalId, 'crm-a');
    const invalid = await tenant.request('PATCH', '/api/v1/accounts/external-ids', { mappings: [{ domain: 'a.com' }] });
    assert.equal(invalid.body.customMessage, 'externalId should not be empty');
  });

  test('list: domains filter and its errors', async () => {
    const tenant = await ctx().newTenant();
    await push(tenant, { accounts: [{ domain: 'acme.com', name: 'A' }, { domain: 'globex.com', name: 'G' }, { domain: 'initech.com', name: 'I' }] });
    const url = `/api/v1/accounts?domains=${encodeURIComponent('["acme.com","www.globex.com"]')}`;
    assert.deepEqual((await tenant.request('GET', url)).body.data.data.map((a: { domain: string }) => a.domain), ['acme.com', 'globex.com']);
    const notArray = await tenant.request('GET', '/api/v1/accounts?domains=acme.com');
    assert.equal(notArray.statusCode, 400);
    assert.equal(notArray.body.customMessage, 'domains must be a JSON array of strings');
    assert.equal((await tenant.request('GET', '/api/v1/accounts?domains=[1]')).body.customMessage, 'domains must be a JSON array of strings');
    const tooMany = JSON.stringify(Array.from({ length: 101 }, (_, i) => `d${i}.com`));
    assert.equal((await tenant.request('GET', `/api/v1/accounts?domains=${encodeURIComponent(tooMany)}`)).body.customMessage, 'domains must contain no more than 100 elements');
  });

  test('list: custom fields show every active field, null where unset', async () => {
    const tenant = await ctx().newTenant();
    await addField(tenant, { label: 'Contract Value', labelType: 'number' });
    await push(tenant, { accounts: [{ domain: 'acme.com', name: 'A', customFields: { CONTRACT_VALUE_C: 75000 } }] });
    await addField(tenant, { label: 'Renewal Date', labelType: 'date' });
    const account = (await tenant.request('GET', '/api/v1/accounts')).body.data.data[0];
    assert.deepEqual(account.customFields, { CONTRACT_VALUE_C: 75000, RENEWAL_DATE_C: null });
  });

  test('delta sync: lastSync returns exactly what changed, a no-op upsert resends nothing', async () => {
    const tenant = await ctx().newTenant();
    await push(tenant, { accounts: [{ domain: 'a.com', name: 'A' }, { domain: 'b.com', name: 'B' }] });
    const sync = (await tenant.request('GET', '/api/v1/accounts')).body.data.syncTimestamp;
    const since = (s: string) => tenant.request('GET', `/api/v1/accounts?lastSync=${encodeURIComponent(s)}`);
    assert.deepEqual((await since(sync)).body.data.data, []);
    await push(tenant, { upsert: true, accounts: [{ domain: 'a.com', name: 'A' }] });
    assert.deepEqual((await since(sync)).body.data.data, [], 'an upsert that changes nothing is not a change');
    await push(tenant, { upsert: true, accounts: [{ domain: 'b.com', name: 'B2' }] });
    const changed = (await since(sync)).body.data;
    assert.deepEqual(changed.data.map((a: { name: string }) => a.name), ['B2']);
    assert.ok(changed.syncTimestamp > sync);
    const invalid = await tenant.request('GET', '/api/v1/accounts?lastSync=2026-13-45');
    assert.equal(invalid.body.customMessage, 'lastSync must be a valid ISO 8601 date string');
    assert.equal((await tenant.request('GET', '/api/v1/accounts?cursor=abc')).body.customMessage, 'Invalid cursor');
  });
});
