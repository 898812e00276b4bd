import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from './support/engines.js';
import { useTestApp, type Tenant } from './support/test-app.js';

/**
 * Issue 10, class 7: domains go through UTS-46 host processing (src/lib/domain.ts), so every
 * spelling a browser reads as acme.com is the one acme.com account, on every route that takes a
 * domain, and invalid punycode is refused with the existing invalid-domain result.
 */

const LOOK_ALIKES: ReadonlyArray<[string, string]> = [
  ['fullwidth', 'ａｃｍｅ.com'],
  ['fullwidth dots', 'ａｃｍｅ．ｃｏｍ'],
  ['soft hyphen', 'ac\u00adme.com'],
  ['zero-width space', 'ac\u200bme.com'],
  ['fullwidth www', 'ｗｗｗ.acme.com'],
  ['fullwidth www in a URL', 'https://ｗｗｗ．ＡＣＭＥ.com/pricing'],
  ['ideographic full stop', 'acme。com'],
];
const INVALID_PUNYCODE = ['xn--a.com', 'xn--acme-rga.com', 'www.xn--a.com'];

async function ok(reply: Promise<{ statusCode: number; raw: string; body: any }>) {
  const answer = await reply;
  assert.equal(answer.statusCode, 200, answer.raw);
  return answer.body.data;
}

async function accountDomains(tenant: Tenant): Promise<string[]> {
  return (await ok(tenant.request('GET', '/api/v1/accounts?limit=1000'))).data.map((a: { domain: string }) => a.domain);
}

describeEachEngine('look-alike domains', (engine) => {
  const ctx = useTestApp(engine);

  test('each look-alike spelling pushed after acme.com updates that one account (External API)', async () => {
    const tenant = await ctx().newTenant();
    const [created] = (await ok(tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'acme.com', name: 'Acme' }] }))).results;
    for (const [form, domain] of LOOK_ALIKES) {
      const refused = (await ok(tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain, name: form }] }))).results[0];
      assert.deepEqual(
        refused,
        {
          rtp_aid: created.rtp_aid,
          domain: 'acme.com',
          status: 'failed',
          error: "Account with domain 'acme.com' already exists. Set upsert: true to update this account via this endpoint.",
        },
        form,
      );
      const updated = (await ok(tenant.request('POST', '/api/v1/accounts', { upsert: true, accounts: [{ domain, name: form }] }))).results[0];
      assert.deepEqual(updated, { rtp_aid: created.rtp_aid, domain: 'acme.com', status: 'updated' }, form);
    }
    assert.deepEqual(await accountDomains(tenant), ['acme.com']);
    const filtered = await ok(tenant.request('GET', `/api/v1/accounts?domains=${encodeURIComponent(JSON.stringify([LOOK_ALIKES[0][1]]))}`));
    assert.deepEqual(filtered.data.map((a: { rtp_aid: string }) => a.rtp_aid), [created.rtp_aid]);
  });

  test('each look-alike spelling is the same account for the CRM generation, external-id mappings and segments', async () => {
    const tenant = await ctx().newTenant();
    await ok(tenant.request('POST', '/api/v1/crm/accounts', { accounts: [{ externalId: 'crm-1', domain: 'acme.com', name: 'Acme' }] }));
    for (const [form, domain] of LOOK_ALIKES) {
      const clash = (await ok(tenant.request('POST', '/api/v1/crm/accounts', { accounts: [{ externalId: 'crm-2', domain, name: form }] }))).results[0];
      assert.deepEqual(clash, { externalId: 'crm-2', status: 'failed', error: "Account with domain 'acme.com' already exists with externalId 'crm-1'" }, form);
      const mapped = await ok(tenant.request('PATCH', '/api/v1/accounts/external-ids', { mappings: [{ domain, externalId: 'crm-1' }] }));
      assert.deepEqual(mapped, { matched: 1, updated: 0, notFound: [] }, form);
    }
    const segment = await ok(tenant.request('POST', '/api/v1/segments', { name: 'S', type: 'static' }));
    const added = await ok(tenant.request('POST', `/api/v1/segments/${segment.segmentId}/accounts`, { accounts: LOOK_ALIKES.map(([, domain]) => ({ domain })) }));
    assert.equal(added.summary.added + added.summary.unchanged, LOOK_ALIKES.length, JSON.stringify(added));
    assert.equal(added.summary.added, 1, JSON.stringify(added));
    assert.deepEqual(await accountDomains(tenant), ['acme.com']);
  });

  test('signals, sales activities and deal associations in a look-alike spelling belong to acme.com', async () => {
    const tenant = await ctx().newTenant();
    const [account] = (await ok(tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'acme.com', name: 'Acme' }] }))).results;
    const signals = LOOK_ALIKES.map(([, domain]) => ({ source: 'website', type: 'page_view', domain, occurredAt: '2026-01-15T10:00:00Z' }));
    assert.equal((await ok(tenant.request('POST', '/api/v1/signals', { signals }))).summary.created, LOOK_ALIKES.length);
    const signalDomains = await ctx().database.db.selectFrom('signals').select('domain').distinct().where('workspace_id', '=', tenant.workspaceId).execute();
    assert.deepEqual(signalDomains.map((row) => row.domain), ['acme.com']);

    const activities = LOOK_ALIKES.map(([, domain], i) => ({
      externalActivityId: `a-${i}`,
      activityType: 'call',
      occurredAt: '2026-01-15T10:00:00Z',
      domain,
      ownerEmail: 'rep@vendor.com',
      contacts: [{ email: 'jane@acme.com' }],
    }));
    assert.equal((await ok(tenant.request('POST', '/api/v1/sales-activities', { activities }))).summary.created, LOOK_ALIKES.length);
    const timeline = await ok(tenant.request('GET', `/api/v1/accounts/${account.rtp_aid}/activities?limit=1000`));
    assert.equal(timeline.data.length, LOOK_ALIKES.length);

    const deals = LOOK_ALIKES.map(([, domain], i) => ({ externalDealId: `d-${i}`, name: 'd', associatedAccounts: [{ domain }] }));
    assert.equal((await ok(tenant.request('POST', '/api/v1/deals', { deals }))).summary.created, LOOK_ALIKES.length);
    for (let i = 0; i < LOOK_ALIKES.length; i += 1) {
      const deal = await ok(tenant.request('GET', `/api/v1/deals/d-${i}`));
      assert.deepEqual(deal.linkedAccounts, [{ rtp_aid: account.rtp_aid, domain: 'acme.com' }], LOOK_ALIKES[i][0]);
    }
  });

  test('invalid punycode is refused with the invalid-domain result on every route that takes a domain', async () => {
    const tenant = await ctx().newTenant();
    for (const domain of INVALID_PUNYCODE) {
      const error = `Invalid domain '${domain}'`;
      const external = (await ok(tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain, name: 'x' }] }))).results[0];
      assert.deepEqual(external, { rtp_aid: null, domain, status: 'failed', error });
      const crm = (await ok(tenant.request('POST', '/api/v1/crm/accounts', { accounts: [{ externalId: 'x', domain, name: 'x' }] }))).results[0];
      assert.deepEqual(crm, { externalId: 'x', status: 'failed', error });
      const signal = (await ok(tenant.request('POST', '/api/v1/signals', { signals: [{ source: 'website', type: 'page_view', domain, occurredAt: '2026-01-15T10:00:00Z' }] }))).results[0];
      assert.deepEqual(signal, { index: 0, status: 'failed', error });
      const activity = (
        await ok(
          tenant.request('POST', '/api/v1/sales-activities', {
            activities: [{ externalActivityId: 'x', activityType: 'call', occurredAt: '2026-01-15T10:00:00Z', domain, ownerEmail: 'r@v.com', contacts: [{ email: 'j@a.com' }] }],
          }),
        )
      ).results[0];
      assert.deepEqual(activity, { externalActivityId: 'x', status: 'failed', error });
      const deal = (await ok(tenant.request('POST', '/api/v1/deals', { deals: [{ externalDealId: 'x', name: 'x', associatedAccounts: [{ domain }] }] }))).results[0];
      assert.deepEqual(deal, { externalDealId: 'x', status: 'failed', error });
    }
    assert.deepEqual(await accountDomains(tenant), []);
  });
});
