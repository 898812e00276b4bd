import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { describeEachEngine } from './support/engines.js';
import { databaseUrl, startServe, useServeScratch } from './support/cli.js';

const API_KEY = `ib_${'CrashTestKey'.padEnd(40, '0')}`;
const CLIENTS = 4;

interface Acknowledged {
  domain: string;
  rtp_aid: string;
}

/** Pushes batches of new accounts until the server stops answering; returns what it acknowledged. */
async function sustainIngest(url: string, client: number, stopped: () => boolean): Promise<Acknowledged[]> {
  const acknowledged: Acknowledged[] = [];
  for (let batch = 0; !stopped(); batch += 1) {
    const accounts = Array.from({ length: 100 }, (_, i) => ({ domain: `c${client}-b${batch}-i${i}.example.com`, name: `Company ${i}` }));
    let response: Response;
    try {
      response = await fetch(`${url}/api/v1/accounts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
        body: JSON.stringify({ upsert: true, accounts }),
      });
    } catch {
      break; // the server is gone: nothing after this was acknowledged
    }
    const body = await response.json().catch(() => undefined);
    if (response.status !== 200 || !body) break;
    for (const result of body.data.results) {
      if (result.status === 'created' || result.status === 'updated') acknowledged.push({ domain: result.domain, rtp_aid: result.rtp_aid });
    }
  }
  return acknowledged;
}

async function allAccounts(url: string): Promise<Map<string, string>> {
  const byDomain = new Map<string, string>();
  let cursor: string | undefined;
  do {
    const response = await fetch(`${url}/api/v1/accounts?limit=1000${cursor ? `&cursor=${cursor}` : ''}`, { headers: { 'x-api-key': API_KEY } });
    const body = await response.json();
    for (const account of body.data.data) byDomain.set(account.domain, account.rtp_aid);
    cursor = body.data.nextCursor ?? undefined;
  } while (cursor);
  return byDomain;
}

describeEachEngine('crash recovery', (engine) => {
  const scratch = useServeScratch(engine);

  test('SIGKILL mid-ingest loses no acknowledged account and leaves the database intact', { timeout: 120_000 }, async () => {
    const database = await scratch.database();
    const cwd = scratch.dir();
    const env = { DATABASE_URL: databaseUrl(database.config), INTENTBASE_ADMIN_API_KEY: API_KEY, LOG_LEVEL: 'warn' };

    const first = await startServe({ env: { ...env, LOG_LEVEL: 'info' }, cwd: cwd.path });
    let killed = false;
    const ingest = Promise.all(Array.from({ length: CLIENTS }, (_, c) => sustainIngest(first.url, c, () => killed)));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    first.child.kill('SIGKILL');
    killed = true;
    const acknowledged = (await ingest).flat();
    assert.ok(acknowledged.length >= 100, `the ingest made progress before the kill (${acknowledged.length} acknowledged)`);

    const second = await startServe({ env: { ...env, LOG_LEVEL: 'info' }, cwd: cwd.path });
    try {
      const stored = await allAccounts(second.url);
      const lost = acknowledged.filter((a) => stored.get(a.domain) !== a.rtp_aid);
      assert.deepEqual(lost.slice(0, 5), [], `${lost.length} acknowledged accounts are missing after the restart`);
    } finally {
      await second.stop('SIGTERM');
    }
    if (database.config.engine === 'sqlite') {
      const sqlite = new Database(database.config.path, { readonly: true });
      try {
        assert.equal(sqlite.pragma('integrity_check', { simple: true }), 'ok');
      } finally {
        sqlite.close();
      }
    }
  });
});
