import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  Kysely,
  RawNode,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type SqliteDatabase as KyselySqliteDatabase,
  type TransactionSettings,
} from 'kysely';
import type { Database } from '../schema.js';
import type { Outcome, ProcedureCall } from '../procedures.js';
import { reviveError, type SerializedError } from '../serialized-error.js';
import { openSqliteConnection } from './sqlite.js';
import { threadEntry } from './thread-bundle.js';
import type { ThreadReply, ThreadRequest } from './sqlite-thread-host.js';

/**
 * SQLite with its write connection on a thread of its own.
 *
 * better-sqlite3 runs every statement synchronously, so on one thread a write transaction — the
 * SQLite work itself and the WAL fsync of its commit — stops all request handling until it is done.
 * Here the thread that owns the write connection (database-thread.ts, started by this module) runs
 * every write statement and every transaction that may write, while this thread parses, validates
 * and answers the next requests. Group commit sends whole procedure groups there
 * (`runGroup`): one message per group, not one per statement.
 *
 * Reads outside a write transaction — single SELECTs and read-only transactions (the dialect's
 * `readSnapshot`) — run here, synchronously, on a second connection opened with `query_only`.
 * In WAL mode a reader never waits for the writer, and each read sees every commit acknowledged
 * before it started, so a client reads its own acknowledged writes.
 */
export interface ThreadedSqlite {
  db: Kysely<Database>;
  runGroup(calls: readonly ProcedureCall[]): Promise<Outcome[]>;
  runRead(call: ProcedureCall): Promise<unknown>;
  close(): Promise<void>;
}

export interface ThreadedSqliteOptions {
  /**
   * Whether the threads load the services to run procedures (the API's database). A connection for
   * a batch job's writes runs single statements only and starts without them.
   */
  procedures: boolean;
}

/**
 * What a thread is for: `writer` — the write connection, procedure groups; `reader` — a query_only
 * connection, read procedures (started on the first one); `statements` — a write connection for
 * single statements only (a batch job's).
 */
export type ThreadRole = 'writer' | 'reader' | 'statements';

export function openThreadedSqlite(path: string, options: ThreadedSqliteOptions): ThreadedSqlite {
  const writer = new SqliteThread(path, options.procedures ? 'writer' : 'statements');
  let reader: SqliteThread | undefined;
  const driver = new ThreadedSqliteDriver(writer, path);
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new TransactionalDdlSqliteAdapter(),
      createDriver: () => driver,
      createIntrospector: (kysely) => new SqliteIntrospector(kysely),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
  return {
    db,
    runGroup: (calls) => holding(driver.writerGate, 'shared', () => writer.request({ kind: 'group', calls }) as Promise<Outcome[]>).then(reviveOutcomes),
    runRead: async (call) => {
      if (!options.procedures) throw new Error('read procedures need a database opened with procedures');
      // Started on first use: most short-lived processes (CLI commands, tests) never page a list.
      reader ??= new SqliteThread(path, 'reader');
      await writer.ready; // the writer creates the file and switches it to WAL first
      return reader.request({ kind: 'read', call });
    },
    close: async () => {
      await reader?.close();
      await db.destroy();
    },
  };
}

/** As in sqlite.ts: migrations run in one (immediate) transaction, so two starting processes do not both run them. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

function reviveOutcomes(outcomes: Outcome[]): Outcome[] {
  return outcomes.map((outcome) => (outcome.ok ? outcome : { ok: false, error: reviveError(outcome.error as SerializedError) }));
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type ThreadMessage = DistributiveOmit<ThreadRequest, 'id'>;

/** The code of the error every call gets once its thread has stopped (the dialect maps it to 503). */
export const THREAD_STOPPED = 'INTENTBASE_SQLITE_THREAD_STOPPED';

/**
 * A SQLite thread and the requests waiting for its replies. It runs src/database-thread.ts, a
 * second composition root that builds the services over the thread's connection (bundled for the
 * thread by thread-bundle.ts; nothing here imports it).
 */
class SqliteThread {
  private readonly worker: Promise<Worker>;
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
  private nextId = 1;
  private stopped: Error | undefined;
  readonly ready: Promise<void>;
  readonly exited: Promise<void>;

  constructor(path: string, role: ThreadRole) {
    let ready!: () => void;
    let failed!: (error: Error) => void;
    this.ready = new Promise<void>((resolve, reject) => ((ready = resolve), (failed = reject)));
    let exited!: () => void;
    this.exited = new Promise<void>((resolve) => (exited = resolve));
    this.worker = threadEntry().then((entry) => {
      const worker = new Worker(entry, { workerData: { path, role } });
      this.listen(worker, ready, failed, exited);
      return worker;
    });
  }

  private listen(worker: Worker, ready: () => void, failed: (error: Error) => void, exited: () => void): void {
    worker.on('message', (reply: ThreadReply) => {
      if (reply.id === 0) return ready();
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.ok) waiter?.resolve(reply.value);
      else waiter?.reject(reviveError(reply.error));
    });
    worker.on('error', (error) => {
      failed(error);
      this.stop(error);
    });
    worker.once('exit', () => {
      const error = Object.assign(new Error('the SQLite thread has stopped'), { code: THREAD_STOPPED });
      failed(error);
      this.stop(error);
      exited();
    });
  }

  request(message: ThreadMessage): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // Every request goes through the one `worker` promise, so they are posted in call order.
      void this.worker.then((worker) => (this.waiting.has(id) ? worker.postMessage({ ...message, id }) : undefined));
    });
  }

  /** Closes the connection (a clean WAL checkpoint), then ends the thread. */
  async close(): Promise<void> {
    if (!this.stopped) await this.request({ kind: 'close' }).catch(() => {});
    // The thread's TypeScript loader may keep its event loop alive: once the connection is closed
    // nothing is left to finish, so it is ended rather than waited for.
    await (await this.worker).terminate();
    await this.exited;
  }

  private stop(error: Error): void {
    this.stopped ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}

/**
 * Access to one connection, in arrival order. A transaction holds it exclusively — its statements
 * are sent one by one and nothing may run between them. A self-contained request (one statement, a
 * procedure group) is shared: several may be on their way at once, since the thread runs its
 * requests one after another in the order they were sent. That lets group commit send the next
 * group while the thread is still writing the previous one.
 */
class Gate {
  private shared = 0;
  private exclusive = false;
  private readonly queue: Array<{ kind: 'shared' | 'exclusive'; grant: () => void }> = [];

  acquire(kind: 'shared' | 'exclusive'): Promise<() => void> {
    return new Promise((resolve) => {
      this.queue.push({ kind, grant: () => resolve(() => this.release(kind)) });
      this.admit();
    });
  }

  private release(kind: 'shared' | 'exclusive'): void {
    if (kind === 'shared') this.shared -= 1;
    else this.exclusive = false;
    this.admit();
  }

  private admit(): void {
    while (this.queue.length > 0 && !this.exclusive) {
      const next = this.queue[0];
      if (next.kind === 'exclusive') {
        if (this.shared > 0) return;
        this.exclusive = true;
      } else {
        this.shared += 1;
      }
      this.queue.shift();
      next.grant();
    }
  }
}

async function holding<T>(gate: Gate, kind: 'shared' | 'exclusive', work: () => Promise<T> | T): Promise<T> {
  const release = await gate.acquire(kind);
  try {
    return await work();
  } finally {
    release();
  }
}

/** Whether a statement only reads, so it may run on the reader connection. */
function isRead(query: CompiledQuery): boolean {
  if (SelectQueryNode.is(query.query)) return true;
  return RawNode.is(query.query) && /^\s*select\b/i.test(query.sql);
}

class ThreadedSqliteDriver implements Driver {
  private reader: KyselySqliteDatabase | undefined;
  /** Exclusive for a write transaction; shared by single write statements and procedure groups. */
  readonly writerGate = new Gate();
  /** Exclusive for a read-only transaction, so other reads are not pulled into its older snapshot. */
  readonly readerGate = new Gate();

  constructor(
    private readonly writer: SqliteThread,
    private readonly path: string,
  ) {}

  async init(): Promise<void> {
    // The writer opens the file first: it creates it and switches it to WAL.
    await this.writer.ready;
    this.reader = openSqliteConnection(this.path, { queryOnly: true });
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await (connection as RoutedConnection).begin(settings.accessMode === 'read only' ? 'read' : 'write');
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as RoutedConnection).end('commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as RoutedConnection).end('rollback');
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as RoutedConnection).release();
  }

  async destroy(): Promise<void> {
    this.reader?.close();
    await this.writer.close();
  }

  sendToWriter(query: CompiledQuery): Promise<QueryResult<unknown>> {
    return this.writer.request({ kind: 'query', sql: query.sql, parameters: query.parameters }) as Promise<QueryResult<unknown>>;
  }

  readHere(query: CompiledQuery): QueryResult<unknown> {
    const statement = this.reader!.prepare(query.sql);
    if (!statement.reader) throw new Error('a statement that writes cannot run in a read-only transaction');
    return { rows: statement.all(query.parameters) as unknown[] };
  }

  /** begin / commit / rollback of a read-only transaction. */
  controlHere(command: 'begin' | 'commit' | 'rollback'): void {
    this.reader!.prepare(command).run([]);
  }
}

/**
 * What Kysely sees as "the connection": outside a transaction it sends each statement where it
 * belongs; inside one it sticks to the connection the transaction began on.
 */
class RoutedConnection implements DatabaseConnection {
  private mode: 'auto' | 'read' | 'write' = 'auto';
  private unlock: (() => void) | undefined;

  constructor(private readonly driver: ThreadedSqliteDriver) {}

  async begin(mode: 'read' | 'write'): Promise<void> {
    this.unlock = await (mode === 'read' ? this.driver.readerGate : this.driver.writerGate).acquire('exclusive');
    this.mode = mode;
    if (mode === 'read') this.driver.controlHere('begin');
    else await this.driver.sendToWriter(CompiledQuery.raw('begin immediate'));
  }

  async end(command: 'commit' | 'rollback'): Promise<void> {
    if (this.mode === 'read') this.driver.controlHere(command);
    else await this.driver.sendToWriter(CompiledQuery.raw(command));
  }

  release(): void {
    this.mode = 'auto';
    this.unlock?.();
    this.unlock = undefined;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.mode === 'write') return (await this.driver.sendToWriter(query)) as QueryResult<R>;
    if (this.mode === 'read') return this.driver.readHere(query) as QueryResult<R>;
    if (isRead(query)) return holding(this.driver.readerGate, 'shared', () => this.driver.readHere(query) as QueryResult<R>);
    return holding(this.driver.writerGate, 'shared', () => this.driver.sendToWriter(query)) as Promise<QueryResult<R>>;
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported on the threaded SQLite driver');
  }
}
