// Issue 15 §2: a server restart in the middle of a paginated read. The client walks a list of the real
// `intentbase serve`; after the first page the server is stopped, the next request fails to connect,
// the client backs off and retries, and the list resumes from its cursor on the restarted server —
// every account seen exactly once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient } from '@intentbase/client';
import { describeEachEngine } from '../support/engines.js';
import { databaseUrl, startServe, useServeScratch, type ServeProcess } from '../support/cli.js';
import { recordingFetch } from './support.js';

const API_KEY = `ib_${'ClientRestartKey'.padEnd(40, '0')}`;

describeEachEngine('@intentbase/client across a server restart', (engine) => {
  const scratch = useServeScratch(engine);

  test('a list keeps paging by its cursor through a restart of the server, missing and repeating nothing', { timeout: 120_000 }, async () => {
    const database = await scratch.database();
    const cwd = scratch.dir();
    const env = { DATABASE_URL: databaseUrl(database.config), INTENTBASE_ADMIN_API_KEY: API_KEY };
    let server: ServeProcess = await startServe({ env, cwd: cwd.path });
    const port = new URL(server.url).port;

    const recorded = recordingFetch();
    let restarting: Promise<void> | undefined;
    // The first failed connection brings the server back (on the same port); the client's retry finds it.
    const restartOnFailure = (async (input: string | URL | Request, init?: RequestInit) => {
      try {
        return await recorded.fetch(input, init);
      } catch (error) {
        restarting ??= startServe({ env: { ...env, PORT: port }, cwd: cwd.path }).then((restarted) => void (server = restarted));
        await restarting;
        throw error;
      }
    }) as typeof fetch;
    const client = createClient({ baseUrl: server.url, apiKey: API_KEY, fetch: restartOnFailure, retry: { maxRetries: 5, initialDelayMs: 100 } });
    const domains = Array.from({ length: 250 }, (_, i) => `restart-${i}.example.com`);
    // One batch after the other: the change order is then the input order.
    await client.accounts.push(domains.map((domain) => ({ domain, name: 'Restart' })), { concurrency: 1 });

    const seen: string[] = [];
    for await (const account of client.accounts.list({ limit: 50 })) {
      seen.push(account.domain);
      if (seen.length === 50) await server.stop('SIGTERM');
    }
    await server.stop('SIGTERM');

    assert.deepEqual(seen, domains, 'every account once, in change order');
    const listCalls = recorded.exchanges.filter((exchange) => exchange.path === '/api/v1/accounts' && exchange.method === 'GET');
    assert.deepEqual(
      listCalls.map((exchange) => exchange.status),
      [200, 'network error', 200, 200, 200, 200],
      'the page after the stop failed once, then the list went on',
    );
  });
});
