import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../schema.js';
import type { Dialect } from './types.js';

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

export const postgresDialect: Dialect = {
  engine: 'postgres',
  encodeJson: (value) => JSON.stringify(value),
  decodeJson: <T>(value: unknown) => value as T,
  isUniqueViolation: (error) => (error as { code?: string })?.code === '23505',
  // 22021 character_not_in_repertoire ("invalid byte sequence for encoding"), 22P05 untranslatable_character.
  isUnstorableText: (error) => ['22021', '22P05'].includes((error as { code?: string })?.code ?? ''),
  isUnavailable: (error) => {
    const code = (error as { code?: string })?.code;
    if (code && UNAVAILABLE_CODES.has(code)) return true;
    const message = (error as Error)?.message ?? '';
    // "not queryable": a pooled connection that broke between two queries of a transaction.
    return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|not queryable/.test(message);
  },
  lockTransaction: async (trx, name) => {
    await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(trx);
  },
  readSnapshot: (db, work) => db.transaction().setIsolationLevel('repeatable read').execute(work),
};

export function openPostgres(url: string, poolSize: number, statementTimeoutMs: number): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: statementTimeoutMs || undefined,
    // A transaction whose process went silent (frozen, partitioned away) must not hold the
    // workspace row lock, which every write of the workspace needs, until TCP gives up hours later.
    idle_in_transaction_session_timeout: statementTimeoutMs || undefined,
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
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
