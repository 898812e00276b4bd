import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';
import { recordCallResult, type IdempotentCall } from './idempotent-calls.js';

/**
 * Returned by a unit that finds, after writing, that another writer got there first (a row it meant
 * to create exists — the unique key is the last word): its writes are rolled back and it runs again
 * in the next transaction, where it sees the other writer's rows.
 */
export const RETRY: unique symbol = Symbol('retry the unit');
export type Retry = typeof RETRY;

/**
 * A unit of write work: runs inside the transaction it is given, possibly beside other units.
 * `retried`: it asked to run again before; it then runs first in its group.
 */
export type Unit<T> = (trx: Transaction<Database>, retried: boolean) => Promise<T | Retry>;

/** How often a unit may ask to run again before its caller gets an error. */
const MAX_ATTEMPTS = 3;

interface Queued {
  work: Unit<unknown>;
  /** The idempotent request the unit belongs to: its result is recorded in the unit's savepoint. */
  call: IdempotentCall | undefined;
  attempts: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown } | { retry: true };

interface Lane {
  pending: Queued[];
  busy: boolean;
}

/**
 * Group commit. Units that arrive while a transaction of their lane is in progress run together in
 * the next one, each inside its own savepoint, and share its commit. What is shared is the commit
 * itself — one WAL flush (and fsync) for several requests instead of one each, which is what bounds
 * a write-heavy server on a disk with slow fsyncs. Units of one lane (a workspace) run in arrival
 * order, in up to `groupsInFlight` groups at once; different lanes run independently (on
 * PostgreSQL, concurrently).
 *
 * Each unit behaves as if it had its own transaction: it sees the writes of the units before it, a
 * unit that throws is rolled back to its savepoint (its caller gets the error, the others are
 * unaffected), and nobody hears back before the commit that makes their writes durable. When begin,
 * a savepoint command or the commit fails, nothing of the group is durable and every caller gets
 * that error.
 */
export class GroupCommit {
  private readonly lanes = new Map<string, Lane>();

  constructor(
    private readonly db: Kysely<Database>,
    options: {
      /** Most units in one transaction: bounds how long a group holds the connection and its locks. */
      maxUnits?: number;
      /** How a group's transaction runs: a plain (durable) one unless told otherwise. */
      transaction?: <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>;
      /**
       * Groups of one lane in flight at once (default 1). More only where the lane's transactions
       * can commit concurrently (PostgreSQL, writers holding their workspace shared): a group's
       * round trips then overlap with another's instead of queueing behind them.
       */
      groupsInFlight?: number;
    } = {},
  ) {
    this.maxUnits = options.maxUnits ?? 16;
    this.groupsInFlight = options.groupsInFlight ?? 1;
    this.transaction = options.transaction ?? ((work) => this.db.transaction().execute(work));
  }

  private readonly maxUnits: number;
  private readonly groupsInFlight: number;
  private readonly transaction: <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>;

  /**
   * Runs `work` in a group of the lane. `call`: the idempotent request the unit answers, if any —
   * what the unit returns is recorded as its result in the unit's savepoint, with its writes.
   */
  run<T>(workspaceLane: string, work: Unit<T>, call?: IdempotentCall): Promise<T> {
    const lane = this.leastLoaded(workspaceLane);
    return new Promise<T>((resolve, reject) => {
      let queue = this.lanes.get(lane);
      if (!queue) {
        queue = { pending: [], busy: false };
        this.lanes.set(lane, queue);
      }
      queue.pending.push({ work, call, attempts: 0, resolve, reject });
      if (!queue.busy) {
        queue.busy = true;
        this.drainSoon(lane, queue);
      }
    });
  }

  /** Of the lane's `groupsInFlight` queues, an idle one, else the one with the fewest units waiting. */
  private leastLoaded(lane: string): string {
    let chosen = `${lane}#0`;
    let load = Infinity;
    for (let i = 0; i < this.groupsInFlight && load > 0; i += 1) {
      const queue = this.lanes.get(`${lane}#${i}`);
      const waiting = queue === undefined ? 0 : queue.pending.length + 1;
      if (waiting < load) [chosen, load] = [`${lane}#${i}`, waiting];
    }
    return chosen;
  }

  private async drain(lane: string, queue: Lane): Promise<void> {
    const units = queue.pending.splice(0, this.maxUnits);
    try {
      const outcomes = await this.runGroup(units);
      const again: Queued[] = [];
      units.forEach((unit, i) => {
        const outcome = outcomes[i];
        if ('retry' in outcome) again.push(unit);
        else if (outcome.ok) unit.resolve(outcome.value);
        else unit.reject(outcome.error);
      });
      queue.pending.unshift(...again.filter((unit) => this.mayRetry(unit)));
    } catch (error) {
      for (const unit of units) unit.reject(error);
    }
    if (queue.pending.length > 0) {
      this.drainSoon(lane, queue);
    } else {
      queue.busy = false;
      this.lanes.delete(lane);
    }
  }

  /**
   * After the current turn of the event loop: requests read in the same turn join this group. The
   * group belongs to none of its units' requests (each unit records its own result).
   */
  private drainSoon(lane: string, queue: Lane): void {
    setImmediate(() => void this.drain(lane, queue));
  }

  private mayRetry(unit: Queued): boolean {
    unit.attempts += 1;
    if (unit.attempts < MAX_ATTEMPTS) return true;
    unit.reject(new Error(`a write lost the race for the same rows ${MAX_ATTEMPTS} times`));
    return false;
  }

  private async runGroup(units: readonly Queued[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    await this.transaction(async (trx) => {
      for (const [i, unit] of units.entries()) {
        const name = sql.raw(`group_unit_${i}`);
        await sql`savepoint ${name}`.execute(trx);
        let outcome: Outcome;
        try {
          const value = await unit.work(trx, unit.attempts > 0);
          if (value !== RETRY) await recordCallResult(trx, value, unit.call);
          outcome = value === RETRY ? { retry: true } : { ok: true, value };
        } catch (error) {
          outcome = { ok: false, error };
        }
        if (!('ok' in outcome && outcome.ok)) await sql`rollback to savepoint ${name}`.execute(trx);
        await sql`release savepoint ${name}`.execute(trx);
        outcomes.push(outcome);
      }
    });
    return outcomes;
  }
}
