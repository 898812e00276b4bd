import { emitWebhookEvents } from '../webhooks/webhook-events.js';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely, Transaction } from 'kysely';
import { recordedTransaction, type IdempotentCall } from '../../db/idempotent-calls.js';
import type { Database, DatabaseHandle, Dialect } from '../../db/index.js';
import { readChangeClock } from '../../db/change-stamps.js';
import { clockSeen, readCursor, toPage, type Page } from '../../http/cursor.js';
import { accountSignalDays, type AccountSignalDays } from './account-signal-days.js';
import { ApiError } from '../../http/errors.js';
import { isId, newId } from '../../lib/ids.js';
import type { Log } from '../../lib/log.js';
import { maintainedDynamicSegments } from '../segments/dynamic-members.js';
import { DEFAULT_SCORING_CONFIG, resolveScoringConfig, scoringConfigHash, type ScoringConfig, type ScoringConfigOverrides } from './scoring-config.js';
import { explainAccountScore, type ScoreExplanation } from './scoring-explain.js';
import { runBacktest, type BacktestReport } from './backtest.js';
import { instantOfDateOrDateTime } from '../../lib/iso-date.js';
import { LeaseLost, RunAborted, ScoringRunExecution, type ChunkReport, type RunCheckpoint } from './scoring-run.js';
import * as repo from './scoring.repository.js';
import { recordAudit, type AuditActor } from '../audit/audit.js';
import type { ListRunsQuery } from './scoring.schema.js';

export type RunTrigger = 'schedule' | 'cli' | 'api';
export type RunStatus = 'running' | 'succeeded' | 'failed' | 'interrupted';

/** A scoring run as GET/POST /api/v1/scoring/runs show it. */
export interface RunView {
  runId: string;
  trigger: RunTrigger;
  status: RunStatus;
  mode: 'full' | 'incremental';
  /** The time the scores are computed for. */
  asOf: string;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  counts: { accountsEvaluated: number; accountsTotal: number | null; accountsChanged: number; signalsRead: number; membershipsChanged: number };
  /** How many times the run was continued after a crash or shutdown. */
  resumes: number;
  error: string | null;
}

export interface StartRunOptions {
  trigger: RunTrigger;
  /** Rebuild every account from its whole history (also what a settings change does). */
  full?: boolean;
  /** A schedule tick (epoch ms): of several processes' ticks, only the first starts a run. */
  tick?: number;
  chunkSize?: number;
  pauseMs?: number;
  leaseMs?: number;
}

export interface StartedRun {
  /** False when a run was already in progress (here or in another process); `run` is that run. */
  started: boolean;
  run: RunView;
}

/** What a caller in this thread may watch of the runs it starts (tests, benchmarks); never crosses a thread. */
export interface RunObserver {
  onChunk?: (report: ChunkReport) => void;
  /** Phase timings in ms (signals, prefetch or candidates, accounts). */
  onPhase?: (phase: string, ms: number) => void;
}

export interface ScoringServiceOptions {
  /** The clock scores are computed with (tests move it); leases always use the real clock. */
  now?: () => number;
  log?: Log;
  observer?: RunObserver;
}

const DEFAULT_LEASE_MS = 60_000;
/**
 * Accounts per chunk of a run that visits them all. On SQLite the run shares the service thread with
 * the API, which waits for at most one chunk step: 500 kept the longest stall of a quick-scale full
 * run near 60 ms where 1000 let it reach 250 ms, for ~10% more run time (docs/benchmarks.md).
 */
const DEFAULT_CHUNK_SIZE = 500;

function toView(row: repo.StoredRun): RunView {
  const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());
  return {
    runId: row.id,
    trigger: row.trigger as RunTrigger,
    status: row.status as RunStatus,
    mode: row.mode as RunView['mode'],
    asOf: iso(row.run_at)!,
    startedAt: iso(row.started_at)!,
    finishedAt: iso(row.finished_at),
    durationMs: row.duration_ms === null ? null : Number(row.duration_ms),
    counts: {
      accountsEvaluated: Number(row.accounts_evaluated),
      accountsTotal: row.accounts_total === null ? null : Number(row.accounts_total),
      accountsChanged: Number(row.accounts_changed),
      signalsRead: Number(row.signals_read),
      membershipsChanged: Number(row.memberships_changed),
    },
    resumes: Number(row.resumes),
    error: row.error,
  };
}

/**
 * What a failed run shows (GET /scoring/runs, `intentbase score`): what happened and what comes next,
 * never the error's own text — database messages name tables and SQL (SPEC §2.3: no internals). The
 * error itself is logged with the run's id.
 */
function failedRunMessage(dialect: Dialect, runId: string, error: unknown): string {
  const next = 'the next run recomputes everything since the last successful run';
  return dialect.isUnavailable(error)
    ? `The database became unavailable during the run; ${next}`
    : `The run failed because of an internal error (logged with runId ${runId}); ${next}`;
}

/** The workspace's scoring settings: in effect, its own overrides, and the defaults. */
export interface ScoringSettings {
  config: ScoringConfig;
  overrides: ScoringConfigOverrides;
  defaults: ScoringConfig;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Scoring runs (SPEC §4.5): started by the schedule, `intentbase score` or the API; one at a time per
 * workspace across every process (a lease row in the database), resumable after a crash.
 */
export class ScoringService {
  private readonly active = new Map<string, { runId: string; done: Promise<RunView>; abort: AbortController }>();
  private readonly db: Kysely<Database>;
  private readonly dialect: Dialect;
  private readonly now: () => number;
  private readonly log?: Log;
  private readonly observer: RunObserver;

  constructor(
    private readonly database: DatabaseHandle,
    options: ScoringServiceOptions = {},
  ) {
    this.db = database.db;
    this.dialect = database.dialect;
    this.now = options.now ?? Date.now;
    this.log = options.log;
    this.observer = options.observer ?? {};
  }

  // ---- settings --------------------------------------------------------------------------------

  async getConfig(workspaceId: string): Promise<ScoringSettings> {
    return this.settingsIn(this.db, workspaceId);
  }

  /** Replaces the workspace's overrides; the next run rebuilds every account under the new settings. */
  async putConfig(workspaceId: string, overrides: ScoringConfigOverrides, by: AuditActor, call?: IdempotentCall) {
    return recordedTransaction(this.db, call, async (trx) => {
      const before = (await repo.readConfigOverrides(trx, this.dialect, workspaceId)) ?? {};
      await repo.writeConfigOverrides(trx, this.dialect, workspaceId, overrides, Date.now());
      await recordAudit(trx, this.dialect, workspaceId, by, [{ action: 'scoring.settings_changed', details: { before, after: overrides } }]);
      return this.settingsIn(trx, workspaceId);
    });
  }

  private async settingsIn(db: Kysely<Database>, workspaceId: string): Promise<ScoringSettings> {
    const overrides = (await repo.readConfigOverrides(db, this.dialect, workspaceId)) ?? {};
    return { config: resolveScoringConfig(overrides), overrides, defaults: DEFAULT_SCORING_CONFIG };
  }

  // ---- runs ------------------------------------------------------------------------------------

  /**
   * Starts a run for the workspace, or — when one is in progress, in this process or another —
   * answers that one. A run left unfinished by a crash or shutdown is continued, not restarted.
   */
  async startRun(workspaceId: string, options: StartRunOptions): Promise<StartedRun> {
    const local = this.active.get(workspaceId);
    if (local) return { started: false, run: await this.requireView(workspaceId, local.runId) };

    const owner = `${hostname()}:${process.pid}:${randomBytes(6).toString('hex')}`;
    const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    if (!(await repo.tryAcquireLease(this.db, workspaceId, owner, Date.now(), leaseMs, options.tick))) {
      return { started: false, run: await this.currentRun(workspaceId) };
    }

    let prepared: { run: repo.StoredRun; checkpoint: RunCheckpoint };
    try {
      prepared = await this.prepareRun(workspaceId, owner, leaseMs, options);
    } catch (error) {
      await repo.releaseLease(this.db, workspaceId, owner, Date.now()).catch(() => {});
      throw error;
    }
    const abort = new AbortController();
    // The run outlives the request that started it (its chunks record no request's result).
    const done = this.execute(workspaceId, prepared.run, prepared.checkpoint, owner, leaseMs, options, abort.signal).finally(() => this.active.delete(workspaceId));
    this.active.set(workspaceId, { runId: prepared.run.id, done, abort });
    return { started: true, run: toView(prepared.run) };
  }

  /**
   * The run once it has ended, or after `waitMs` if it is still running then. A run of another
   * process is polled, and also answered (still `running`) once its holder's lease has expired: the
   * holder died, and the next startRun continues the run.
   */
  async waitForRun(workspaceId: string, runId: string, waitMs = Number.POSITIVE_INFINITY): Promise<RunView> {
    const local = this.active.get(workspaceId);
    if (local?.runId !== runId) return this.pollRun(workspaceId, runId, Date.now() + waitMs);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      if (Number.isFinite(waitMs)) timer = setTimeout(() => resolve(undefined), waitMs);
    });
    const finished = await Promise.race([local.done, timeout]);
    clearTimeout(timer);
    return finished ?? this.requireView(workspaceId, runId);
  }

  /** One schedule tick: each workspace gets a run unless another process already started one for this tick. */
  async runScheduledTick(tick: number, options: Omit<StartRunOptions, 'trigger' | 'tick'> = {}): Promise<RunView[]> {
    const views: RunView[] = [];
    for (const id of await repo.workspaceIds(this.db)) {
      const started = await this.startRun(id, { ...options, trigger: 'schedule', tick });
      if (started.started) views.push(await this.waitForRun(id, started.run.runId));
    }
    return views;
  }

  async listRuns(workspaceId: string, query: ListRunsQuery): Promise<Page<RunView>> {
    const limit = query.limit ?? 100;
    const cursor = query.cursor === undefined ? undefined : readCursor(query.cursor, 'scoring-runs', ['string']);
    const beforeId = cursor === undefined ? undefined : String(cursor.key[0]);
    return this.database.reads.snapshot(workspaceId, clockSeen(cursor, undefined), async (trx, { clock }) => {
      const rows = await repo.listRuns(trx, workspaceId, beforeId, limit);
      return { ...toPage(rows, limit, 'scoring-runs', (row) => [row.id], toView, clock), syncTimestamp: new Date(clock).toISOString() };
    });
  }

  async getRun(workspaceId: string, runId: string): Promise<RunView | undefined> {
    const row = await repo.findRun(this.db, workspaceId, runId);
    return row && toView(row);
  }

  /** Asks this process's runs to stop after their current chunk (they stay resumable) and waits for them. */
  async stop(): Promise<void> {
    const runs = [...this.active.values()];
    for (const run of runs) run.abort.abort();
    await Promise.all(runs.map((run) => run.done));
  }

  async explainAccount(workspaceId: string, rawId: string): Promise<ScoreExplanation> {
    if (!isId(rawId)) throw ApiError.badRequest('Invalid rtp_aid format');
    const explanation = await explainAccountScore(this.db, this.dialect, workspaceId, rawId);
    if (!explanation) throw ApiError.notFound('Account not found');
    return explanation;
  }

  /** The account's signals per day and source over the last `days` days (UTC), every day present. */
  async signalsPerDay(workspaceId: string, rawId: string, days = 90): Promise<AccountSignalDays> {
    if (!isId(rawId)) throw ApiError.badRequest('Invalid rtp_aid format');
    const result = await accountSignalDays(this.db, workspaceId, rawId, days, this.now());
    if (!result) throw ApiError.notFound('Account not found');
    return result;
  }

  /**
   * The backtest (docs/scoring.md, "Does it predict?"): every account scored as of `asOf` (default
   * `horizonDays` before now) with the current settings, against deals opened in the horizon after it.
   */
  async backtest(workspaceId: string, query: { asOf?: string; horizonDays?: number; seed?: number }): Promise<BacktestReport> {
    const now = this.now();
    const horizonDays = query.horizonDays ?? 90;
    const asOf = query.asOf === undefined ? now - horizonDays * 86_400_000 : instantOfDateOrDateTime(query.asOf);
    if (asOf === undefined) throw ApiError.badRequest('asOf must be an ISO 8601 date or date-time');
    if (asOf > now) throw ApiError.badRequest('asOf must not be in the future');
    const { config } = await this.getConfig(workspaceId);
    return runBacktest(this.db, this.dialect, workspaceId, config, { asOf, horizonDays, now, seed: query.seed });
  }

  // ---- internals -------------------------------------------------------------------------------

  /** With the lease held: the unfinished run to continue, or a new one with fresh watermarks. */
  private async prepareRun(workspaceId: string, owner: string, leaseMs: number, options: StartRunOptions) {
    return this.db.transaction().execute(async (trx) => {
      const unfinished = await repo.latestRunWithStatus(trx, workspaceId, ['running', 'interrupted']);
      if (unfinished) {
        await repo.markRun(trx, this.dialect, workspaceId, unfinished.id, { status: 'running', resumed: true });
        await repo.renewLease(trx, workspaceId, owner, Date.now() + leaseMs, unfinished.id);
        const run = (await repo.findRun(trx, workspaceId, unfinished.id))!;
        this.log?.info({ workspaceId, runId: run.id }, 'scoring: resuming an unfinished run');
        return { run, checkpoint: this.dialect.decodeJson<RunCheckpoint>(run.checkpoint) };
      }
      const latest = await repo.latestRun(trx, workspaceId);
      const previous = await repo.latestRunWithStatus(trx, workspaceId, ['succeeded']);
      const previousCheckpoint = previous ? this.dialect.decodeJson<RunCheckpoint>(previous.checkpoint) : undefined;
      const overrides = await repo.readConfigOverrides(trx, this.dialect, workspaceId);
      const configHash = scoringConfigHash(resolveScoringConfig(overrides));
      const to = await repo.readCommittedSeq(trx, workspaceId);
      const full = options.full === true || previousCheckpoint?.configHash !== configHash;
      const from = full ? 0 : previousCheckpoint.to;
      // Scores only move forward in time, even if the clock steps back.
      const runAt = Math.max(this.now(), latest ? Number(latest.run_at) + 1 : 0);
      const checkpoint: RunCheckpoint = {
        version: 1,
        mode: full ? 'full' : 'incremental',
        overrides,
        configHash,
        from,
        to,
        exclude: full ? [] : previousCheckpoint.own,
        // Pipeline edits carry wall-clock times from any process: a minute of slack for clock skew.
        pipelinesSince: previous ? Number(previous.started_at) - 60_000 : 0,
        allAccounts: full || (await repo.dynamicSegmentsChanged(trx, workspaceId, from, to)),
        position: null,
        own: [],
        signalsCounted: false,
      };
      const startedAt = Date.now();
      const id = newId(startedAt);
      await repo.insertRun(trx, this.dialect, workspaceId, { id, trigger: options.trigger, mode: checkpoint.mode, runAt, startedAt, checkpoint });
      await repo.renewLease(trx, workspaceId, owner, Date.now() + leaseMs, id);
      return { run: (await repo.findRun(trx, workspaceId, id))!, checkpoint };
    });
  }

  private async execute(
    workspaceId: string,
    run: repo.StoredRun,
    checkpoint: RunCheckpoint,
    owner: string,
    leaseMs: number,
    options: StartRunOptions,
    signal: AbortSignal,
  ): Promise<RunView> {
    const { db, dialect } = this;
    let ownsLease = true;
    try {
      const execution = new ScoringRunExecution(
        {
          db,
          dialect,
          database: this.database,
          workspaceId,
          runId: run.id,
          runAt: Number(run.run_at),
          owner,
          leaseMs,
          chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE,
          pauseMs: options.pauseMs ?? 0,
          signal,
          onChunk: this.observer.onChunk,
          onPhase: this.observer.onPhase,
        },
        checkpoint,
        await maintainedDynamicSegments(db, dialect, workspaceId),
      );
      await execution.execute();
      await db.transaction().execute(async (trx) => {
        if (!(await repo.renewLease(trx, workspaceId, owner, Date.now() + leaseMs))) throw new LeaseLost();
        const finishedAt = Date.now();
        await repo.markRun(trx, dialect, workspaceId, run.id, {
          status: 'succeeded',
          finishedAt,
          durationMs: finishedAt - Number(run.started_at),
          checkpoint: execution.committedCheckpoint,
          error: null,
        });
        await this.announceCompletedRun(trx, workspaceId, run.id);
      });
    } catch (error) {
      if (error instanceof LeaseLost) {
        ownsLease = false;
        this.log?.warn({ workspaceId, runId: run.id }, 'scoring: lease lost; another process continues the run');
      } else if (error instanceof RunAborted) {
        await repo.markRun(db, dialect, workspaceId, run.id, { status: 'interrupted' }).catch(() => {});
        this.log?.info({ workspaceId, runId: run.id }, 'scoring: run interrupted; the next run continues it');
      } else {
        this.log?.error({ workspaceId, runId: run.id, err: error }, 'scoring: run failed');
        const finishedAt = Date.now();
        const message = failedRunMessage(dialect, run.id, error);
        await repo
          .markRun(db, dialect, workspaceId, run.id, { status: 'failed', finishedAt, durationMs: finishedAt - Number(run.started_at), error: message })
          .catch(() => {});
      }
    } finally {
      if (ownsLease) await repo.releaseLease(db, workspaceId, owner, Date.now()).catch(() => {});
    }
    try {
      return await this.requireView(workspaceId, run.id);
    } catch {
      return { ...toView(run), status: 'failed', error: 'the run ended but its record could not be read' };
    }
  }

  /**
   * `scoring.run_completed`, with the run as `GET /scoring/runs` shows it, in the transaction that
   * marks it succeeded; after the events of its chunks (the change clock has passed their times).
   */
  private async announceCompletedRun(trx: Transaction<Database>, workspaceId: string, runId: string): Promise<void> {
    const row = await repo.findRun(trx, workspaceId, runId);
    const at = Math.max(Date.now(), await readChangeClock(trx, workspaceId));
    if (row) await emitWebhookEvents(trx, this.dialect, workspaceId, [{ type: 'scoring.run_completed', sequence: null, data: { run: toView(row) } }], at);
  }

  private async requireView(workspaceId: string, runId: string): Promise<RunView> {
    const row = await repo.findRun(this.db, workspaceId, runId);
    if (!row) throw new Error(`scoring run ${runId} not found`);
    return toView(row);
  }

  /** The run the lease holder is executing (it may take a moment to record it). */
  private async currentRun(workspaceId: string): Promise<RunView> {
    for (let attempt = 0; ; attempt += 1) {
      const lease = await repo.readLease(this.db, workspaceId);
      const row =
        (lease?.run_id ? await repo.findRun(this.db, workspaceId, lease.run_id) : undefined) ??
        (await repo.latestRunWithStatus(this.db, workspaceId, ['running'])) ??
        (attempt >= 20 ? await repo.latestRun(this.db, workspaceId) : undefined);
      if (row) return toView(row);
      if (attempt >= 20) throw new Error('a scoring run is starting in another process; try again shortly');
      await sleep(100);
    }
  }

  /**
   * Polls another process's run until it is no longer running, its holder's lease has expired (the
   * holder died; the next run continues it), or `until` (epoch ms) has come.
   */
  private async pollRun(workspaceId: string, runId: string, until: number): Promise<RunView> {
    let last: RunView | undefined;
    for (let failures = 0; ; ) {
      try {
        const row = await repo.findRun(this.db, workspaceId, runId);
        if (row) last = toView(row);
        if (row && row.status !== 'running') return last!;
        const lease = await repo.readLease(this.db, workspaceId);
        if (last && (!lease || Number(lease.expires_at) < Date.now() || Date.now() >= until)) return last;
        failures = 0;
      } catch (error) {
        // The database is briefly unavailable: keep waiting, but not forever (it may have been closed).
        failures += 1;
        if (failures >= 20) {
          if (last) return last;
          throw error;
        }
      }
      await sleep(250);
    }
  }
}
