import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest } from '../src/db/index.js';
import { migrations } from '../src/db/migrations/index.js';
import { describeEachEngine } from './support/engines.js';
import { useTestApp, type Tenant } from './support/test-app.js';

const MIGRATION = '2026-12-06-025-account-tags-unicode-fold';

/** What SQLite's lower() stored before migration 025: ASCII letters folded, every other letter kept. */
const asciiFold = (tag: string) => tag.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

describeEachEngine('migration 025: tag rows folded as the application folds them', (engine) => {
  const ctx = useTestApp(engine);

  async function push(tenant: Tenant, accounts: Array<{ domain: string; name: string; tags: string[] }>): Promise<string[]> {
    const reply = await tenant.request('POST', '/api/v1/accounts', { accounts });
    assert.equal(reply.statusCode, 200, reply.raw);
    return reply.body.data.results.map((result: { rtp_aid: string }) => result.rtp_aid);
  }

  const tagged = async (tenant: Tenant, tag: string) =>
    ((await tenant.request('GET', `/api/v1/accounts?tag=${encodeURIComponent(tag)}`)).body.data.data as Array<{ rtp_aid: string }>).map((a) => a.rtp_aid);

  /** "account tag" per row, sorted here (the engines' collations differ). */
  const tagRows = async (tenant: Tenant) =>
    (await ctx().database.db.selectFrom('account_tags').select(['account_id', 'tag']).where('workspace_id', '=', tenant.workspaceId).execute())
      .map((row) => `${row.account_id} ${row.tag}`)
      .sort();

  /** Undoes the migrations after 025 (Kysely runs them only in order), then reruns 025 and them. */
  async function rerunMigration() {
    const db = ctx().database.db;
    const later = Object.keys(migrations).slice(Object.keys(migrations).indexOf(MIGRATION) + 1);
    for (const name of [...later].reverse()) {
      await migrations[name].down!(db);
      await sql`delete from kysely_migration where name = ${name}`.execute(db);
    }
    await sql`delete from kysely_migration where name = ${MIGRATION}`.execute(db);
    assert.deepEqual(await migrateToLatest(db), { applied: [MIGRATION, ...later], newer: [] });
  }

  test('rows an ASCII-only lower() wrote are rewritten, and the filter finds them in any case; ASCII rows stay as they were', async () => {
    const tenant = await ctx().newTenant();
    const [international, ascii] = await push(tenant, [
      { domain: 'oeffentlich.example', name: 'Ö', tags: ['Öffentlich', 'ÉTÉ', 'Plain'] },
      { domain: 'plain.example', name: 'P', tags: ['Enterprise', 'EMEA'] },
    ]);
    // The rows as the previous release left them on SQLite.
    const db = ctx().database.db;
    await db.deleteFrom('account_tags').where('workspace_id', '=', tenant.workspaceId).execute();
    await db.insertInto('account_tags').values(['Öffentlich', 'ÉTÉ', 'Plain'].map((tag) => ({ workspace_id: tenant.workspaceId, tag: asciiFold(tag), account_id: international }))).execute();
    await db.insertInto('account_tags').values(['Enterprise', 'EMEA'].map((tag) => ({ workspace_id: tenant.workspaceId, tag: asciiFold(tag), account_id: ascii }))).execute();
    assert.deepEqual(await tagged(tenant, 'öffentlich'), [], 'the old rows miss a differently cased non-ASCII tag');

    await rerunMigration();

    for (const tag of ['öffentlich', 'ÖFFENTLICH', 'Öffentlich', 'été', 'plain']) assert.deepEqual(await tagged(tenant, tag), [international], tag);
    assert.deepEqual(await tagged(tenant, 'emea'), [ascii]);
    assert.deepEqual(await tagRows(tenant), [
      ...['été', 'öffentlich', 'plain'].map((tag) => `${international} ${tag}`),
      ...['emea', 'enterprise'].map((tag) => `${ascii} ${tag}`),
    ].sort());
  });

  test('every account is reached, over more than one page of the migration (2,000 accounts a page)', async () => {
    const tenant = await ctx().newTenant();
    for (let batch = 0; batch < 21; batch += 1) {
      await push(tenant, Array.from({ length: 100 }, (_, i) => ({ domain: `a${batch * 100 + i}.example`, name: 'A', tags: ['Ärger'] })));
    }
    await ctx().database.db.updateTable('account_tags').set({ tag: 'Ärger' }).where('workspace_id', '=', tenant.workspaceId).execute();
    await rerunMigration();
    const { n } = await ctx().database.db.selectFrom('account_tags').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', tenant.workspaceId).where('tag', '=', 'ärger').executeTakeFirstOrThrow();
    assert.equal(Number(n), 2_100);
  });
});
