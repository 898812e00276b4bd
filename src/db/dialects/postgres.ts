import pg from 'pg';
import { Kysely, PostgresAdapter, PostgresDialect, sql, type DialectAdapter, type Driver, type PostgresDialectConfig } from 'kysely';
import type { DatabaseConfig } from '../../config.js';
import type { Database } from '../schema.js';
import type { Dialect, Executor, Thrown } from './types.js';

// int8 (bigint) columns hold epoch milliseconds and change sequences: well inside 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
  '53300', // too_many_connections: the server is full, not broken
  '57014', // query_canceled: DATABASE_STATEMENT_TIMEOUT_MS ran out (a lock held too long, an overloaded server)
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * What PgBouncer says, with code 08P01, when the server behind it is down or restarting, or the
 * pooler itself is full or timing out (docs/operations.md, "Behind PgBouncer"). PostgreSQL's own
 * 08P01 — a malformed protocol message — is a bug, and stays a 500.
 */
const PGBOUNCER_UNAVAILABLE =
  /^(server conn crashed\?|server login has been failing|pgbouncer cannot connect to server|server connection closed|query_wait_timeout|query timeout|client_login_timeout|no more connections allowed|idle transaction timeout)/;

export const postgresDialect: Dialect = {
  engine: 'postgres',
  encodeJson: (value) => JSON.stringify(value),
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- see Dialect.decodeJson
  decodeJson: <T>(value: unknown) => value as T,
  isUniqueViolation: (error) => (error as Thrown)?.code === '23505',
  isDeadlock: (error) => (error as Thrown)?.code === '40P01',
  // 22021 character_not_in_repertoire ("invalid byte sequence for encoding"), 22P05 untranslatable_character.
  isUnstorableText: (error) => ['22021', '22P05'].includes((error as Thrown)?.code ?? ''),
  isUnavailable: (error) => {
    const code = (error as Thrown)?.code;
    if (code && UNAVAILABLE_CODES.has(code)) return true;
    const message = (error as Thrown)?.message ?? '';
    if (code === '08P01') return PGBOUNCER_UNAVAILABLE.test(message);
    // "not queryable": a pooled connection that broke (or was dropped after a query timeout)
    // between two queries of a transaction. "Query read timeout": DATABASE_QUERY_TIMEOUT_MS ran out;
    // "timeout expired": DATABASE_CONNECT_TIMEOUT_MS ran out while connecting.
    return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|timeout expired|not queryable|Query read timeout/.test(
      message,
    );
  },
  lockTransaction: async (trx, name) => {
    await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(trx);
  },
  readSnapshot: (db, work) => db.transaction().setIsolationLevel('repeatable read').execute(work),
};

/**
 * pg's `query_timeout` rejects the query but leaves its client waiting for the answer: the client
 * still looks healthy, so pg-pool takes it back on release, and every later query on it (a
 * transaction's rollback included) queues behind one that may never be answered
 * (brianc/node-postgres#3399). A client whose query timed out is therefore ended at once: the
 * rollback that follows fails immediately, and pg-pool discards the client on release.
 */
class ClientEndedOnQueryTimeout extends pg.Client {
  // One signature for all of pg's overloads; Kysely uses the promise form, query(text, values).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads take and return any
  override query(config: any, values?: any, callback?: any): any {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-confusing-void-expression -- passed on as received; the callback form returns nothing
    const result: unknown = super.query(config, values, callback);
    if (!(result instanceof Promise)) return result;
    return result.catch((error: unknown) => {
      if ((error as Thrown)?.message === 'Query read timeout') void this.end().catch(() => {});
      throw error;
    });
  }
}

/** Kysely's own migration lock id, kept so a process of an older release still excludes this one. */
const MIGRATION_LOCK_ID = 3853314791062309107n;

/** How long a starting process waits for another one's migrations (Kysely's own lock waited as long). */
const MIGRATION_LOCK_WAIT_MS = 60 * 60 * 1000;
const MIGRATION_LOCK_POLL_MS = 200;

/**
 * The migration lock, transaction-scoped. Kysely's PostgreSQL adapter takes a session-level
 * advisory lock in a statement of its own, then runs the migrations in a transaction, then unlocks
 * in a third statement. Behind PgBouncer in transaction pooling mode (docs/operations.md) each of
 * the three may run on a different server connection: the lock then excludes nothing — two
 * processes starting together migrate at once — and the unlock misses, leaving the lock held by a
 * pooled server connection until it closes, so the next start waits for it.
 *
 * Here the lock opens the transaction itself (`begin`, then `pg_try_advisory_xact_lock`), which
 * PgBouncer keeps on one server connection until it ends. The Migrator's own `begin` that follows
 * only draws PostgreSQL's warning "there is already a transaction in progress"; its `commit` (or
 * `rollback`, when a migration fails) ends the transaction and releases the lock with it.
 *
 * The lock is tried, not waited for: a process that starts while another migrates polls, in short
 * statements, so neither the statement timeout nor the client's query timeout ends its wait when
 * the migrations take longer than those.
 */
class TransactionScopedMigrationLock extends PostgresAdapter {
  constructor(readonly stampAllocator: ChangeStampAllocator) {
    super();
  }

  override async acquireMigrationLock(db: Kysely<unknown>): Promise<void> {
    const deadline = Date.now() + MIGRATION_LOCK_WAIT_MS;
    for (;;) {
      await sql`begin`.execute(db);
      let locked = false;
      try {
        const result = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(${sql.lit(MIGRATION_LOCK_ID)}) as locked`.execute(db);
        locked = result.rows[0]?.locked ?? false;
      } finally {
        // Not locked (or the try failed): the connection must not go back to the pool inside a transaction.
        if (!locked) await sql`rollback`.execute(db).catch(() => {});
      }
      if (locked) return;
      if (Date.now() > deadline) throw new Error('another process has held the migration lock for an hour');
      await new Promise((resolve) => setTimeout(resolve, MIGRATION_LOCK_POLL_MS));
    }
  }

  override async releaseMigrationLock(): Promise<void> {
    // Released by the commit or rollback of the Migrator's transaction.
  }
}

class IntentbasePostgresDialect extends PostgresDialect {
  constructor(
    config: PostgresDialectConfig,
    private readonly stampPool: pg.Pool,
  ) {
    super(config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionScopedMigrationLock(new ChangeStampAllocator(this.stampPool));
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const destroy = driver.destroy.bind(driver);
    driver.destroy = async () => {
      await destroy();
      await this.stampPool.end();
    };
    return driver;
  }
}

/** Change stamps handed out by the workspace's clock row, and the claim that says who holds them. */
export interface AllocatedStamps {
  firstSeq: number;
  changedAt: number;
}

/**
 * Hands out change stamps on connections of its own, each in a short transaction that commits before
 * the writer goes on, so the clock row is locked for one statement, not for the writer's whole
 * transaction (db/change-stamps.ts, docs/architecture.md "Delta sync clock"). The same statement
 * records the claim (the writer's transaction id and first stamp) that tells readers these stamps
 * may still commit, and drops the claims of transactions every snapshot now sees as ended.
 *
 * The clock row starts from the workspace row's clock (migration 023 copied every workspace's; a
 * workspace created in the writer's own, uncommitted transaction is not visible here, and no
 * reader has seen its clock yet).
 *
 * Its own pool, not the writers': a writer waits for its stamps while holding a pooled connection,
 * so with one pool every connection could be held by a writer waiting for one more.
 *
 * The commit does not wait for the disk: a claim matters only while its writer runs, and the
 * writer's own durable commit flushes the log up to and past this one (both engines write the log
 * in order), so no stamp used by a durable write can be handed out again after a crash.
 */
export class ChangeStampAllocator {
  constructor(private readonly pool: pg.Pool) {}

  async allocate(workspaceId: string, xid: number, count: number, nowMs: number): Promise<AllocatedStamps> {
    // One round trip: a multi-statement text, so no parameters; the numbers are checked integers.
    for (const n of [xid, count, nowMs]) if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
    const ws = escapeLiteral(workspaceId);
    const results = (await this.pool.query(`begin;
      set local synchronous_commit = off;
      delete from change_claims where workspace_id = ${ws} and xid::text::xid8 < pg_snapshot_xmin(pg_current_snapshot());
      with clock as (
        insert into change_clocks (workspace_id, change_seq, change_clock)
          select ${ws}, coalesce(w.change_seq, 0) + ${count}, greatest(coalesce(w.change_clock, 0) + 1, ${nowMs})
          from (select 1) one left join workspaces w on w.id = ${ws}
        on conflict (workspace_id) do update
          set change_seq = change_clocks.change_seq + ${count}, change_clock = greatest(change_clocks.change_clock + 1, ${nowMs})
        returning change_seq, change_clock
      )
      insert into change_claims (workspace_id, xid, first_seq, changed_at)
        select ${ws}, ${xid}, change_seq - ${count} + 1, change_clock from clock
        returning first_seq, changed_at;
      commit;`)) as unknown as Array<pg.QueryResult<{ first_seq: number; changed_at: number }>>;
    const row = results[3].rows[0];
    return { firstSeq: row.first_seq, changedAt: row.changed_at };
  }
}

function escapeLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** The side allocator of a PostgreSQL database; undefined for SQLite, whose single writer stamps in its transaction. */
export function changeStampAllocatorOf(executor: Executor): ChangeStampAllocator | undefined {
  const adapter = executor.getExecutor().adapter;
  return adapter instanceof TransactionScopedMigrationLock ? adapter.stampAllocator : undefined;
}

type PostgresConfig = Extract<DatabaseConfig, { engine: 'postgres' }>;

export function openPostgres(config: PostgresConfig): Kysely<Database> {
  const pool = openPool(config, config.poolSize);
  // Two: stamps are handed out one short statement at a time; a second covers one slow round trip.
  const stampPool = openPool(config, 2);
  return new Kysely<Database>({ dialect: new IntentbasePostgresDialect({ pool }, stampPool) });
}

function openPool(config: PostgresConfig, max: number): pg.Pool {
  const pool = new pg.Pool({
    Client: ClientEndedOnQueryTimeout,
    connectionString: config.url,
    max,
    // Bounds the wait for a connection: a new one (TCP connect and start-up) and a free one from a full pool.
    connectionTimeoutMillis: config.connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    statement_timeout: config.statementTimeoutMs || undefined,
    // A transaction whose process went silent (frozen, partitioned away) must not hold the
    // workspace row lock, which every write of the workspace needs, until TCP gives up hours later.
    idle_in_transaction_session_timeout: config.statementTimeoutMs || undefined,
    // Enforced by the client, so it holds when the server is out of reach — a black-holed network
    // never delivers the server's statement_timeout, and TCP retransmits for many minutes.
    query_timeout: config.queryTimeoutMs || undefined,
    // Finds idle pooled connections to a host that vanished; a query in flight is the query timeout's.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  // pg-pool listens for errors only on idle clients. One that breaks while checked out, between
  // two queries of a transaction (a database restart), emits 'error' with no listener, which
  // would crash the process. Swallowed here: its next query fails as "not queryable" (a 503) and
  // the pool discards it on release.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  return pool;
}
