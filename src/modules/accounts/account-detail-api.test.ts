/**
 * The two API additions the console's account page reads (issue 12): an account's signals per day
 * (GET /accounts/:rtp_aid/signals/daily) and the deals of one account (GET /deals?rtp_aid=).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp, type Tenant } from '../../../test/support/test-app.js';

const DAY_MS = 86_400_000;

async function pushAccounts(tenant: Tenant, accounts: Array<Record<string, unknown>>): Promise<string[]> {
  const reply = await tenant.request('POST', '/api/v1/accounts', { accounts });
  assert.equal(reply.statusCode, 200, reply.raw);
  return (reply.body.data.results as Array<{ rtp_aid: string }>).map((r) => r.rtp_aid);
}

describeEachEngine('the account page’s API', (engine) => {
  const ctx = useTestApp(engine);

  test('signals per day: every day of the window, by source, summing count; other domains and older signals left out', async () => {
    const tenant = await ctx().newTenant();
    const [acme] = await pushAccounts(tenant, [{ domain: 'acme.com', name: 'Acme' }, { domain: 'globex.com', name: 'Globex' }]);
    const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    const at = (daysAgo: number) => new Date(today - daysAgo * DAY_MS + 3_600_000).toISOString();
    const signals = [
      { source: 'website', domain: 'www.acme.com', type: 'page_view', occurredAt: at(0), count: 3 },
      { source: 'website', domain: 'acme.com', type: 'page_view', occurredAt: at(0) },
      { source: 'g2', domain: 'acme.com', type: 'comparison_view', occurredAt: at(5) },
      { source: 'linkedin', domain: 'acme.com', type: 'impression', occurredAt: at(89), count: 40 },
      { source: 'website', domain: 'acme.com', type: 'page_view', occurredAt: at(90) },
      { source: 'website', domain: 'globex.com', type: 'page_view', occurredAt: at(0) },
    ];
    const pushed = await tenant.request('POST', '/api/v1/signals', { signals });
    assert.equal(pushed.statusCode, 200, pushed.raw);
    assert.equal(pushed.body.data.summary.created, signals.length, pushed.raw);

    const reply = await tenant.request('GET', `/api/v1/accounts/${acme}/signals/daily`);
    assert.equal(reply.statusCode, 200, reply.raw);
    const data = reply.body.data as { domain: string; from: string; to: string; days: Array<Record<string, number | string>> };
    assert.equal(data.domain, 'acme.com');
    assert.equal(data.days.length, 90);
    assert.equal(data.to, new Date(today).toISOString().slice(0, 10));
    assert.equal(data.days[0].day, data.from);
    assert.deepEqual(data.days.at(-1), { day: data.to, website: 4, g2: 0, bombora: 0, linkedin: 0, total: 4 });
    assert.deepEqual(data.days.at(-6), { day: new Date(today - 5 * DAY_MS).toISOString().slice(0, 10), website: 0, g2: 1, bombora: 0, linkedin: 0, total: 1 });
    assert.equal(data.days[0].linkedin, 40, 'the first day of 90 is 89 days ago');
    assert.equal(data.days.reduce((sum, day) => sum + Number(day.total), 0), 45, 'the signal of 90 days ago is outside the window');

    const week = await tenant.request('GET', `/api/v1/accounts/${acme}/signals/daily?days=7`);
    assert.equal(week.body.data.days.length, 7);

    for (const [url, status] of [
      ['/api/v1/accounts/nope/signals/daily', 400],
      [`/api/v1/accounts/${acme}/signals/daily?days=0`, 400],
      [`/api/v1/accounts/${acme}/signals/daily?days=366`, 400],
      ['/api/v1/accounts/663abc0e5f1c2a0012345678/signals/daily', 404],
    ] as const) {
      const bad = await tenant.request('GET', url);
      assert.equal(bad.statusCode, status, `${url}: ${bad.raw}`);
    }
  });

  test('GET /deals?rtp_aid= lists the deals linked to that account (by domain or by external id), with their stage history', async () => {
    const tenant = await ctx().newTenant();
    const [acme, globex] = await pushAccounts(tenant, [
      { domain: 'acme.com', name: 'Acme', externalId: 'crm-acme' },
      { domain: 'globex.com', name: 'Globex', externalId: 'crm-globex' },
    ]);
    const deal = (id: string, associatedAccounts: Array<Record<string, string>>, stageId = 'qualified') => ({
      externalDealId: id,
      name: `Deal ${id}`,
      stageId,
      stageLabel: stageId,
      pipelineId: 'sales',
      associatedAccounts,
    });
    const push = async (deals: unknown[]) => {
      const reply = await tenant.request('POST', '/api/v1/deals', { deals });
      assert.equal(reply.statusCode, 200, reply.raw);
    };
    await push([
      deal('D-1', [{ domain: 'acme.com' }]),
      deal('D-2', [{ externalId: 'crm-acme' }]),
      deal('D-3', [{ domain: 'globex.com' }]),
      // The domain wins over the external id (SPEC §3.8): this one links to Globex, not Acme.
      deal('D-4', [{ domain: 'globex.com', externalId: 'crm-acme' }]),
    ]);
    await push([deal('D-1', [{ domain: 'acme.com' }], 'won')]);

    const list = async (query: string) => {
      const reply = await tenant.request('GET', `/api/v1/deals?${query}`);
      assert.equal(reply.statusCode, 200, reply.raw);
      return reply.body.data as { data: Array<{ externalDealId: string; stageHistory: unknown[] }>; nextCursor: string | null };
    };
    const acmeDeals = await list(`rtp_aid=${acme}`);
    assert.deepEqual(acmeDeals.data.map((d) => d.externalDealId), ['D-2', 'D-1'], 'change order: D-1 changed last');
    assert.equal(acmeDeals.data[1].stageHistory.length, 2);
    assert.deepEqual((await list(`rtp_aid=${globex}`)).data.map((d) => d.externalDealId), ['D-3', 'D-4']);

    const first = await list(`rtp_aid=${acme}&limit=1`);
    assert.deepEqual(first.data.map((d) => d.externalDealId), ['D-2']);
    const second = await list(`rtp_aid=${acme}&limit=1&cursor=${first.nextCursor}`);
    assert.deepEqual(second.data.map((d) => d.externalDealId), ['D-1']);
    assert.equal(second.nextCursor, null);

    assert.deepEqual((await list('rtp_aid=663abc0e5f1c2a0012345678')).data, [], 'no such account: no deals');
    const bad = await tenant.request('GET', '/api/v1/deals?rtp_aid=acme');
    assert.equal(bad.statusCode, 400, bad.raw);
    assert.equal(bad.body.customMessage ?? bad.body.message, 'Invalid rtp_aid format');
    assert.equal((await list('')).data.length, 4, 'without rtp_aid: every deal, as before');
  });
});
