// Issue 13 §3: deletion that syncs — single, CRM and batch account deletion, deal deletion, and the
// tombstone lists with their retention. The delta-sync property with deletions is in
// src/modules/accounts/delta-sync.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from './support/engines.js';
import { useTestApp, type Reply, type Tenant } from './support/test-app.js';

const DAY_MS = 86_400_000;

async function ok(reply: Promise<Reply>) {
  const answer = await reply;
  assert.equal(answer.statusCode, 200, answer.raw);
  return answer.body.data;
}

describeEachEngine('deletion that syncs', (engine) => {
  const ctx = useTestApp(engine);

  async function runScoring(tenant: Tenant): Promise<void> {
    const run = await ok(tenant.request('POST', '/api/v1/scoring/runs', {}));
    await ctx().services.scoring.waitForRun(tenant.workspaceId, run.runId);
  }

  const rowCount = async (table: 'signals' | 'sales_activities' | 'segment_members' | 'account_scores' | 'account_tags', workspaceId: string) =>
    Number((await ctx().database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow()).n);

  /** acme.com with a custom-field value, a static segment, signals, an activity and a deal; scored. */
  async function acmeWithEverything(tenant: Tenant) {
    await ok(tenant.request('POST', '/api/v1/accounts/custom-field', { label: 'Tier', labelType: 'number' }));
    const segment = await ok(tenant.request('POST', '/api/v1/segments', { name: 'Targets', type: 'static' }));
    const [acme] = (
      await ok(
        tenant.request('POST', '/api/v1/accounts', {
          segmentId: segment.segmentId,
          accounts: [{ domain: 'acme.com', name: 'Acme', externalId: 'crm-1', tags: ['Enterprise'], customFields: { TIER_C: 1 } }, { domain: 'globex.com', name: 'Globex', tags: ['smb'] }],
        }),
      )
    ).results;
    const now = Date.now();
    await ok(tenant.request('POST', '/api/v1/signals', { signals: [{ source: 'website', type: 'form_submit', domain: 'acme.com', occurredAt: new Date(now - DAY_MS).toISOString() }] }));
    await ok(
      tenant.request('POST', '/api/v1/sales-activities', {
        activities: [{ externalActivityId: 'a-1', activityType: 'call', occurredAt: new Date(now - DAY_MS).toISOString(), domain: 'acme.com', ownerEmail: 'rep@example.com', contacts: [{ email: 'buyer@acme.com' }] }],
      }),
    );
    await ok(tenant.request('POST', '/api/v1/deals', { deals: [{ externalDealId: 'D-1', name: 'Acme deal', stageLabel: 'Proposal', associatedAccounts: [{ domain: 'acme.com' }, { domain: 'globex.com' }] }] }));
    await runScoring(tenant);
    return { rtpAid: acme.rtp_aid as string, segmentId: segment.segmentId as string };
  }

  test('DELETE /accounts/:rtp_aid takes the account with what is kept per account, detaches its deals, keeps its signals and activities, and leaves a tombstone', async () => {
    const tenant = await ctx().newTenant();
    const { rtpAid, segmentId } = await acmeWithEverything(tenant);
    assert.equal((await ok(tenant.request('GET', `/api/v1/accounts/${rtpAid}`))).rtp_journey_stage, 'Opportunity');
    const { syncTimestamp: before } = await ok(tenant.request('GET', '/api/v1/accounts'));

    const deleted = await ok(tenant.request('DELETE', `/api/v1/accounts/${rtpAid}`));
    assert.deepEqual({ ...deleted, deletedAt: undefined }, { rtp_aid: rtpAid, domain: 'acme.com', externalId: 'crm-1', deletedAt: undefined });
    assert.ok(Date.parse(deleted.deletedAt) > Date.parse(before));

    assert.equal((await tenant.request('GET', `/api/v1/accounts/${rtpAid}`)).statusCode, 404);
    assert.equal((await tenant.request('DELETE', `/api/v1/accounts/${rtpAid}`)).statusCode, 404);
    assert.deepEqual((await ok(tenant.request('GET', `/api/v1/segments/${segmentId}/accounts`))).data.map((a: { domain: string }) => a.domain), ['globex.com']);
    assert.equal(await rowCount('segment_members', tenant.workspaceId), 1);
    assert.equal(await rowCount('account_scores', tenant.workspaceId), 1, 'globex.com keeps its scores');
    assert.equal(await rowCount('account_tags', tenant.workspaceId), 1, 'globex.com keeps its tag');
    assert.deepEqual((await ok(tenant.request('GET', '/api/v1/accounts?tag=enterprise'))).data, []);
    // The deal lost acme.com and is reported changed; signals and activities stay.
    const deals = await ok(tenant.request('GET', `/api/v1/deals?lastSync=${encodeURIComponent(before)}`));
    assert.deepEqual(deals.data.map((d: { externalDealId: string; associatedAccounts: Array<{ domain: string }> }) => [d.externalDealId, d.associatedAccounts.map((a) => a.domain)]), [['D-1', ['globex.com']]]);
    assert.equal(await rowCount('signals', tenant.workspaceId), 1);
    assert.equal(await rowCount('sales_activities', tenant.workspaceId), 1);

    const tombstones = await ok(tenant.request('GET', `/api/v1/accounts/deleted?lastSync=${encodeURIComponent(before)}`));
    assert.deepEqual(tombstones.data, [{ rtp_aid: rtpAid, domain: 'acme.com', externalId: 'crm-1', deletedAt: deleted.deletedAt }]);
    assert.ok(Date.parse(tombstones.syncTimestamp) >= Date.parse(deleted.deletedAt));
    assert.deepEqual((await ok(tenant.request('GET', `/api/v1/accounts/deleted?lastSync=${encodeURIComponent(tombstones.syncTimestamp)}`))).data, []);
    // The CRM generation serves the same tombstones.
    assert.deepEqual((await ok(tenant.request('GET', '/api/v1/crm/accounts/deleted'))).data, tombstones.data);

    // Created again with its domain: a new account, which the old signals count for again.
    const [again] = (await ok(tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'acme.com', name: 'Acme again' }] }))).results;
    assert.notEqual(again.rtp_aid, rtpAid);
  });

  test('?purge=true also removes the signals and activities keyed by the domain, and says how many', async () => {
    const tenant = await ctx().newTenant();
    const { rtpAid } = await acmeWithEverything(tenant);
    const deleted = await ok(tenant.request('DELETE', `/api/v1/accounts/${rtpAid}?purge=true`));
    assert.deepEqual(deleted.purged, { signals: 1, activities: 1 });
    assert.equal(await rowCount('signals', tenant.workspaceId), 0);
    assert.equal(await rowCount('sales_activities', tenant.workspaceId), 0);
  });

  test('the CRM generation deletes by externalId: 404 unknown, 409 when several accounts hold it', async () => {
    const tenant = await ctx().newTenant();
    await ok(tenant.request('POST', '/api/v1/crm/accounts', { accounts: [{ externalId: 'crm-9', domain: 'initech.com', name: 'Initech' }] }));
    await ok(tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'a.example.com', name: 'A', externalId: 'shared' }, { domain: 'b.example.com', name: 'B', externalId: 'shared' }] }));
    assert.equal((await tenant.request('DELETE', '/api/v1/crm/accounts/nobody')).body.customMessage, 'Account not found');
    const shared = await tenant.request('DELETE', '/api/v1/crm/accounts/shared');
    assert.equal(shared.statusCode, 409);
    assert.match(shared.body.customMessage, /^externalId 'shared' is held by 2 accounts \(rtp_aid [0-9a-f]{24}, [0-9a-f]{24}\); the CRM API needs it to name exactly one account$/);
    const deleted = await ok(tenant.request('DELETE', '/api/v1/crm/accounts/crm-9'));
    assert.equal(deleted.domain, 'initech.com');
    assert.equal((await tenant.request('GET', '/api/v1/crm/accounts/crm-9')).statusCode, 404);
  });

  test('POST /accounts/delete: by domains or by rtp_aids, one result per item in input order; both or neither is a 400', async () => {
    const tenant = await ctx().newTenant();
    const pushed = (await ok(tenant.request('POST', '/api/v1/accounts', { accounts: ['one.com', 'two.com', 'three.com'].map((domain) => ({ domain, name: domain })) }))).results;
    const byDomain = await ok(tenant.request('POST', '/api/v1/accounts/delete', { domains: ['https://www.One.com/x', 'nope.com', 'not a domain'] }));
    assert.deepEqual(byDomain, {
      results: [
        { rtp_aid: pushed[0].rtp_aid, domain: 'https://www.One.com/x', status: 'deleted' },
        { rtp_aid: null, domain: 'nope.com', status: 'failed', error: 'Account not found' },
        { rtp_aid: null, domain: 'not a domain', status: 'failed', error: "Invalid domain 'not a domain'" },
      ],
      summary: { total: 3, deleted: 1, failed: 2 },
    });
    const byId = await ok(tenant.request('POST', '/api/v1/accounts/delete', { rtp_aids: [pushed[1].rtp_aid, 'xyz', pushed[0].rtp_aid] }));
    assert.deepEqual(byId.results, [
      { rtp_aid: pushed[1].rtp_aid, domain: 'two.com', status: 'deleted' },
      { rtp_aid: 'xyz', domain: null, status: 'failed', error: 'Invalid rtp_aid format' },
      { rtp_aid: pushed[0].rtp_aid, domain: null, status: 'failed', error: 'Account not found' },
    ]);
    const both = await tenant.request('POST', '/api/v1/accounts/delete', { domains: ['three.com'], rtp_aids: [pushed[2].rtp_aid] });
    assert.equal(both.statusCode, 400);
    assert.equal(both.body.customMessage, 'Send either domains or rtp_aids, not both');
    assert.equal((await tenant.request('POST', '/api/v1/accounts/delete', {})).body.customMessage, 'domains or rtp_aids is required');
    assert.equal((await tenant.request('POST', '/api/v1/accounts/delete', { domains: [] })).body.customMessage, 'domains must contain at least 1 elements');
    assert.deepEqual((await ok(tenant.request('GET', '/api/v1/accounts'))).data.map((a: { domain: string }) => a.domain), ['three.com']);
    assert.equal((await ok(tenant.request('GET', '/api/v1/accounts/deleted'))).data.length, 2);
  });

  test('DELETE /deals/:externalDealId: gone from the list, in the tombstones, and the account it counted for is rescored', async () => {
    const tenant = await ctx().newTenant();
    const { rtpAid } = await acmeWithEverything(tenant);
    const { syncTimestamp: before } = await ok(tenant.request('GET', '/api/v1/deals'));
    assert.equal((await tenant.request('DELETE', '/api/v1/deals/nope')).body.customMessage, 'Deal not found');
    const deleted = await ok(tenant.request('DELETE', '/api/v1/deals/D-1'));
    assert.equal(deleted.externalDealId, 'D-1');
    assert.equal((await tenant.request('GET', '/api/v1/deals/D-1')).statusCode, 404);
    assert.deepEqual((await ok(tenant.request('GET', `/api/v1/deals/deleted?lastSync=${encodeURIComponent(before)}`))).data, [{ externalDealId: 'D-1', deletedAt: deleted.deletedAt }]);
    await runScoring(tenant);
    assert.notEqual((await ok(tenant.request('GET', `/api/v1/accounts/${rtpAid}`))).rtp_journey_stage, 'Opportunity');
  });

  test('DELETE /contacts/:email erases every trace of the address and says how many records changed', async () => {
    const tenant = await ctx().newTenant();
    const when = new Date(Date.now() - DAY_MS).toISOString();
    await ok(
      tenant.request('POST', '/api/v1/sales-activities', {
        activities: [
          { externalActivityId: 'c-1', activityType: 'call', occurredAt: when, domain: 'acme.com', ownerEmail: 'rep@seller.com', contacts: [{ email: 'Jane@Acme.com', name: 'Jane' }, { email: 'bob@acme.com' }] },
          { externalActivityId: 'e-1', activityType: 'email', occurredAt: when, domain: 'acme.com', ownerEmail: 'JANE@acme.com', from: { name: 'Jane', email: 'Jane@acme.com' }, contacts: [{ email: 'jane@acme.com' }] },
        ],
      }),
    );
    await ok(tenant.request('POST', '/api/v1/deals', { deals: [{ externalDealId: 'D-9', name: 'Deal', ownerEmail: 'jane@ACME.com', ownerName: 'Jane' }] }));
    const { syncTimestamp: before } = await ok(tenant.request('GET', '/api/v1/deals'));
    await ok(tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'acme.com', name: 'Acme' }] }));

    const erased = await ok(tenant.request('DELETE', `/api/v1/contacts/${encodeURIComponent(' Jane@ACME.com ')}`));
    assert.deepEqual(erased, { email: 'jane@acme.com', recordsChanged: { contacts: 1, activityContacts: 2, activities: 2, deals: 1 }, total: 6 });
    const rtpAid = (await ok(tenant.request('GET', '/api/v1/accounts'))).data[0].rtp_aid;
    const stored = JSON.stringify(await ok(tenant.request('GET', `/api/v1/accounts/${rtpAid}/activities`))) + JSON.stringify(await ok(tenant.request('GET', '/api/v1/deals/D-9')));
    assert.doesNotMatch(stored, /jane/i, stored);
    assert.match(stored, /bob@acme\.com/, 'other people stay');
    // The deal changed, so a syncing client receives it without its owner.
    const changed = await ok(tenant.request('GET', `/api/v1/deals?lastSync=${encodeURIComponent(before)}`));
    assert.deepEqual(changed.data.map((d: { externalDealId: string; ownerEmail: string | null }) => [d.externalDealId, d.ownerEmail]), [['D-9', null]]);
    // Idempotent: nothing left to change.
    assert.equal((await ok(tenant.request('DELETE', '/api/v1/contacts/jane@acme.com'))).total, 0);
    assert.equal((await tenant.request('DELETE', '/api/v1/contacts/jane')).body.customMessage, "Invalid email 'jane'");
  });

  test('tombstones are kept TOMBSTONE_RETENTION_DAYS: an older lastSync answers 410, and older tombstones are dropped', async () => {
    const tenant = await ctx().newTenant();
    const pushed = (await ok(tenant.request('POST', '/api/v1/accounts', { accounts: ['old.com', 'new.com'].map((domain) => ({ domain, name: domain })) }))).results;
    await ok(tenant.request('DELETE', `/api/v1/accounts/${pushed[0].rtp_aid}`));
    const longAgo = new Date(Date.now() - 91 * DAY_MS).toISOString();
    for (const list of ['accounts', 'deals']) {
      const gone = await tenant.request('GET', `/api/v1/${list}/deleted?lastSync=${encodeURIComponent(longAgo)}`);
      assert.equal(gone.statusCode, 410, gone.raw);
      assert.deepEqual([gone.body.message, gone.body.customMessage], ['Gone', 'lastSync is older than the deletion history (90 days): run a full sync']);
    }
    const recent = new Date(Date.now() - 89 * DAY_MS).toISOString();
    assert.equal((await ok(tenant.request('GET', `/api/v1/accounts/deleted?lastSync=${encodeURIComponent(recent)}`))).data.length, 1);
    // The first tombstone ages past the retention; the next deletion drops it.
    await ctx().database.db.updateTable('tombstones').set({ deleted_at: Date.now() - 91 * DAY_MS }).where('workspace_id', '=', tenant.workspaceId).execute();
    await ok(tenant.request('DELETE', `/api/v1/accounts/${pushed[1].rtp_aid}`));
    assert.deepEqual((await ok(tenant.request('GET', '/api/v1/accounts/deleted'))).data.map((t: { domain: string }) => t.domain), ['new.com']);
  });
});
