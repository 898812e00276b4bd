import { sql, type Kysely, type Transaction } from 'kysely';
import type { Dialect } from './dialects/types.js';
import type { Database } from './schema.js';

/**
 * A transaction committed without waiting for the disk (SQLite: synchronous=NORMAL for this commit
 * only; PostgreSQL: synchronous_commit off), for writes that a power cut may lose without harm
 * because they can be redone: a scoring run's chunk (its checkpoint commits with it) and an
 * Idempotency-Key's claim (a request whose claim is lost never answered, so its client retries).
 * Both engines write their log in order, so a power cut that loses such a commit loses every later
 * one too, and any later durable commit flushes it with itself. Every other write keeps its durable
 * commit.
 */
export function commitWithoutWaitingForDisk<T>(db: Kysely<Database>, dialect: Dialect, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (dialect.engine === 'postgres') {
    return db.transaction().execute(async (trx) => {
      await sql`set local synchronous_commit = off`.execute(trx);
      return work(trx);
    });
  }
  // The setting belongs to the connection and cannot change inside a transaction: the connection
  // is held from before the transaction to after its commit, so no other write commits under it.
  return db.connection().execute(async (connection) => {
    const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(connection);
    await sql`pragma synchronous = NORMAL`.execute(connection);
    try {
      return await connection.transaction().execute(work);
    } finally {
      await sql.raw(`pragma synchronous = ${Number(rows[0].synchronous)}`).execute(connection);
    }
  });
}

/**
 * The same for a single write statement outside any transaction, on PostgreSQL: as an item of its
 * RETURNING list, this sets synchronous_commit off for the statement's own implicit transaction,
 * whose commit then does not wait for the disk — one round trip instead of begin, `set local`, the
 * statement and commit. (RETURNING is evaluated with the write, before the commit reads the setting;
 * a statement that writes nothing returns nothing, and has no commit to wait for.) Never inside a
 * transaction: there it would turn the wait off for the whole transaction's commit.
 */
export const STATEMENT_COMMITS_WITHOUT_WAITING_FOR_DISK = sql<string>`set_config('synchronous_commit', 'off', true)`;
