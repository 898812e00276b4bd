import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestDatabase, describeEachEngine, type TestDatabase } from '../../test/support/engines.js';
import { GroupCommit, RETRY } from './group-commit.js';
import { createDatabase, migrateToLatest, type Database, type DatabaseHandle } from './index.js';

describeEachEngine('group commit', (engine) => {
  let testDb: TestDatabase;
  let database: DatabaseHandle;
  let transactions = 0;
  /** The database, counting the transactions group commit opens on it. */
  const counted = () =>
    new Proxy(database.db, {
      get: (db, property) => (property === 'transaction' ? () => ((transactions += 1), db.transaction()) : Reflect.get(db, property)),
    });

  before(async () => {
    testDb = await createTestDatabase(engine);
    database = createDatabase(testDb.config);
    await migrateToLatest(database.db);
  });
  after(async () => {
    await database?.close();
    await testDb?.drop();
  });

  const insertWorkspace = (db: Kysely<Database>, id: string) =>
    db.insertInto('workspaces').values({ id, name: id, api_access_enabled: 1, change_seq: 0, change_clock: 0, created_at: 0 }).execute();
  const ids = async (prefix: string) =>
    (await database.db.selectFrom('workspaces').select('id').where('id', 'like', `${prefix}%`).orderBy('id').execute()).map((r) => r.id);

  test('units queued together share one transaction; each sees the earlier ones; a failing unit alone is rolled back', async () => {
    const group = new GroupCommit(counted());
    transactions = 0;
    const seen: number[] = [];
    const unit = (i: number) =>
      group.run('lane', async (trx) => {
        await insertWorkspace(trx, `a${i}`);
        seen.push((await trx.selectFrom('workspaces').select('id').where('id', 'like', 'a%').execute()).length);
        if (i === 2) throw new Error('unit 2 fails after writing');
        return i * 10;
      });
    const outcomes = await Promise.allSettled([0, 1, 2, 3, 4].map(unit));
    assert.equal(transactions, 1);
    assert.deepEqual(
      outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message)),
      [0, 10, 'unit 2 fails after writing', 30, 40],
    );
    // Unit 3 ran after unit 2's rollback, so it saw three rows, not four.
    assert.deepEqual(seen, [1, 2, 3, 3, 4]);
    assert.deepEqual(await ids('a'), ['a0', 'a1', 'a3', 'a4']);
  });

  test('a unit that arrives while a group is writing runs in the next group; lanes are independent', async () => {
    const group = new GroupCommit(counted(), { maxUnits: 2 });
    transactions = 0;
    let late: Promise<unknown> | undefined;
    const first = group.run('x', async (trx) => {
      await insertWorkspace(trx, 'b0');
      late = group.run('x', (inner) => insertWorkspace(inner, 'b1'));
    });
    const other = group.run('y', (trx) => insertWorkspace(trx, 'b2'));
    // More units than maxUnits: split over groups, still in order.
    const many = [3, 4, 5].map((i) => group.run('z', (trx) => insertWorkspace(trx, `b${i}`)));
    await Promise.all([first, other, ...many]);
    await late;
    assert.deepEqual(await ids('b'), ['b0', 'b1', 'b2', 'b3', 'b4', 'b5']);
    // x: two groups (b1 arrived while the first was running); y: one; z: two (maxUnits 2).
    assert.equal(transactions, 5);
  });

  test('when the transaction itself fails, every unit of the group is rejected', async () => {
    const group = new GroupCommit(counted());
    const units = [
      group.run('lane', (trx) => insertWorkspace(trx, 'c0')),
      // A unit that breaks the transaction beyond its savepoint: the group cannot commit.
      group.run('lane', async (trx) => {
        await insertWorkspace(trx, 'c1');
        await sql`commit`.execute(trx);
      }),
    ];
    const outcomes = await Promise.allSettled(units);
    assert.ok(outcomes.every((o) => o.status === 'rejected'), JSON.stringify(outcomes));
    // Whatever the engine did with the stray commit, the group's callers were not told it worked.
  });

  test('a unit that returns RETRY is rolled back and run again in the next transaction; after three tries its caller gets an error', async () => {
    const group = new GroupCommit(counted());
    transactions = 0;
    let attempts = 0;
    const retried = group.run('lane', async (trx) => {
      attempts += 1;
      await insertWorkspace(trx, `d${attempts}`);
      return attempts < 2 ? RETRY : 'done';
    });
    const beside = group.run('lane', (trx) => insertWorkspace(trx, 'd9'));
    assert.equal(await retried, 'done');
    await beside;
    // The first attempt's row was rolled back; the unit beside it committed in the first transaction.
    assert.deepEqual(await ids('d'), ['d2', 'd9']);
    assert.equal(transactions, 2);

    let tries = 0;
    await assert.rejects(
      group.run('lane', async () => ((tries += 1), RETRY)),
      /lost the race for the same rows 3 times/,
    );
    assert.equal(tries, 3);
  });

  // SQLite has one connection: a second group of a lane waits for the first there, by design.
  if (engine === 'postgres') {
    test('with two groups in flight, a lane commits a second group while its first is still open; a retried unit is told so', async () => {
      // A pool of its own: the stray commit of the test above leaves its connection in the shared one.
      const own = createDatabase(testDb.config);
      const group = new GroupCommit(own.db, { groupsInFlight: 2 });
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let entered!: () => void;
      const firstEntered = new Promise<void>((resolve) => (entered = resolve));
      const first = group.run('y', async (trx) => {
        await insertWorkspace(trx, 'inflight0');
        entered();
        await held;
        return 0;
      });
      await firstEntered;
      const retriedFlags: boolean[] = [];
      const second = await group.run('y', async (trx, retried) => {
        retriedFlags.push(retried);
        if (!retried) return RETRY;
        await insertWorkspace(trx, 'inflight1');
        return 1;
      });
      assert.equal(second, 1);
      assert.deepEqual(retriedFlags, [false, true]);
      assert.deepEqual(await ids('inflight'), ['inflight1']);
      release();
      assert.equal(await first, 0);
      assert.deepEqual(await ids('inflight'), ['inflight0', 'inflight1']);
      await own.close();
    });
  }
});
