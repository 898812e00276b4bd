import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { sql } from 'kysely';
import { createDatabase, migrateToLatest, newerSchemaMigrations } from '../src/db/index.js';
import { migrations } from '../src/db/migrations/index.js';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './support/engines.js';

const FUTURE = '2999-01-01-001-from-a-newer-release';

describeEachEngine('rolling upgrade: a process of the previous release and a newer schema', (engine) => {
  const databases: TestDatabase[] = [];
  after(async () => {
    for (const db of databases) await db.drop();
  });

  async function migratedDatabase() {
    const database = await createTestDatabase(engine);
    databases.push(database);
    const handle = createDatabase(database.config);
    await migrateToLatest(handle.db);
    return handle;
  }

  test('a database migrated by a newer release is served as it is, not refused', async () => {
    const handle = await migratedDatabase();
    try {
      assert.deepEqual(await newerSchemaMigrations(handle.db), []);
      await sql`insert into kysely_migration (name, timestamp) values (${FUTURE}, ${new Date().toISOString()})`.execute(handle.db);
      assert.deepEqual(await newerSchemaMigrations(handle.db), [FUTURE]);
      assert.deepEqual(await migrateToLatest(handle.db), { applied: [], newer: [FUTURE] });
    } finally {
      await handle.close();
    }
  });

  test('a schema that lacks one of this release’s migrations is still an error', async () => {
    const handle = await migratedDatabase();
    try {
      const last = Object.keys(migrations).at(-1)!;
      await sql`delete from kysely_migration where name = ${last}`.execute(handle.db);
      await sql`insert into kysely_migration (name, timestamp) values (${FUTURE}, ${new Date().toISOString()})`.execute(handle.db);
      assert.deepEqual(await newerSchemaMigrations(handle.db), []);
      await assert.rejects(migrateToLatest(handle.db));
    } finally {
      await handle.close();
    }
  });
});
