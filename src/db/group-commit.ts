import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';

type Work<T> = (trx: Transaction<Database>) => Promise<T>;

interface Unit {
  work: Work<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Lane {
  pending: Unit[];
  busy: boolean;
}

/**
 * Group commit. Write units that arrive while a transaction of their lane is in progress are run
 * together in the next one, each inside its own savepoint, and share its commit.
 *
 * Each unit behaves as if it had its own transaction: it sees the writes of the units before it,
 * a unit that throws is rolled back to its savepoint (and only its caller sees the error), and no
 * caller hears back before the commit that makes its writes durable. What is shared is the commit
 * itself — one WAL flush (and fsync) for several requests instead of one each, which is what
 * bounds a write-heavy server on a disk with slow fsyncs. Units of one lane (a workspace) run in
 * arrival order; different lanes run independently (on PostgreSQL, concurrently).
 */
export class GroupCommit {
  private readonly lanes = new Map<string, Lane>();

  constructor(
    private readonly db: Kysely<Database>,
    /** Most units in one transaction: bounds how long a group holds the connection and its locks. */
    private readonly maxUnits = 16,
  ) {}

  run<T>(lane: string, work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let queue = this.lanes.get(lane);
      if (!queue) {
        queue = { pending: [], busy: false };
        this.lanes.set(lane, queue);
      }
      queue.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!queue.busy) {
        queue.busy = true;
        // After the current turn of the event loop: requests read in the same turn join this group.
        setImmediate(() => void this.drain(lane, queue));
      }
    });
  }

  private async drain(lane: string, queue: Lane): Promise<void> {
    const units = queue.pending.splice(0, this.maxUnits);
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const [i, unit] of units.entries()) {
          const name = sql.raw(`group_unit_${i}`);
          await sql`savepoint ${name}`.execute(trx);
          try {
            outcomes.push({ ok: true, value: await unit.work(trx) });
          } catch (error) {
            await sql`rollback to savepoint ${name}`.execute(trx);
            outcomes.push({ ok: false, error });
          }
          await sql`release savepoint ${name}`.execute(trx);
        }
      });
    } catch (error) {
      // Begin, a savepoint command or the commit failed: nothing of this group is durable.
      for (const unit of units) unit.reject(error);
      units.length = 0;
    }
    units.forEach((unit, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) unit.resolve(outcome.value);
      else unit.reject(outcome.error);
    });
    if (queue.pending.length > 0) {
      setImmediate(() => void this.drain(lane, queue));
    } else {
      queue.busy = false;
      this.lanes.delete(lane);
    }
  }
}
