import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';

/**
 * A procedure: a named unit of write work that runs inside a transaction it is given. Procedures
 * are what group commit batches (db/group-commit.ts), and because they are called by name with
 * plain, cloneable arguments, the same call runs in this thread or on the SQLite writer thread
 * (db/dialects/sqlite-thread.ts) — whichever owns the write connection.
 */
export type Procedure = (trx: Transaction<Database>, args: never) => Promise<unknown>;

/**
 * A read procedure: reads (in a snapshot of its own choosing) and returns a plain, cloneable value —
 * on SQLite it runs on the reader thread, so a page is built where its rows are read.
 */
export type ReadProcedure = (db: Kysely<Database>, args: never) => Promise<unknown>;

export interface ProcedureCall {
  name: string;
  /** Structured-cloneable: it may cross to another thread. */
  args: unknown;
}

export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export class ProcedureRegistry {
  private readonly procedures = new Map<string, Procedure>();
  private readonly reads = new Map<string, ReadProcedure>();

  /** Services built again over the same database (tests build several apps on one) replace their procedures. */
  register<A>(name: string, procedure: (trx: Transaction<Database>, args: A) => Promise<unknown>): void {
    this.procedures.set(name, procedure as Procedure);
  }

  registerRead<A>(name: string, procedure: (db: Kysely<Database>, args: A) => Promise<unknown>): void {
    this.reads.set(name, procedure as ReadProcedure);
  }

  runRead(db: Kysely<Database>, call: ProcedureCall): Promise<unknown> {
    const procedure = this.reads.get(call.name);
    if (!procedure) return Promise.reject(new Error(`unknown read procedure ${call.name}`));
    return procedure(db, call.args as never);
  }

  /**
   * Runs the calls in one transaction, each inside its own savepoint, sharing its commit.
   *
   * Each call behaves as if it had its own transaction: it sees the writes of the calls before it,
   * a call that throws is rolled back to its savepoint (its outcome carries the error, the others
   * are unaffected), and the outcomes are only returned after the commit that makes them durable.
   * When begin, a savepoint command or the commit fails, nothing is durable and this throws.
   */
  async runGroup(db: Kysely<Database>, calls: readonly ProcedureCall[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    await db.transaction().execute(async (trx) => {
      for (const [i, call] of calls.entries()) {
        const name = sql.raw(`group_unit_${i}`);
        await sql`savepoint ${name}`.execute(trx);
        try {
          outcomes.push({ ok: true, value: await this.procedure(call.name)(trx, call.args as never) });
        } catch (error) {
          await sql`rollback to savepoint ${name}`.execute(trx);
          outcomes.push({ ok: false, error });
        }
        await sql`release savepoint ${name}`.execute(trx);
      }
    });
    return outcomes;
  }

  private procedure(name: string): Procedure {
    const procedure = this.procedures.get(name);
    if (!procedure) throw new Error(`unknown procedure ${name}`);
    return procedure;
  }
}
