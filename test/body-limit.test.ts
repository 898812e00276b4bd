// SPEC §2.2: a body over the size limit answers 413. Over a real socket, most clients (fetch, curl,
// the usual HTTP libraries) write the whole body before they read anything: a server that answers
// and closes while they write leaves them with a broken pipe instead of the JSON error. Checked
// against a real `intentbase serve`, the way an integrator meets it.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { killAllChildren, printedKey, scratchDir, startServe } from './support/cli.js';

after(killAllChildren);

test('a client that writes its whole oversized body before reading gets the 413 envelope, never a broken pipe', async () => {
  const cwd = scratchDir();
  const server = await startServe({ env: { DATABASE_URL: 'sqlite:./body-limit.db', BODY_LIMIT_BYTES: '65536' }, cwd: cwd.path });
  try {
    const key = printedKey(server.stdout());
    assert.ok(key, server.stdout());
    const oversized = `{"accounts":[{"domain":"a.com","name":"${'x'.repeat(8 * 1024 * 1024)}"}]}`;
    const chunked = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"accounts":"'));
          for (let i = 0; i < 128; i++) controller.enqueue(new TextEncoder().encode('z'.repeat(64 * 1024)));
          controller.close();
        },
      });
    // With a Content-Length (refused before reading) and chunked (refused once over the limit).
    for (const body of [oversized, oversized, oversized, chunked(), oversized]) {
      const response: Response = await fetch(`${server.url}/api/v1/accounts`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
      assert.equal(response.status, 413);
      const envelope = (await response.json()) as { message: string; customMessage: string };
      assert.equal(envelope.message, 'Payload Too Large');
      assert.equal(envelope.customMessage, 'Request body exceeds the limit of 65536 bytes');
    }
  } finally {
    await server.stop('SIGKILL').catch(() => undefined);
    cwd.remove();
  }
});
