import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type Kysely, type Transaction } from 'kysely';
import { ApiError } from '../http/errors.js';
import type { DatabaseConfig } from '../config.js';
import { readChangeWatermark, type ChangeWatermark } from './change-stamps.js';
import { openPostgres, postgresDialect } from './dialects/postgres.js';
import type { Dialect, Thrown } from './dialects/types.js';
import type { Database } from './schema.js';

/**
 * What a list page reads in one snapshot: its rows, up to the change watermark of that same snapshot
 * (change-stamps.ts: the sequence and clock below every change still committing; the clock is the
 * page's `syncTimestamp`).
 */
export type SnapshotWork<T> = (trx: Transaction<Database>, watermark: ChangeWatermark) => Promise<T>;

export type ReplicaState = 'ok' | 'lagging' | 'down';

export interface ReplicaHealth {
  /** host:port/database of the replica (never its credentials). */
  name: string;
  state: ReplicaState;
  /** How far behind the primary it was at the last check; null when it did not answer. */
  lagMs: number | null;
}

/**
 * Where list pages are read (issue 16 §2, docs/architecture.md "Read replicas"): on the primary, or
 * on a streaming replica that is up, within DATABASE_READ_MAX_LAG_MS, and — checked in the page's
 * own snapshot — whose watermark has reached the change clock the client already holds (its `lastSync`, or the
 * clock its cursor carries). A replica replays the primary's commits in order, so a snapshot there
 * is a snapshot the primary had: the page and the `syncTimestamp` read with it are as consistent as
 * on the primary, only older. Older is harmless for delta sync (the client asks again from an
 * earlier time); what must not happen is a page older than one the client has already seen, which
 * the clock check refuses by sending the page to the primary.
 */
export interface SnapshotReads {
  snapshot<T>(workspaceId: string, atLeast: number, work: SnapshotWork<T>): Promise<T>;
  /** Each replica's state at its last check (empty without replicas). */
  health(): ReplicaHealth[];
  close(): Promise<void>;
}

/** Every page on the primary (SQLite, or PostgreSQL without DATABASE_READ_URL). */
export function primaryReads(db: Kysely<Database>, dialect: Dialect): SnapshotReads {
  return {
    snapshot: (workspaceId, atLeast, work) => primarySnapshot(db, dialect, workspaceId, atLeast, work),
    health: () => [],
    close: async () => {},
  };
}

/** Thrown inside a primary snapshot that does not yet see a commit the client has already seen. */
class PrimaryBehind extends Error {}

/** How long a page waits for the primary to show a commit a replica has already shown. */
const PRIMARY_CATCH_UP_MS = 5_000;

/**
 * A page read on the primary, once its snapshot shows every change the client has seen. A standby
 * replays a commit as soon as its record reaches it, while the primary's own snapshots see that
 * commit only when the committing backend has also left the process array (after its WAL flush,
 * and after any synchronous-replication wait): for that moment a replica is ahead of the primary.
 * A pass that read a page there and goes on here would otherwise be handed out a `syncTimestamp`
 * above changes it never read. The client's clock is waited for only while stamps up to it have
 * been handed out (a pending claim holds the watermark below it), never for a clock from nowhere:
 * a `lastSync` in the future, or a version 1 cursor (clock unknown), is served at once.
 */
async function primarySnapshot<T>(db: Kysely<Database>, dialect: Dialect, workspaceId: string, atLeast: number, work: SnapshotWork<T>): Promise<T> {
  const deadline = Date.now() + PRIMARY_CATCH_UP_MS;
  for (;;) {
    try {
      return await dialect.readSnapshot(db, async (trx) => {
        const watermark = await readChangeWatermark(trx, workspaceId);
        if (watermark.clock < atLeast && watermark.handedOut >= atLeast) throw new PrimaryBehind();
        return work(trx, watermark);
      });
    } catch (error) {
      if (!(error instanceof PrimaryBehind)) throw error;
      // Better no page than one with a gap: the client retries a 503.
      if (Date.now() > deadline) throw new ApiError('SERVICE_UNAVAILABLE', 'The database is unavailable; retry shortly');
      await sleep(5);
    }
  }
}

type PostgresConfig = Extract<DatabaseConfig, { engine: 'postgres' }>;

interface Replica {
  name: string;
  db: Kysely<Database>;
  health: ReplicaHealth;
}

/** Thrown inside a replica's snapshot that has not reached the client's clock: the page goes to the primary. */
class ReplicaBehind extends Error {}

/** SQLSTATE 40001 on a hot standby: the query was cancelled because replay had to remove rows it needed. */
const RECOVERY_CONFLICT = '40001';

const CHECK_INTERVAL_MS = 1_000;

export function replicaReads(primary: Kysely<Database>, config: PostgresConfig): SnapshotReads {
  const urls = config.readUrls ?? [];
  if (urls.length === 0) return primaryReads(primary, postgresDialect);
  return new ReplicaRouter(primary, config, urls);
}

class ReplicaRouter implements SnapshotReads {
  private readonly replicas: Replica[];
  private readonly maxLagMs: number;
  private turn = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly primary: Kysely<Database>,
    config: PostgresConfig,
    urls: string[],
  ) {
    this.maxLagMs = config.readMaxLagMs ?? 5_000;
    // Replicas answer list pages only: a small pool each is enough, and keeps the standby's slots free.
    this.replicas = urls.map((url) => {
      const name = replicaName(url);
      return { name, db: openPostgres({ ...config, url, poolSize: Math.min(config.poolSize, 5) }), health: { name, state: 'down', lagMs: null } };
    });
    void this.checkLoop();
  }

  async snapshot<T>(workspaceId: string, atLeast: number, work: SnapshotWork<T>): Promise<T> {
    for (const replica of this.usable()) {
      try {
        return await postgresDialect.readSnapshot(replica.db, async (trx) => {
          const watermark = await readChangeWatermark(trx, workspaceId);
          if (watermark.clock < atLeast) throw new ReplicaBehind();
          return work(trx, watermark);
        });
      } catch (error) {
        if (error instanceof ReplicaBehind) continue;
        if (!this.unusable(error)) throw error;
        replica.health = { ...replica.health, state: 'down', lagMs: null };
      }
    }
    return primarySnapshot(this.primary, postgresDialect, workspaceId, atLeast, work);
  }

  health(): ReplicaHealth[] {
    return this.replicas.map((replica) => ({ ...replica.health }));
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await Promise.all(this.replicas.map((replica) => replica.db.destroy()));
  }

  /** The replicas in good health, starting from the next in turn (reads spread over them). */
  private usable(): Replica[] {
    const ok = this.replicas.filter((replica) => replica.health.state === 'ok');
    this.turn = (this.turn + 1) % Math.max(ok.length, 1);
    return [...ok.slice(this.turn), ...ok.slice(0, this.turn)];
  }

  /** A replica that is down, restarting, or cancelled the query for replay: the primary answers instead. */
  private unusable(error: unknown): boolean {
    return postgresDialect.isUnavailable(error) || (error as Thrown)?.code === RECOVERY_CONFLICT;
  }

  private async checkLoop(): Promise<void> {
    await this.checkAll();
    if (this.closed) return;
    this.timer = setTimeout(() => void this.checkLoop(), CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  private async checkAll(): Promise<void> {
    const primaryLsn = await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`
      .execute(this.primary)
      .then((result) => result.rows[0]?.lsn, () => undefined);
    await Promise.all(
      this.replicas.map(async (replica) => {
        const lagMs = await replicaLag(replica.db, primaryLsn).catch(() => null);
        const state: ReplicaState = lagMs === null ? 'down' : lagMs > this.maxLagMs ? 'lagging' : 'ok';
        replica.health = { name: replica.name, state, lagMs };
      }),
    );
  }
}

/**
 * How far a standby is behind: 0 when it has replayed everything the primary had written when
 * asked (an idle primary makes no lag), otherwise the time since it last replayed a commit — which
 * keeps growing while replay is paused or stuck. Null for a server that is not a standby: reading a
 * promoted or unrelated server would hand out another history.
 */
async function replicaLag(db: Kysely<Database>, primaryLsn: string | undefined): Promise<number | null> {
  const result = await sql<{ standby: boolean; caught_up: boolean | null; since_replay_ms: number | null }>`
    select pg_is_in_recovery() as standby,
           pg_last_wal_replay_lsn() >= ${primaryLsn ?? null}::pg_lsn as caught_up,
           (extract(epoch from clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000)::float8 as since_replay_ms`.execute(db);
  const row = result.rows.at(0);
  if (!row?.standby) return null;
  if (row.caught_up === true) return 0;
  return row.since_replay_ms === null ? null : Math.max(0, Math.round(row.since_replay_ms));
}

function replicaName(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}
