import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../test/support/engines.js';
import { useTestApp, type Tenant } from '../../test/support/test-app.js';

async function crmPush(tenant: Tenant, accounts: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) {
  const reply = await tenant.request('POST', '/api/v1/crm/accounts', { accounts, ...extra });
  assert.equal(reply.statusCode, 200, reply.raw);
  assert.equal(reply.body.path, '/api/v1/crm/accounts');
  return reply.body.data as { results: Array<Record<string, unknown>>; summary: Record<string, number> };
}

async function accountByDomain(tenant: Tenant, domain: string) {
  const reply = await tenant.request('GET', `/api/v1/accounts?domains=${encodeURIComponent(JSON.stringify([domain]))}`);
  return reply.body.data.data[0];
}

describeEachEngine('CRM API generation', (engine) => {
  const ctx = useTestApp(engine);

  test('externalId is required: missing is a type error, empty is isNotEmpty', async () => {
    const tenant = await ctx().newTenant();
    const missing = await tenant.request('POST', '/api/v1/crm/accounts', { accounts: [{ domain: 'acme.com', name: 'Acme' }] });
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.body.path, '/api/v1/crm/accounts');
    assert.deepEqual(missing.body.data, [
      { property: 'externalId', path: 'accounts[0].externalId', constraints: { isString: 'externalId must be a string' } },
    ]);
    const empty = await tenant.request('POST', '/api/v1/crm/accounts', { accounts: [{ domain: 'acme.com', name: 'Acme', externalId: '' }] });
    assert.equal(empty.body.customMessage, 'externalId should not be empty');
  });

  test('externalId is the key: create, update, move the domain, adopt, conflict', async () => {
    const tenant = await ctx().newTenant();
    const created = await crmPush(tenant, [{ externalId: 'crm-1', domain: 'https://www.acme.com', name: 'Acme' }]);
    assert.deepEqual(created.results, [{ externalId: 'crm-1', status: 'created' }]);
    assert.deepEqual(created.summary, { total: 1, created: 1, updated: 0, failed: 0 });
    const id = (await accountByDomain(tenant, 'acme.com')).rtp_aid;

    const moved = await crmPush(tenant, [{ externalId: 'crm-1', domain: 'acme.io', name: 'Acme Inc' }]);
    assert.deepEqual(moved.results, [{ externalId: 'crm-1', status: 'updated' }]);
    const after = (await tenant.request('GET', `/api/v1/accounts/${id}`)).body.data;
    assert.deepEqual([after.domain, after.name, after.externalId], ['acme.io', 'Acme Inc', 'crm-1']);
    assert.equal(await accountByDomain(tenant, 'acme.com'), undefined);

    // An External API account without externalId is adopted by a new externalId for its domain.
    const external = await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'globex.com', name: 'Globex' }] });
    const globexId = external.body.data.results[0].rtp_aid;
    const adopted = await crmPush(tenant, [{ externalId: 'crm-2', domain: 'globex.com', name: 'Globex Corp' }]);
    assert.deepEqual(adopted.results, [{ externalId: 'crm-2', status: 'updated' }]);
    assert.equal((await tenant.request('GET', `/api/v1/accounts/${globexId}`)).body.data.externalId, 'crm-2');

    const conflict = await crmPush(tenant, [
      { externalId: 'crm-3', domain: 'globex.com', name: 'Other' },
      { externalId: 'crm-1', domain: 'globex.com', name: 'Acme' },
      { externalId: 'crm-4', domain: 'not a domain', name: 'Bad' },
    ]);
    assert.deepEqual(conflict.results, [
      { externalId: 'crm-3', status: 'failed', error: "Account with domain 'globex.com' already exists with externalId 'crm-2'" },
      { externalId: 'crm-1', status: 'failed', error: "Account with domain 'globex.com' already exists with externalId 'crm-2'" },
      { externalId: 'crm-4', status: 'failed', error: "Invalid domain 'not a domain'" },
    ]);
  });

  test('domains can swap owners within one batch', async () => {
    const tenant = await ctx().newTenant();
    await crmPush(tenant, [{ externalId: 'a', domain: 'a.com', name: 'A' }, { externalId: 'b', domain: 'b.com', name: 'B' }]);
    const data = await crmPush(tenant, [
      { externalId: 'a', domain: 'a.com', name: 'A2' },
      { externalId: 'b', domain: 'c.com', name: 'B' },
      { externalId: 'a', domain: 'b.com', name: 'A3' },
    ]);
    assert.deepEqual(data.results.map((r) => r.status), ['updated', 'updated', 'updated']);
    assert.equal((await accountByDomain(tenant, 'b.com')).externalId, 'a');
    assert.equal((await accountByDomain(tenant, 'c.com')).externalId, 'b');
    assert.equal(await accountByDomain(tenant, 'a.com'), undefined);
  });

  test('custom-field errors: the unknown-key error has no tail', async () => {
    const tenant = await ctx().newTenant();
    await tenant.request('POST', '/api/v1/accounts/custom-field', { label: 'Contract Value', labelType: 'number' });
    const data = await crmPush(tenant, [
      { externalId: 'x', domain: 'x.com', name: 'X', customFields: { NOPE_C: 1 } },
      { externalId: 'y', domain: 'y.com', name: 'Y', customFields: { CONTRACT_VALUE_C: 'lots' } },
    ]);
    assert.deepEqual(data.results, [
      { externalId: 'x', status: 'failed', error: 'Custom field key(s) not found: NOPE_C' },
      { externalId: 'y', status: 'failed', error: "Custom field 'CONTRACT_VALUE_C' expects a number. Unable to add this account." },
    ]);
  });

  test('PUT /crm/accounts/:externalId updates custom fields; unknown externalId is 404', async () => {
    const tenant = await ctx().newTenant();
    await tenant.request('POST', '/api/v1/accounts/custom-field', { label: 'Tier', labelType: 'singleSelection', options: ['gold', 'silver'] });
    await crmPush(tenant, [{ externalId: 'crm-9', domain: 'nine.com', name: 'Nine' }]);
    const ok = await tenant.request('PUT', '/api/v1/crm/accounts/crm-9', { customFields: { TIER_C: 'gold' } });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.body.path, '/api/v1/crm/accounts/crm-9');
    assert.deepEqual(ok.body.data, { message: 'Account updated successfully' });
    assert.deepEqual((await accountByDomain(tenant, 'nine.com')).customFields, { TIER_C: 'gold' });
    const missing = await tenant.request('PUT', '/api/v1/crm/accounts/nobody', { customFields: {} });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.body.customMessage, 'Account not found');
    const other = await ctx().newTenant();
    assert.equal((await other.request('PUT', '/api/v1/crm/accounts/crm-9', { customFields: {} })).statusCode, 404);
  });

  test('GET /crm/accounts/:externalId answers that account in the shape of GET /accounts; unknown or foreign is 404 (SPEC §5, 2026-12)', async () => {
    const tenant = await ctx().newTenant();
    await crmPush(tenant, [{ externalId: 'crm-7', domain: 'seven.com', name: 'Seven' }]);
    const reply = await tenant.request('GET', '/api/v1/crm/accounts/crm-7');
    assert.equal(reply.statusCode, 200, reply.raw);
    assert.equal(reply.body.path, '/api/v1/crm/accounts/crm-7');
    const listed = await accountByDomain(tenant, 'seven.com');
    assert.deepEqual(reply.body.data, listed);
    assert.equal((await tenant.request('GET', `/api/v1/accounts/${String(listed.rtp_aid)}`)).body.data.externalId, 'crm-7');
    for (const [who, path] of [[tenant, '/api/v1/crm/accounts/nobody'], [await ctx().newTenant(), '/api/v1/crm/accounts/crm-7']] as const) {
      const missing = await who.request('GET', path);
      assert.deepEqual([missing.statusCode, missing.body.customMessage, missing.body.path], [404, 'Account not found', path]);
    }
  });

  test('accounts pushed through one generation read back through the other', async () => {
    const tenant = await ctx().newTenant();
    await crmPush(tenant, [{ externalId: 'crm-1', domain: 'acme.com', name: 'Acme' }]);
    await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'globex.com', name: 'Globex', externalId: 'crm-2' }] });
    const viaCrm = (await tenant.request('GET', '/api/v1/crm/accounts')).body;
    const viaExternal = (await tenant.request('GET', '/api/v1/accounts')).body;
    assert.equal(viaCrm.path, '/api/v1/crm/accounts');
    assert.deepEqual(viaCrm.data.data, viaExternal.data.data);
    assert.deepEqual(viaExternal.data.data.map((a: { domain: string }) => a.domain), ['acme.com', 'globex.com']);
  });

  test('the CRM deal-stage conflict has the longer message', async () => {
    const tenant = await ctx().newTenant();
    const pipelines = [{ pipelineId: 'p1', pipelineLabel: 'Sales', stages: [{ stageId: 's1', stageLabel: 'New' }] }];
    assert.equal((await tenant.request('POST', '/api/v1/crm/deal-stages', { pipelines })).statusCode, 200);
    const crm = await tenant.request('POST', '/api/v1/crm/deal-stages', { pipelines });
    assert.equal(crm.statusCode, 409);
    assert.equal(crm.body.customMessage, 'Pipeline(s) already exist: p1. Use the update endpoint to modify existing pipelines.');
    const external = await tenant.request('POST', '/api/v1/deal-stages', { pipelines });
    assert.equal(external.body.customMessage, 'Pipeline(s) already exist: p1');
  });
});
