import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql, type Kysely, type Transaction } from 'kysely';
import { createTestDatabase, describeEachEngine, type TestDatabase } from '../../test/support/engines.js';
import { GroupCommit } from './group-commit.js';
import { createDatabase, migrateToLatest, type Database, type DatabaseHandle } from './index.js';
import { ProcedureRegistry } from './procedures.js';

describeEachEngine('group commit', (engine) => {
  let testDb: TestDatabase;
  let database: DatabaseHandle;
  let transactions = 0;
  /** One procedure that runs the closure its argument names, so each test can give units inline. */
  const registry = new ProcedureRegistry();
  const closures = new Map<number, (trx: Transaction<Database>) => Promise<unknown>>();
  registry.register<number>('test.closure', (trx, key) => closures.get(key)!(trx));
  /** Runs groups on this thread (over the engine's connection), counting their transactions. */
  const counted = (calls: Parameters<ProcedureRegistry['runGroup']>[1]) => ((transactions += 1), registry.runGroup(database.db, calls));
  const unitsOf = (group: GroupCommit) => ({
    run: (lane: string, work: (trx: Transaction<Database>) => Promise<unknown>) => {
      const key = closures.size;
      closures.set(key, work);
      return group.run(lane, { name: 'test.closure', args: key });
    },
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
    const group = unitsOf(new GroupCommit(counted));
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
    const group = unitsOf(new GroupCommit(counted, 2));
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
    const group = unitsOf(new GroupCommit(counted));
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
});
