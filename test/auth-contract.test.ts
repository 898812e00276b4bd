import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from './support/engines.js';
import { apiRoutes, assertErrorReply, expectedPath, expectSameAsMissing, fillPath, routeLabel, runAuthContract, takesBody } from './support/route-contract.js';
import { workspaceFingerprint } from './support/row-counts.js';
import { injectJson, useTestApp } from './support/test-app.js';

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

// SPEC §2.1 (2026-12): a read-only key reads; every write route refuses it before reading the body.
describeEachEngine('read-only keys', (engine) => {
  const ctx = useTestApp(engine);

  test('every route that writes answers 403 `This API key is read-only` and changes nothing; reads answer as with a full key', async (t) => {
    const tenant = await ctx().newTenant();
    const { apiKey: readOnlyKey } = await ctx().services.workspaces.createKey(tenant.email, tenant.workspaceId, undefined, { readOnly: true });
    const before = await workspaceFingerprint(ctx().database.db, tenant.workspaceId);
    for (const route of apiRoutes(ctx().app).filter((r) => r.access === 'credentials')) {
      await t.test(routeLabel(route), async () => {
        const url = fillPath(route.url, '0123456789abcdef01234567');
        const send = (key: string) =>
          injectJson(ctx().app, {
            method: route.method,
            url,
            headers: { 'x-api-key': key, ...(takesBody(route.method) ? { 'content-type': 'application/json' } : {}) },
            ...(takesBody(route.method) ? { payload: '{}' } : {}),
          });
        const reply = await send(readOnlyKey);
        if (takesBody(route.method) || route.method === 'DELETE') {
          assertErrorReply(reply, expectedPath(url), 403, 'This API key is read-only', routeLabel(route));
        } else {
          const full = await send(tenant.apiKey);
          assert.equal(reply.statusCode, full.statusCode, `${routeLabel(route)}: ${reply.raw}`);
        }
      });
    }
    assert.equal(await workspaceFingerprint(ctx().database.db, tenant.workspaceId), before);
  });

  test('a user holds one key of each kind: issuing one revokes only the previous key of that kind', async () => {
    const tenant = await ctx().newTenant();
    const { workspaces } = ctx().services;
    const status = async (key: string) => (await injectJson(ctx().app, { method: 'GET', url: '/api/v1/segments', headers: { 'x-api-key': key } })).statusCode;
    const firstReadOnly = (await workspaces.createKey(tenant.email, tenant.workspaceId, undefined, { readOnly: true })).apiKey;
    const secondReadOnly = (await workspaces.createKey(tenant.email, tenant.workspaceId, undefined, { readOnly: true })).apiKey;
    assert.deepEqual([await status(tenant.apiKey), await status(firstReadOnly), await status(secondReadOnly)], [200, 401, 200]);
    const newFull = (await workspaces.createKey(tenant.email, tenant.workspaceId)).apiKey;
    assert.deepEqual([await status(tenant.apiKey), await status(newFull), await status(secondReadOnly)], [401, 200, 200]);
    const write = await injectJson(ctx().app, {
      method: 'POST',
      url: '/api/v1/accounts',
      headers: { 'x-api-key': newFull, 'content-type': 'application/json' },
      payload: JSON.stringify({ accounts: [{ domain: 'full.example', name: 'Full' }] }),
    });
    assert.equal(write.statusCode, 200, write.raw);
  });
});
