import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { run } from '../src/cli/index.js';
import { createDatabase, migrateToLatest, type DatabaseHandle } from '../src/db/index.js';
import { createServices } from '../src/services.js';
import { databaseUrl } from './support/cli.js';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './support/engines.js';

describeEachEngine('intentbase seed --signals', (engine) => {
  let testDb: TestDatabase;
  let database: DatabaseHandle;
  let workspaceId: string;

  async function cli(...args: string[]) {
    let stderr = '';
    const code = await run(['node', 'intentbase', ...args], {
      env: { DATABASE_URL: databaseUrl(testDb.config), LOG_LEVEL: 'silent' },
      stdout: () => {},
      stderr: (text) => (stderr += text),
    });
    return { code, stderr };
  }

  before(async () => {
    testDb = await createTestDatabase(engine);
    database = createDatabase(testDb.config);
    await migrateToLatest(database.db);
    workspaceId = (await createServices(database).services.workspaces.createWorkspace('Demo')).id;
  });
  after(async () => {
    await database?.close();
    await testDb?.drop();
  });

  test('signals across sources for the seeded accounts, skewed, some for unknown companies; seeding again skips them', async () => {
    const first = await cli('seed', '--accounts', '200', '--signals', '4000', '--seed', '5', '--workspace', workspaceId);
    assert.equal(first.code, 0, first.stderr);
    const summary = new RegExp(
      `Seeded 4000 signals into workspace ${workspaceId} for 200 accounts: (\\d+) created, (\\d+) skipped as duplicates, 0 failed`,
    ).exec(first.stderr);
    assert.ok(summary, first.stderr);
    const created = Number(summary[1]);
    assert.equal(created + Number(summary[2]), 4000);

    const { db } = database;
    const signals = await db.selectFrom('signals').select(['source', 'domain', 'occurred_at']).where('workspace_id', '=', workspaceId).execute();
    assert.equal(signals.length, created);
    const accounts = new Set((await db.selectFrom('accounts').select('domain').where('workspace_id', '=', workspaceId).execute()).map((a) => a.domain));
    const perAccount = new Map<string, number>();
    let unknown = 0;
    for (const signal of signals) {
      if (accounts.has(signal.domain)) perAccount.set(signal.domain, (perAccount.get(signal.domain) ?? 0) + 1);
      else unknown += 1;
    }
    assert.ok(unknown > 0, 'some signals are for companies that are not accounts');
    const counts = [...perAccount.values()].sort((a, b) => b - a);
    assert.ok(counts[0] > 5 * counts[Math.floor(counts.length / 2)], `skewed: ${counts.slice(0, 5)} … median ${counts[Math.floor(counts.length / 2)]}`);
    assert.deepEqual([...new Set(signals.map((s) => s.source))].sort(), ['bombora', 'g2', 'linkedin', 'website']);
    const now = Date.now();
    // The window: 180 days of deals and the 60-day lead (--signal-lead's default) before them.
    assert.ok(signals.every((s) => Number(s.occurred_at) <= now && Number(s.occurred_at) > now - 241 * 86_400_000), 'within the last 240 days');

    const again = await cli('seed', '--signals', '4000', '--seed', '5', '--workspace', workspaceId);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /: 0 created, 4000 skipped as duplicates, 0 failed/);
  });

  test('a --signal-lead that is not 0–365 days is refused before anything is written', async () => {
    for (const lead of ['-1', '366', 'soon']) {
      const result = await cli('seed', '--signals', '10', '--signal-lead', lead, '--workspace', workspaceId);
      assert.equal(result.code, 1, lead);
      assert.match(result.stderr, /expected a whole number of days from 0 to 365/);
    }
  });
});
