import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../test/support/engines.js';
import { createDatabase, migrateToLatest, type DatabaseHandle } from '../index.js';
import { openBatchWriter } from './bulk-io.js';
import { sqliteDialect } from './sqlite.js';

/** SQLite with its write connection on a thread (the default for a SQLite file). */
describe('SQLite writer thread', () => {
  let testDb: TestDatabase;
  let database: DatabaseHandle;
  let path: string;

  before(async () => {
    testDb = await createTestDatabase('sqlite');
    path = (testDb.config as { path: string }).path;
    database = createDatabase(testDb.config);
    await migrateToLatest(database.db);
  });
  after(async () => {
    await database?.close();
    await testDb?.drop();
  });

  const addWorkspace = (id: string, db = database.db) =>
    db.insertInto('workspaces').values({ id, name: id, api_access_enabled: 1, change_seq: 0, change_clock: 0, created_at: 0 }).execute();
  const names = async (prefix: string) =>
    (await database.db.selectFrom('workspaces').select('id').where('id', 'like', `${prefix}%`).orderBy('id').execute()).map((r) => r.id);

  test('a read that starts after a write was acknowledged sees it, in and outside transactions', async () => {
    await addWorkspace('r1');
    assert.deepEqual(await names('r'), ['r1']);
    await database.db.transaction().execute(async (trx) => {
      await addWorkspace('r2', trx);
      // Inside the write transaction its own uncommitted write is visible, on the writer.
      assert.equal((await trx.selectFrom('workspaces').select('id').where('id', '=', 'r2').execute()).length, 1);
      // The reader connection does not see it before the commit.
      assert.deepEqual(await names('r'), ['r1']);
    });
    assert.deepEqual(await names('r'), ['r1', 'r2']);
  });

  test('a read-only transaction reads one snapshot while the writer commits, and cannot write', async () => {
    await addWorkspace('s1');
    await sqliteDialect.readSnapshot(database.db, async (trx) => {
      const before = await trx.selectFrom('workspaces').select('id').where('id', 'like', 's%').execute();
      await addWorkspace('s2'); // committed by the writer thread meanwhile
      const after = await trx.selectFrom('workspaces').select('id').where('id', 'like', 's%').execute();
      assert.deepEqual(after, before);
      await assert.rejects(addWorkspace('s3', trx), /readonly|read-only|cannot/i);
    });
    assert.deepEqual(await names('s'), ['s1', 's2']);
  });

  test("errors keep the engine's code across the thread, and a failed statement changes nothing", async () => {
    await addWorkspace('u1');
    const error = await addWorkspace('u1').catch((e: unknown) => e);
    assert.ok(sqliteDialect.isUniqueViolation(error), String(error));
    await assert.rejects(
      database.db.transaction().execute(async (trx) => {
        await addWorkspace('u2', trx);
        await addWorkspace('u1', trx);
      }),
      (e: unknown) => sqliteDialect.isUniqueViolation(e),
    );
    assert.deepEqual(await names('u'), ['u1']);
  });

  test('a procedure group runs on the writer thread: per-call outcomes, errors by name, one commit', async () => {
    // accounts.writeBatch is registered by the services the thread builds; a workspace it does not
    // know fails inside its savepoint, while the other call commits.
    await addWorkspace('p1');
    const batch = (workspaceId: string) => ({
      name: 'accounts.writeBatch',
      args: { workspaceId, body: { accounts: [{ domain: `${workspaceId}.example`, name: 'P' }] }, fields: [] },
    });
    const outcomes = await database.runGroup([batch('p1'), { name: 'no.such.procedure', args: null }]);
    assert.equal(outcomes[0].ok, true);
    assert.equal(outcomes[1].ok, false);
    assert.match(String((outcomes[1] as { error: Error }).error.message), /unknown procedure no\.such\.procedure/);
    const accounts = await database.db.selectFrom('accounts').select('domain').where('workspace_id', '=', 'p1').execute();
    assert.deepEqual(accounts, [{ domain: 'p1.example' }]);
  });

  test('a read procedure runs on the reader thread and sees every acknowledged write', async () => {
    await addWorkspace('q1');
    const page = async () =>
      JSON.parse(
        (await database.runRead({
          name: 'accounts.listPage',
          args: { workspaceId: 'q1', limit: 10, afterSeq: 0, domains: undefined, lastSync: undefined },
        })) as string,
      );
    assert.deepEqual((await page()).data, []);
    const batch = { name: 'accounts.writeBatch', args: { workspaceId: 'q1', body: { accounts: [{ domain: 'q1.example', name: 'Q' }] }, fields: [] } };
    assert.equal((await database.runGroup([batch]))[0].ok, true);
    assert.deepEqual((await page()).data.map((a: { domain: string }) => a.domain), ['q1.example']);
    await assert.rejects(database.runRead({ name: 'no.such.read', args: null }), /unknown read procedure no\.such\.read/);
  });

  test("a batch job's writer waiting for the API's write lock never stalls the event loop", async () => {
    const batchWriter = await openBatchWriter(database.db, sqliteDialect);
    try {
      let ticks = 0;
      const ticker = setInterval(() => (ticks += 1), 5);
      let ticksWhileWaiting = 0;
      // The API's transaction holds the write lock across an await of the event loop (as a request
      // does between statements); the batch writer's statement waits for it, never on this thread.
      const holding = database.db.transaction().execute(async (trx) => {
        await addWorkspace('w1', trx);
        const start = ticks;
        await new Promise((resolve) => setTimeout(resolve, 300));
        ticksWhileWaiting = ticks - start;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      const waiting = addWorkspace('w2', batchWriter.db);
      await Promise.all([holding, waiting]);
      clearInterval(ticker);
      assert.ok(ticksWhileWaiting > 0, 'the event loop ran while the batch writer waited for the lock');
      assert.deepEqual(await names('w'), ['w1', 'w2']);
      // And a transaction of the batch writer waits the same way.
      const again = database.db.transaction().execute(async (trx) => {
        await addWorkspace('w3', trx);
        await new Promise((resolve) => setTimeout(resolve, 100));
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      await batchWriter.db.transaction().execute((trx) => addWorkspace('w4', trx));
      await again;
      assert.deepEqual(await names('w'), ['w1', 'w2', 'w3', 'w4']);
    } finally {
      await batchWriter.close();
    }
  });

  test('after close, calls fail with an error instead of hanging', async () => {
    const other = createDatabase(testDb.config);
    await sql`select 1`.execute(other.db);
    await other.close();
    await assert.rejects(addWorkspace('c1', other.db));
  });
});
