import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest } from '../src/db/index.js';
import { migrations } from '../src/db/migrations/index.js';
import { describeEachEngine } from './support/engines.js';
import { useTestApp, type Tenant } from './support/test-app.js';

const MIGRATION = '2026-12-06-026-account-name-search-key';

describeEachEngine('name prefix search folds every letter, as JavaScript does, on both engines (migration 026)', (engine) => {
  const ctx = useTestApp(engine);

  async function push(tenant: Tenant, accounts: Array<{ domain: string; name: string }>, upsert = false): Promise<string[]> {
    const reply = await tenant.request('POST', '/api/v1/accounts', { upsert, accounts });
    assert.equal(reply.statusCode, 200, reply.raw);
    return reply.body.data.results.map((result: { rtp_aid: string }) => result.rtp_aid);
  }

  /** The names `q` finds, sorted here (the engines' collations differ). */
  const found = async (tenant: Tenant, q: string) => {
    const reply = await tenant.request('GET', `/api/v1/accounts?limit=100&q=${encodeURIComponent(q)}`);
    assert.equal(reply.statusCode, 200, reply.raw);
    return (reply.body.data.data as Array<{ name: string }>).map((a) => a.name).sort();
  };

  /** Undoes the migrations from 026 on (Kysely runs them only in order), then reruns them. */
  async function rerunMigration() {
    const db = ctx().database.db;
    const names = Object.keys(migrations).slice(Object.keys(migrations).indexOf(MIGRATION));
    for (const name of [...names].reverse()) {
      await migrations[name].down!(db);
      await sql`delete from kysely_migration where name = ${name}`.execute(db);
    }
    assert.deepEqual(await migrateToLatest(db), { applied: names, newer: [] });
  }

  test('a prefix in any case finds names with non-ASCII letters, and a renamed account by its new name only', async () => {
    const tenant = await ctx().newTenant();
    await push(tenant, [
      { domain: 'ueber.example', name: 'Über AG' },
      { domain: 'mini.example', name: 'über mini' },
      { domain: 'uber.example', name: 'Uber Eats' },
      { domain: 'asa.example', name: 'ÅSA Consulting' },
      { domain: 'sigma.example', name: 'ΣΙΓΜΑ Data' },
    ]);
    for (const q of ['über', 'ÜBER', 'Über']) assert.deepEqual(await found(tenant, q), ['Über AG', 'über mini'], q);
    assert.deepEqual(await found(tenant, 'uber'), ['Uber Eats']);
    assert.deepEqual(await found(tenant, 'åsa c'), ['ÅSA Consulting']);
    assert.deepEqual(await found(tenant, 'σιγμα'), ['ΣΙΓΜΑ Data']);

    await push(tenant, [{ domain: 'ueber.example', name: 'Ueber AG' }], true);
    assert.deepEqual(await found(tenant, 'über'), ['über mini']);
    assert.deepEqual(await found(tenant, 'UEBER'), ['Ueber AG']);
  });

  test('the migration gives accounts stored before it their key, over more than one page, and leaves ASCII names without one', async () => {
    const tenant = await ctx().newTenant();
    for (let batch = 0; batch < 21; batch += 1) {
      await push(tenant, Array.from({ length: 100 }, (_, i) => ({ domain: `a${batch * 100 + i}.example`, name: i % 2 === 0 ? `Ärger ${batch}-${i}` : `Plain ${batch}-${i}` })));
    }
    const db = ctx().database.db;
    const keys = () => db.selectFrom('accounts').select(['name', 'name_key']).where('workspace_id', '=', tenant.workspaceId).execute();
    // As the previous release left them: no key.
    await db.updateTable('accounts').set({ name_key: null }).where('workspace_id', '=', tenant.workspaceId).execute();
    // SQLite's lower() leaves 'Ä' as it is; PostgreSQL's folds it in this database's locale.
    if (engine === 'sqlite') assert.equal((await found(tenant, 'ärger 20-')).length, 0, 'without the key the prefix index misses them');

    await rerunMigration();

    const rows = await keys();
    assert.equal(rows.length, 2_100);
    for (const row of rows) assert.equal(row.name_key, row.name.startsWith('Ärger') ? row.name.toLowerCase() : null, row.name);
    assert.equal((await found(tenant, 'ärger 20-')).length, 50);
    assert.equal((await found(tenant, 'PLAIN 20-')).length, 50);
  });
});
