import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from './support/engines.js';
import { expectSameAsMissing, runAuthContract } from './support/route-contract.js';
import { useTestApp } from './support/test-app.js';

// SPEC §2.1 on every route under /api/v1, found through the route catalogue (see the helper).
describeEachEngine('auth contract', (engine) => {
  runAuthContract(engine);
});

// The other-workspace helper on the first resources that exist, as feature suites use it.
describeEachEngine('another workspace’s id behaves like a missing id', (engine) => {
  const ctx = useTestApp(engine);

  test('segments', async () => {
    const owner = await ctx().newTenant();
    const other = await ctx().newTenant();
    const created = await owner.request('POST', '/api/v1/segments', { name: 'Owner only', type: 'static' });
    assert.equal(created.statusCode, 200, created.raw);
    const id: string = created.body.data.segmentId;
    const view = { method: 'GET' as const, url: `/api/v1/segments/${id}` };

    const { foreign } = await expectSameAsMissing(owner, other, id, (segmentId) => ({ method: 'GET', url: `/api/v1/segments/${segmentId}` }));
    assert.equal(foreign.statusCode, 404);
    await expectSameAsMissing(owner, other, id, (segmentId) => ({ method: 'GET', url: `/api/v1/segments/${segmentId}/accounts` }));
    await expectSameAsMissing(owner, other, id, (segmentId) => ({ method: 'PATCH', url: `/api/v1/segments/${segmentId}`, body: { name: 'Taken over' } }), {
      ownerView: view,
    });
    await expectSameAsMissing(
      owner,
      other,
      id,
      (segmentId) => ({ method: 'POST', url: `/api/v1/segments/${segmentId}/accounts`, body: { accounts: [{ domain: 'acme.com' }] } }),
      { ownerView: { method: 'GET', url: `/api/v1/segments/${id}/accounts` } },
    );
    // As a body field: pushing accounts into another workspace's segment.
    await expectSameAsMissing(
      owner,
      other,
      id,
      (segmentId) => ({ method: 'POST', url: '/api/v1/accounts', body: { segmentId, accounts: [{ domain: 'globex.com', name: 'Globex' }] } }),
      { ownerView: { method: 'GET', url: `/api/v1/segments/${id}/accounts` } },
    );
  });

  test('accounts', async () => {
    const owner = await ctx().newTenant();
    const other = await ctx().newTenant();
    const created = await owner.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'initech.com', name: 'Initech' }] });
    assert.equal(created.statusCode, 200, created.raw);
    const id: string = created.body.data.results[0].rtp_aid;
    await expectSameAsMissing(owner, other, id, (rtpAid) => ({ method: 'GET', url: `/api/v1/accounts/${rtpAid}` }));
    await expectSameAsMissing(owner, other, id, (rtpAid) => ({ method: 'PUT', url: `/api/v1/accounts/${rtpAid}`, body: { customFields: {} } }), {
      ownerView: { method: 'GET', url: `/api/v1/accounts/${id}` },
    });
  });
});
