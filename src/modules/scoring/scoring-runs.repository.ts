import { sql, type Selectable } from 'kysely';
import type { Dialect, Executor } from '../../db/index.js';
import { lockWorkspaceWrites, readChangeWatermark } from '../../db/change-stamps.js';
import type { ScoringRunRow } from '../../db/schema.js';
import type { ScoringConfigOverrides } from './scoring-config.js';

// The scoring module's SQL for settings, the workspace clock, the run guard (lease) and run records.
// Re-exported by scoring.repository.ts, which holds the per-account data a run reads and writes.

// ---- settings ----------------------------------------------------------------------------------

export async function readConfigOverrides(db: Executor, dialect: Dialect, workspaceId: string): Promise<ScoringConfigOverrides | null> {
  const row = await db.selectFrom('scoring_configs').select('overrides').where('workspace_id', '=', workspaceId).executeTakeFirst();
  return row ? dialect.decodeJson<ScoringConfigOverrides>(row.overrides) : null;
}

export async function writeConfigOverrides(db: Executor, dialect: Dialect, workspaceId: string, overrides: ScoringConfigOverrides, now: number) {
  await db
    .insertInto('scoring_configs')
    .values({ workspace_id: workspaceId, overrides: dialect.encodeJson(overrides), updated_at: now })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet((eb) => ({ overrides: eb.ref('excluded.overrides'), updated_at: eb.ref('excluded.updated_at') })))
    .execute();
}

// ---- workspace clock -----------------------------------------------------------------------------

/**
 * The change sequence at and below which everything has committed (as the executor sees it): a run's
 * upper watermark. Writers of one workspace commit concurrently on PostgreSQL, so this is the
 * watermark, not the last stamp handed out (db/change-stamps.ts).
 */
export async function readCommittedSeq(db: Executor, workspaceId: string): Promise<number> {
  return (await readChangeWatermark(db, workspaceId)).seq;
}

/**
 * Holds the workspace exclusively for the rest of the transaction without moving the change clock:
 * every writer of the workspace holds it, exclusively or shared (change-stamps.ts
 * lockWorkspaceWrites), so what a chunk reads cannot change under it before it commits.
 */
export async function lockWorkspace(trx: Executor, workspaceId: string): Promise<void> {
  await lockWorkspaceWrites(trx, workspaceId, 'exclusive');
}

// ---- lease ------------------------------------------------------------------------------------

/**
 * Takes the workspace's scoring lease when it is free, expired, or already ours — one atomic upsert
 * on both engines. With `tick`, also only when no run was started for that schedule tick yet.
 */
export async function tryAcquireLease(
  db: Executor,
  workspaceId: string,
  owner: string,
  now: number,
  ttlMs: number,
  tick?: number,
): Promise<boolean> {
  const rows = await db
    .insertInto('scoring_leases')
    .values({ workspace_id: workspaceId, owner, expires_at: now + ttlMs, run_id: null, last_tick: tick ?? null })
    .onConflict((oc) =>
      oc
        .column('workspace_id')
        .doUpdateSet((eb) => ({
          owner: eb.ref('excluded.owner'),
          expires_at: eb.ref('excluded.expires_at'),
          last_tick: tick === undefined ? eb.ref('scoring_leases.last_tick') : eb.ref('excluded.last_tick'),
        }))
        .where((eb) => {
          const free = eb.or([eb('scoring_leases.expires_at', '<', now), eb('scoring_leases.owner', '=', owner)]);
          if (tick === undefined) return free;
          return eb.and([free, eb.or([eb('scoring_leases.last_tick', 'is', null), eb('scoring_leases.last_tick', '<', tick)])]);
        }),
    )
    .returning('owner')
    .execute();
  return rows.length === 1 && rows[0].owner === owner;
}

/** Extends our lease (also the fencing check of every chunk); false when it is no longer ours. */
export async function renewLease(db: Executor, workspaceId: string, owner: string, expiresAt: number, runId?: string): Promise<boolean> {
  const result = await db
    .updateTable('scoring_leases')
    .set({ expires_at: expiresAt, ...(runId === undefined ? {} : { run_id: runId }) })
    .where('workspace_id', '=', workspaceId)
    .where('owner', '=', owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releaseLease(db: Executor, workspaceId: string, owner: string, now: number): Promise<void> {
  await db.updateTable('scoring_leases').set({ expires_at: now - 1 }).where('workspace_id', '=', workspaceId).where('owner', '=', owner).execute();
}

export async function readLease(db: Executor, workspaceId: string) {
  return db.selectFrom('scoring_leases').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
}

// ---- runs -------------------------------------------------------------------------------------

export type StoredRun = Selectable<ScoringRunRow>;

export interface NewRun {
  id: string;
  trigger: string;
  mode: string;
  runAt: number;
  startedAt: number;
  checkpoint: unknown;
}

export async function insertRun(db: Executor, dialect: Dialect, workspaceId: string, run: NewRun): Promise<void> {
  await db
    .insertInto('scoring_runs')
    .values({
      workspace_id: workspaceId,
      id: run.id,
      trigger: run.trigger,
      status: 'running',
      mode: run.mode,
      run_at: run.runAt,
      started_at: run.startedAt,
      finished_at: null,
      duration_ms: null,
      error: null,
      checkpoint: dialect.encodeJson(run.checkpoint),
    })
    .execute();
}

export interface RunProgress {
  evaluated: number;
  changed: number;
  signals: number;
  memberships: number;
}

/** Adds to a run's counters and stores its checkpoint (in the chunk's transaction). */
export async function saveProgress(db: Executor, dialect: Dialect, workspaceId: string, runId: string, checkpoint: unknown, add: RunProgress): Promise<void> {
  await db
    .updateTable('scoring_runs')
    .set({
      checkpoint: dialect.encodeJson(checkpoint),
      accounts_evaluated: sql`accounts_evaluated + ${add.evaluated}`,
      accounts_changed: sql`accounts_changed + ${add.changed}`,
      signals_read: sql`signals_read + ${add.signals}`,
      memberships_changed: sql`memberships_changed + ${add.memberships}`,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', runId)
    .execute();
}

/**
 * Records how many accounts the run visits: those already evaluated (earlier attempts of a resumed
 * run) plus the `remaining` this attempt found. Progress is accounts_evaluated / accounts_total.
 */
export async function setRunTotal(db: Executor, workspaceId: string, runId: string, remaining: number): Promise<void> {
  await db
    .updateTable('scoring_runs')
    .set({ accounts_total: sql`accounts_evaluated + ${remaining}` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', runId)
    .execute();
}

/** How many accounts of the workspace come after `after` in id order (all when null): a full run's total. */
export async function countAccountsAfter(db: Executor, workspaceId: string, after: string | null): Promise<number> {
  let query = db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', workspaceId);
  if (after !== null) query = query.where('id', '>', after);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export async function markRun(
  db: Executor,
  dialect: Dialect,
  workspaceId: string,
  runId: string,
  fields: { status: string; finishedAt?: number; durationMs?: number; error?: string | null; checkpoint?: unknown; resumed?: boolean },
): Promise<void> {
  await db
    .updateTable('scoring_runs')
    .set({
      status: fields.status,
      ...(fields.finishedAt === undefined ? {} : { finished_at: fields.finishedAt }),
      ...(fields.durationMs === undefined ? {} : { duration_ms: fields.durationMs }),
      ...(fields.error === undefined ? {} : { error: fields.error }),
      ...(fields.checkpoint === undefined ? {} : { checkpoint: dialect.encodeJson(fields.checkpoint) }),
      ...(fields.resumed ? { resumes: sql`resumes + 1` } : {}),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', runId)
    .execute();
}

export async function findRun(db: Executor, workspaceId: string, runId: string): Promise<StoredRun | undefined> {
  return db.selectFrom('scoring_runs').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', runId).executeTakeFirst();
}

/** The newest run with one of the statuses. */
export async function latestRunWithStatus(db: Executor, workspaceId: string, statuses: string[]): Promise<StoredRun | undefined> {
  return db
    .selectFrom('scoring_runs')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('status', 'in', statuses)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function latestRun(db: Executor, workspaceId: string): Promise<StoredRun | undefined> {
  return db.selectFrom('scoring_runs').selectAll().where('workspace_id', '=', workspaceId).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** Newest first, keyset on the id (ids sort by creation); `limit + 1` rows. */
export async function listRuns(db: Executor, workspaceId: string, beforeId: string | undefined, limit: number): Promise<StoredRun[]> {
  let query = db.selectFrom('scoring_runs').selectAll().where('workspace_id', '=', workspaceId);
  if (beforeId !== undefined) query = query.where('id', '<', beforeId);
  return query.orderBy('id', 'desc').limit(limit + 1).execute();
}

/** Every workspace, in id order (a schedule tick visits each). */
export async function workspaceIds(db: Executor): Promise<string[]> {
  return (await db.selectFrom('workspaces').select('id').orderBy('id').execute()).map((row) => row.id);
}
