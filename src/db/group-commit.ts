import type { Transaction } from 'kysely';
import type { DatabaseHandle } from './index.js';
import type { Outcome, ProcedureCall } from './procedures.js';
import type { Database } from './schema.js';

/** Runs procedure calls in one transaction and returns their outcomes (DatabaseHandle.runGroup). */
export type GroupRunner = (calls: readonly ProcedureCall[]) => Promise<Outcome[]>;

interface Unit {
  call: ProcedureCall;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Lane {
  pending: Unit[];
  busy: boolean;
}

/**
 * Group commit. Procedure calls that arrive while a transaction of their lane is in progress run
 * together in the next one, each inside its own savepoint, and share its commit
 * (ProcedureRegistry.runGroup has the per-call guarantees: each call sees the earlier ones, a
 * failing call alone is rolled back, nobody hears back before the commit). What is shared is the
 * commit itself — one WAL flush (and fsync) for several requests instead of one each, which is what
 * bounds a write-heavy server on a disk with slow fsyncs. Calls of one lane (a workspace) run in
 * arrival order; different lanes run independently (on PostgreSQL, concurrently).
 */
export class GroupCommit {
  private readonly lanes = new Map<string, Lane>();

  constructor(
    private readonly runGroup: GroupRunner,
    /** Most calls in one transaction: bounds how long a group holds the connection and its locks. */
    private readonly maxUnits = 16,
  ) {}

  run<T>(lane: string, call: ProcedureCall): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let queue = this.lanes.get(lane);
      if (!queue) {
        queue = { pending: [], busy: false };
        this.lanes.set(lane, queue);
      }
      queue.pending.push({ call, resolve: resolve as (value: unknown) => void, reject });
      if (!queue.busy) {
        queue.busy = true;
        // After the current turn of the event loop: requests read in the same turn join this group.
        setImmediate(() => void this.drain(lane, queue));
      }
    });
  }

  private async drain(lane: string, queue: Lane): Promise<void> {
    const units = queue.pending.splice(0, this.maxUnits);
    try {
      const outcomes = await this.runGroup(units.map((unit) => unit.call));
      units.forEach((unit, i) => {
        const outcome = outcomes[i];
        if (outcome.ok) unit.resolve(outcome.value);
        else unit.reject(outcome.error);
      });
    } catch (error) {
      // Begin, a savepoint command or the commit failed: nothing of this group is durable.
      for (const unit of units) unit.reject(error);
    }
    if (queue.pending.length > 0) {
      setImmediate(() => void this.drain(lane, queue));
    } else {
      queue.busy = false;
      this.lanes.delete(lane);
    }
  }
}

/**
 * Registers a write procedure on the database and returns a function that runs calls of it through
 * a group commit of their own, one lane per workspace — the shape of every batch push.
 */
export function groupCommitted<A, R>(
  database: Pick<DatabaseHandle, 'procedures' | 'runGroup'>,
  name: string,
  procedure: (trx: Transaction<Database>, args: A) => Promise<R>,
): (workspaceId: string, args: A) => Promise<R> {
  database.procedures.register<A>(name, procedure);
  const group = new GroupCommit((calls) => database.runGroup(calls));
  return (workspaceId, args) => group.run<R>(workspaceId, { name, args });
}
