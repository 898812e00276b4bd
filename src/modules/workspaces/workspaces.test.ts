import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestDatabase, describeEachEngine } from '../../../test/support/engines.js';
import { databaseUrl, getJson, killAllChildren, printedKey, scratchDir, startServe } from '../../../test/support/cli.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { generateApiKey, isApiKeyFormat } from './api-key.js';

describeEachEngine('workspaces and API keys', (engine) => {
  const ctx = useTestApp(engine);
  const segments = (apiKey: string | undefined) =>
    ctx().inject({ method: 'GET', url: '/api/v1/segments', headers: apiKey === undefined ? {} : { 'x-api-key': apiKey } });

  test('keys are ib_ + 40 base62 characters, stored only as a hash with a display prefix', async () => {
    const tenant = await ctx().newTenant();
    assert.ok(isApiKeyFormat(tenant.apiKey));
    const rows = await ctx().database.db.selectFrom('api_keys').selectAll().where('workspace_id', '=', tenant.workspaceId).execute();
    assert.equal(rows.length, 1);
    assert.notEqual(rows[0].key_hash, tenant.apiKey);
    assert.ok(!rows[0].key_hash.includes(tenant.apiKey.slice(3)));
    assert.equal(rows[0].key_prefix, tenant.apiKey.slice(0, 9));
  });

  test('a new key revokes the previous one at once; one active key per user', async () => {
    const tenant = await ctx().newTenant();
    assert.equal((await segments(tenant.apiKey)).statusCode, 200);
    const { apiKey: second } = await ctx().services.workspaces.createKey(tenant.email, tenant.workspaceId);
    const old = await segments(tenant.apiKey);
    assert.equal(old.statusCode, 401);
    assert.equal(old.body.message, 'Unauthorized');
    assert.equal(old.body.customMessage, 'Invalid API key');
    assert.equal((await segments(second)).statusCode, 200);
    const active = await ctx()
      .database.db.selectFrom('api_keys')
      .select('id')
      .where('workspace_id', '=', tenant.workspaceId)
      .where('revoked_at', 'is', null)
      .execute();
    assert.equal(active.length, 1);
  });

  test('missing, malformed and unknown keys are 401 with the exact messages', async () => {
    const missing = await segments(undefined);
    assert.equal(missing.statusCode, 401);
    assert.deepEqual([missing.body.message, missing.body.customMessage], ['Unauthorized', 'X-Api-Key header is required']);
    for (const key of ['nope', generateApiKey(), `${generateApiKey()}x`, '']) {
      const reply = await segments(key);
      assert.equal(reply.statusCode, 401);
      assert.equal(reply.body.customMessage, key === '' ? 'X-Api-Key header is required' : 'Invalid API key');
    }
  });

  test('API access off → 401 (SPEC §2.1, 2026-12); back on → 200', async () => {
    const tenant = await ctx().newTenant();
    await ctx().services.workspaces.setApiAccess(tenant.workspaceId, false);
    const reply = await segments(tenant.apiKey);
    assert.equal(reply.statusCode, 401);
    assert.equal(reply.body.message, 'Unauthorized');
    assert.equal(reply.body.customMessage, 'API access is not enabled for this workspace');
    await ctx().services.workspaces.setApiAccess(tenant.workspaceId, true);
    assert.equal((await segments(tenant.apiKey)).statusCode, 200);
  });

  test('first-start bootstrap runs once, even when two servers start together', { timeout: 60_000 }, async () => {
    const fresh = await createTestDatabase(engine);
    const cwd = scratchDir();
    try {
      const env = { DATABASE_URL: databaseUrl(fresh.config), LOG_LEVEL: 'info' };
      const servers = await Promise.all([startServe({ env, cwd: cwd.path }), startServe({ env, cwd: cwd.path })]);
      const keys = servers.map((s) => printedKey(s.stdout())).filter(Boolean);
      assert.equal(keys.length, 1, 'exactly one start prints a key');
      for (const server of servers) {
        const reply = await getJson(`${server.url}/api/v1/segments`, { 'x-api-key': keys[0]! });
        assert.equal(reply.status, 200);
      }
      await Promise.all(servers.map((s) => s.stop('SIGTERM')));
    } finally {
      killAllChildren();
      cwd.remove();
      await fresh.drop();
    }
  });
});
