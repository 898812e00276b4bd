import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../test/support/engines.js';
import { useTestApp, type Tenant } from '../../test/support/test-app.js';

/**
 * Issue 10, class 8 (duplicate externalIds): the External API lets several accounts hold one
 * externalId; a CRM-generation write addressed by such an id is refused, naming the accounts, and
 * changes nothing (docs/architecture.md, "One account per externalId").
 */

async function ok(reply: Promise<{ statusCode: number; raw: string; body: any }>) {
  const answer = await reply;
  assert.equal(answer.statusCode, 200, answer.raw);
  return answer.body.data;
}

interface Account { rtp_aid: string; domain: string; name: string; externalId: string | null; customFields: Record<string, unknown> }

async function accounts(tenant: Tenant): Promise<Account[]> {
  return (await ok(tenant.request('GET', '/api/v1/accounts?limit=1000'))).data;
}

/** Two accounts of the External API that share externalId `crm-1`, and one that holds `crm-2` alone. */
async function sharedSetup(tenant: Tenant) {
  await ok(tenant.request('POST', '/api/v1/accounts/custom-field', { label: 'Tier', labelType: 'singleSelection', options: ['gold', 'silver'] }));
  const { results } = await ok(
    tenant.request('POST', '/api/v1/accounts', {
      accounts: [
        { domain: 'acme.com', name: 'Acme', externalId: 'crm-1' },
        { domain: 'globex.com', name: 'Globex', externalId: 'crm-1' },
        { domain: 'initech.com', name: 'Initech', externalId: 'crm-2' },
      ],
    }),
  );
  const [acme, globex] = results.map((r: { rtp_aid: string }) => r.rtp_aid);
  const oldestFirst = [acme, globex].sort().join(', ');
  return { acme, globex, message: `externalId 'crm-1' is held by 2 accounts (rtp_aid ${oldestFirst}); the CRM API needs it to name exactly one account` };
}

describeEachEngine('CRM API writes to an externalId several accounts hold', (engine) => {
  const ctx = useTestApp(engine);

  test('POST /crm/accounts fails the item, naming the accounts, whatever domain it carries; other items go on', async () => {
    const tenant = await ctx().newTenant();
    const { message } = await sharedSetup(tenant);
    const before = await accounts(tenant);
    const data = await ok(
      tenant.request('POST', '/api/v1/crm/accounts', {
        accounts: [
          { externalId: 'crm-1', domain: 'globex.com', name: 'Globex renamed' },
          { externalId: 'crm-1', domain: 'acme.com', name: 'Acme renamed' },
          { externalId: 'crm-1', domain: 'new.com', name: 'New' },
          { externalId: 'crm-2', domain: 'initech.com', name: 'Initech renamed' },
        ],
      }),
    );
    assert.deepEqual(data, {
      results: [
        { externalId: 'crm-1', status: 'failed', error: message },
        { externalId: 'crm-1', status: 'failed', error: message },
        { externalId: 'crm-1', status: 'failed', error: message },
        { externalId: 'crm-2', status: 'updated' },
      ],
      summary: { total: 4, created: 0, updated: 1, failed: 3 },
    });
    const after = await accounts(tenant);
    assert.deepEqual(
      after.filter((a) => a.externalId === 'crm-1'),
      before.filter((a) => a.externalId === 'crm-1'),
      'refused items change nothing',
    );
    assert.equal(after.find((a) => a.externalId === 'crm-2')?.name, 'Initech renamed');
    assert.equal(after.length, 3);
  });

  test('PUT /crm/accounts/:externalId answers 409 naming the accounts and changes nothing; a unique one still updates', async () => {
    const tenant = await ctx().newTenant();
    const { message } = await sharedSetup(tenant);
    const reply = await tenant.request('PUT', '/api/v1/crm/accounts/crm-1', { customFields: { TIER_C: 'gold' } });
    assert.equal(reply.statusCode, 409, reply.raw);
    assert.deepEqual(
      { message: reply.body.message, customMessage: reply.body.customMessage, data: reply.body.data, path: reply.body.path },
      { message: 'Conflict', customMessage: message, data: null, path: '/api/v1/crm/accounts/crm-1' },
    );
    assert.deepEqual(
      (await accounts(tenant)).map((a) => a.customFields.TIER_C),
      [null, null, null],
    );
    await ok(tenant.request('PUT', '/api/v1/crm/accounts/crm-2', { customFields: { TIER_C: 'silver' } }));
    assert.deepEqual((await accounts(tenant)).map((a) => a.customFields.TIER_C), [null, null, 'silver']);
    const read = await tenant.request('GET', '/api/v1/crm/accounts/crm-1');
    assert.deepEqual([read.statusCode, read.body.customMessage], [409, message], 'GET /crm/accounts/:externalId cannot say which one either');
  });

  test('once the accounts have their own externalIds, CRM writes reach each of them', async () => {
    const tenant = await ctx().newTenant();
    const { globex } = await sharedSetup(tenant);
    await ok(tenant.request('PATCH', '/api/v1/accounts/external-ids', { mappings: [{ domain: 'globex.com', externalId: 'crm-3' }] }));
    const data = await ok(
      tenant.request('POST', '/api/v1/crm/accounts', {
        accounts: [
          { externalId: 'crm-1', domain: 'acme.com', name: 'Acme renamed' },
          { externalId: 'crm-3', domain: 'globex.com', name: 'Globex renamed' },
        ],
      }),
    );
    assert.deepEqual(data.results, [
      { externalId: 'crm-1', status: 'updated' },
      { externalId: 'crm-3', status: 'updated' },
    ]);
    assert.equal((await accounts(tenant)).find((a) => a.rtp_aid === globex)?.name, 'Globex renamed');
    assert.equal((await tenant.request('PUT', '/api/v1/crm/accounts/crm-1', { customFields: { TIER_C: 'gold' } })).statusCode, 200);
  });

  test('many holders: the message counts them all and names the oldest few', async () => {
    const tenant = await ctx().newTenant();
    const { results } = await ok(
      tenant.request('POST', '/api/v1/accounts', {
        accounts: Array.from({ length: 8 }, (_, i) => ({ domain: `a${i}.example.com`, name: `A${i}`, externalId: 'shared' })),
      }),
    );
    const ids = results.map((r: { rtp_aid: string }) => r.rtp_aid).sort();
    const reply = await tenant.request('PUT', '/api/v1/crm/accounts/shared', { customFields: {} });
    assert.equal(reply.statusCode, 409, reply.raw);
    assert.equal(
      reply.body.customMessage,
      `externalId 'shared' is held by 8 accounts (rtp_aid ${ids.slice(0, 5).join(', ')} and 3 more); the CRM API needs it to name exactly one account`,
    );
  });
});
