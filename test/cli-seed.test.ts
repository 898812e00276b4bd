import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildApp } from '../src/app.js';
import { run } from '../src/cli/index.js';
import { loadConfig } from '../src/config.js';
import { createDatabase, migrateToLatest } from '../src/db/index.js';
import { normalizeDomain } from '../src/lib/domain.js';
import { syntheticAccounts } from '../src/seed/synthetic-accounts.js';
import { createServices } from '../src/services.js';
import { databaseUrl } from './support/cli.js';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './support/engines.js';
import { injectJson } from './support/test-app.js';

describeEachEngine('intentbase seed', (engine) => {
  let testDb: TestDatabase;

  /** Runs the CLI in this process against the suite's database. */
  async function cli(...args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await run(['node', 'intentbase', ...args], {
      env: { DATABASE_URL: databaseUrl(testDb.config), LOG_LEVEL: 'silent' },
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    return { code, stdout, stderr };
  }

  before(async () => {
    testDb = await createTestDatabase(engine);
  });
  after(async () => {
    await testDb?.drop();
  });

  test('without a workspace it explains how to get one', async () => {
    const result = await cli('seed', '--accounts', '10');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /no workspace yet: start `intentbase serve` once/);
  });

  test('seeded accounts arrive through GET /api/v1/accounts; seeding again with the seed updates them', async () => {
    const database = createDatabase(testDb.config);
    await migrateToLatest(database.db);
    const { services } = createServices(database);
    const other = await services.workspaces.createWorkspace('First');
    const workspace = await services.workspaces.createWorkspace('Demo');
    await services.workspaces.addUser(workspace.id, 'demo@example.com', 'admin');
    const { apiKey } = await services.workspaces.createKey('demo@example.com', workspace.id);
    await database.close();

    assert.equal((await cli('seed', '--accounts', '250', '--workspace', 'ffffffffffffffffffffffff')).code, 1);
    const first = await cli('seed', '--accounts', '250', '--seed', '7', '--workspace', workspace.id);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, new RegExp(`Seeded 250 accounts into workspace ${workspace.id}: 250 created, 0 updated, 0 failed`));

    const app = await buildApp({ ...loadConfig({ LOG_LEVEL: 'silent' }), database: testDb.config }, { logger: false });
    try {
      const pull = async () => {
        const accounts: Array<Record<string, any>> = [];
        let cursor: string | null = null;
        do {
          const query: string = cursor ? `limit=100&cursor=${cursor}` : 'limit=100';
          const reply = await injectJson(app, { method: 'GET', url: `/api/v1/accounts?${query}`, headers: { 'x-api-key': apiKey } });
          assert.equal(reply.statusCode, 200, reply.raw);
          accounts.push(...reply.body.data.data);
          cursor = reply.body.data.nextCursor;
        } while (cursor);
        return accounts;
      };
      const accounts = await pull();
      const expected = [...syntheticAccounts(250, { seed: 7 })];
      assert.equal(accounts.length, 250);
      // Written in batches of 100 in generation order, so change order is generation order.
      assert.deepEqual(accounts.map((a) => a.domain), expected.map((e) => normalizeDomain(e.domain)));
      accounts.forEach((account, i) => {
        const item = expected[i];
        assert.equal(account.name, item.name);
        assert.equal(account.externalId, item.externalId ?? null);
        assert.equal(account.shortName, item.shortName ?? null);
        assert.equal(account.linkedinUrl, item.linkedinUrl ?? null);
        assert.deepEqual(account.tags, item.tags ?? []);
        assert.equal(account.rtp_account_score, 0);
      });

      const again = await cli('seed', '--accounts', '250', '--seed', '7', '--workspace', workspace.id);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stderr, /0 created, 250 updated, 0 failed/);
      assert.equal((await pull()).length, 250);
    } finally {
      await app.close();
    }

    // Without --workspace the first workspace is the target.
    const defaulted = await cli('seed', '--accounts', '5');
    assert.equal(defaulted.code, 0, defaulted.stderr);
    assert.match(defaulted.stderr, new RegExp(`into workspace ${other.id}: 5 created`));
  });
});
