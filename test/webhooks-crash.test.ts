/**
 * Webhooks are delivered at least once (docs/api.md#webhooks): a real `intentbase serve` is
 * SIGKILLed while its delivery is in flight (the receiver holds the request), and the event arrives
 * from the restarted server once the dead process's lease has run out.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from './support/engines.js';
import { databaseUrl, startServe, useServeScratch } from './support/cli.js';
import { answerOk, useReceiver } from './support/webhook-receiver.js';

const API_KEY = `ib_${'WebhookCrashKey'.padEnd(40, '0')}`;

describeEachEngine('webhooks across a crash', (engine) => {
  const scratch = useServeScratch(engine);
  const receiver = useReceiver();

  test('the server dies mid-delivery: the restarted server delivers the event', { timeout: 120_000 }, async () => {
    const database = await scratch.database();
    const cwd = scratch.dir();
    const env = {
      DATABASE_URL: databaseUrl(database.config),
      INTENTBASE_ADMIN_API_KEY: API_KEY,
      WEBHOOK_ALLOW_LOOPBACK: '1',
      WEBHOOK_POLL_MS: '50',
      WEBHOOK_LEASE_MS: '1000',
      // The listening line that startServe waits for is logged at info.
      LOG_LEVEL: 'info',
    };
    const api = (url: string, path: string, body: unknown) =>
      fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': API_KEY }, body: JSON.stringify(body) }).then(
        async (response) => ({ status: response.status, body: (await response.json()) as { data: any } }),
      );

    // The first attempt is held: no answer ever comes from the receiver.
    receiver().answer = () => {};
    const first = await startServe({ env, cwd: cwd.path });
    const created = await api(first.url, '/api/v1/webhooks', { url: `${receiver().url}/crash`, events: ['account.created'] });
    assert.equal(created.status, 200);
    const pushed = await api(first.url, '/api/v1/accounts', { accounts: [{ domain: 'survivor.example.com', name: 'Survivor' }] });
    assert.equal(pushed.status, 200);
    await receiver().waitFor(1);
    await first.stop('SIGKILL');

    receiver().answer = answerOk;
    const second = await startServe({ env, cwd: cwd.path });
    try {
      await receiver().waitFor(2);
      const [held, delivered] = receiver().received.map((request) => JSON.parse(request.body) as { events: Array<{ id: string; data: { account: { domain: string } } }> });
      assert.deepEqual(delivered.events.map((event) => event.id), held.events.map((event) => event.id), 'the same events, again');
      assert.equal(delivered.events[0].data.account.domain, 'survivor.example.com');
      const status = async () =>
        ((await (await fetch(`${second.url}/api/v1/webhooks/${created.body.data.id}/deliveries`, { headers: { 'x-api-key': API_KEY } })).json()) as { data: { data: Array<{ status: string }> } }).data.data[0].status;
      // The answer is recorded just after it arrives: wait for the record, not for a time.
      while ((await status()) !== 'succeeded');
    } finally {
      await second.stop('SIGTERM');
    }
  });
});
