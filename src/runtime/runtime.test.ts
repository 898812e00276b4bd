import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createTestDatabase, describeEachEngine, type TestDatabase } from '../../test/support/engines.js';
import { injectJson } from '../../test/support/test-app.js';

describeEachEngine('runtime health', (engine) => {
  const databases: TestDatabase[] = [];
  after(async () => {
    for (const database of databases) await database.drop();
  });

  async function open(testDb: TestDatabase) {
    return buildApp({ ...loadConfig({ LOG_LEVEL: 'silent' }), database: testDb.config }, { logger: false });
  }

  test('when the service thread (SQLite) or the pool (PostgreSQL) is gone, /healthz and every call answer 503; a restart answers 200 with the data intact', async () => {
    const testDb = await createTestDatabase(engine);
    databases.push(testDb);
    const app = await open(testDb);
    const workspace = await app.runtime.services.workspaces.createWorkspace('Health');
    await app.runtime.services.workspaces.addUser(workspace.id, 'ops@example.com', 'admin');
    const { apiKey } = await app.runtime.services.workspaces.createKey('ops@example.com', workspace.id);
    const segments = () => injectJson(app, { method: 'GET', url: '/api/v1/segments', headers: { 'x-api-key': apiKey } });
    assert.equal((await injectJson(app, { method: 'GET', url: '/healthz' })).statusCode, 200);
    assert.equal((await segments()).statusCode, 200);

    // What dies: on SQLite the thread the services run on (as a crash would end it), on PostgreSQL the pool.
    if (engine === 'sqlite') await app.runtime.thread!.terminate();
    else await app.runtime.close();

    const health = await injectJson(app, { method: 'GET', url: '/healthz' });
    assert.equal(health.statusCode, 503);
    assert.deepEqual(health.body, { status: 'unavailable' });
    const call = await segments();
    assert.equal(call.statusCode, 503, call.raw);
    assert.equal(call.body.message, 'Service Unavailable');
    assert.equal(call.body.customMessage, 'The database is unavailable; retry shortly');
    await app.close();

    const restarted = await open(testDb);
    try {
      assert.equal((await injectJson(restarted, { method: 'GET', url: '/healthz' })).statusCode, 200);
      const reply = await injectJson(restarted, { method: 'GET', url: '/api/v1/segments', headers: { 'x-api-key': apiKey } });
      assert.equal(reply.statusCode, 200, reply.raw);
    } finally {
      await restarted.close();
    }
  });
});
