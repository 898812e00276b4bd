import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';

export type Executor = Kysely<Database> | Transaction<Database>;

/** What a catch clause holds, read defensively: anything can be thrown, null and undefined included. */
export type Thrown = { code?: string; message?: string } | null | undefined;

/** Everything that differs between the engines lives behind this interface (DESIGN.md §2). */
export interface Dialect {
  readonly engine: 'sqlite' | 'postgres';
  /** Value to bind for a JSON column. */
  encodeJson(value: unknown): unknown;
  /** A JSON column's value as read back, as the type it was written with (the caller names it, as with JSON.parse). */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the one place a stored JSON column gets its type back
  decodeJson<T>(value: unknown): T;
  isUniqueViolation(error: unknown): boolean;
  /** The database ended this statement to break a deadlock (PostgreSQL; SQLite has one writer). */
  isDeadlock(error: unknown): boolean;
  /** The database refused text it cannot represent (PostgreSQL: NUL characters, invalid UTF-8). */
  isUnstorableText(error: unknown): boolean;
  /** The database cannot be reached (connection refused, reset, shutting down). */
  isUnavailable(error: unknown): boolean;
  /** Holds a named lock until `trx` ends, serialising this section across processes. */
  lockTransaction(trx: Transaction<Database>, name: string): Promise<void>;
  /**
   * Runs `work` against one consistent snapshot, so a list page and the high-water mark it reports
   * as `syncTimestamp` agree.
   */
  readSnapshot<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
}
