import { loadConfig } from '../../../src/config.js';
import type { ScratchDatabase } from './database.js';
import { startPgBouncer, type PgBouncer } from './pgbouncer.js';

/**
 * How the serve processes reach PostgreSQL. Every scale test runs both ways: directly, and once
 * more through a PgBouncer in transaction pooling mode (docs/operations.md, "Behind PgBouncer"),
 * where consecutive transactions of one process may run on different server connections — so
 * anything that relied on session state would break there.
 */
export type Via = 'direct' | 'pgbouncer';
export const ROUTES: readonly Via[] = ['direct', 'pgbouncer'];

export const routeLabel = (via: Via): string => (via === 'pgbouncer' ? ' [through PgBouncer, transaction pooling]' : '');

export interface Route {
  readonly via: Via;
  /**
   * The environment for serve processes on `db`: DATABASE_URL through the route. Through PgBouncer
   * the start-up parameters carrying the timeouts are ignored, so the database gets them the way
   * the docs tell operators to (ALTER DATABASE … SET), from the same DATABASE_* settings.
   */
  serveEnv(db: ScratchDatabase, env: Record<string, string>): Promise<Record<string, string>>;
  /** PgBouncer's log (empty when direct), for assertion messages. */
  log(): string;
  close(): Promise<void>;
}

export async function openRoute(via: Via, serverUrl: string): Promise<Route> {
  if (via === 'direct') {
    return { via, serveEnv: async (db, env) => ({ ...env, DATABASE_URL: db.url }), log: () => '', close: async () => {} };
  }
  const bouncer: PgBouncer = await startPgBouncer(serverUrl);
  return {
    via,
    serveEnv: async (db, env) => {
      await setTimeoutsOnDatabase(db, env);
      return { ...env, DATABASE_URL: bouncer.url(db.url) };
    },
    log: () => bouncer.log(),
    close: () => bouncer.remove(),
  };
}

/** What Intentbase would send as start-up parameters, set on the database instead. */
async function setTimeoutsOnDatabase(db: ScratchDatabase, env: Record<string, string>): Promise<void> {
  const config = loadConfig({ ...env, DATABASE_URL: db.url }).database;
  if (config.engine !== 'postgres') throw new Error('the scale tests run on PostgreSQL');
  const name = new URL(db.url).pathname.slice(1);
  const ms = Math.trunc(config.statementTimeoutMs);
  await db.query(`alter database ${name} set statement_timeout = ${ms}`);
  await db.query(`alter database ${name} set idle_in_transaction_session_timeout = ${ms}`);
}
