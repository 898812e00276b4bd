import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from './support/engines.js';
import { useTestApp } from './support/test-app.js';

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describeEachEngine('HTTP conventions', (engine) => {
  const ctx = useTestApp(engine);

  test('unknown route answers 404 in the envelope with the path and no query string', async () => {
    const tenant = await ctx().newTenant();
    const reply = await tenant.request('GET', '/api/v1/nothing-here?x=1');
    assert.equal(reply.statusCode, 404);
    assert.equal(reply.body.statusCode, 404);
    assert.equal(reply.body.path, '/api/v1/nothing-here');
    assert.equal(reply.body.message, 'Not Found');
    assert.equal(reply.body.customMessage, 'Cannot GET /api/v1/nothing-here');
    assert.equal(reply.body.data, null);
    assert.match(reply.body.timestamp, ISO_MS);
    assert.ok(reply.headers['x-request-id']);
  });

  test('healthz answers ok without a key', async () => {
    const reply = await ctx().inject({ method: 'GET', url: '/healthz' });
    assert.equal(reply.statusCode, 200);
    assert.deepEqual(reply.body, { status: 'ok' });
  });
});
