import { emitWebhookEvents } from '../webhooks/webhook-events.js';
import { scoringChunkEvents } from '../webhooks/scoring-events.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database, DatabaseHandle, Dialect, Executor } from '../../db/index.js';
import { reserveChangeStamps } from '../../db/change-stamps.js';
import { commitWithoutWaitingForDisk } from '../../db/undurable-commit.js';
import { checkpointWal } from '../../db/wal-checkpoint.js';
import { chunks } from '../../lib/chunks.js';
import { accountsWithActivitiesAfter } from '../activities/activities.repository.js';
import { dealStagesOfAccounts, type AccountDealFact } from '../deals/deal-facts.js';
import { resolveAssociations } from '../deals/deals.repository.js';
import { accountRecord, applyMembershipChanges, membershipChanges, type DynamicSegment, type MembershipChange } from '../segments/dynamic-members.js';
import { ACCOUNT_RECORD_COLUMNS, membershipsOf, type AccountOutputs } from '../segments/segments.repository.js';
import { resolveScoringConfig, type ScoringConfigOverrides } from './scoring-config.js';
import { DomainStates } from './domain-states.js';
import { foldAccountSignals, type FoldedChunk } from './signal-fold.js';
import {
  addSignal,
  advanceState,
  DAY_MS,
  decodeState,
  emptyState,
  encodeState,
  evaluateAccount,
  mergeStates,
  scoringLayout,
  stateOfSignals,
  type ScoreState,
  type ScoringLayout,
  type StoredScoreState,
} from './scoring-model.js';
import * as repo from './scoring.repository.js';
import { ACCOUNT_OUTPUT_COLUMNS } from '../accounts/accounts.presenter.js';

/**
 * What a run continues from after a crash or a shutdown, stored on the run row and rewritten in
 * every chunk's transaction (so it always agrees with what the chunk committed).
 */
export interface RunCheckpoint {
  version: 1;
  mode: 'full' | 'incremental';
  /** The settings the run scores with (a snapshot: a change during the run applies to the next). */
  overrides: ScoringConfigOverrides | null;
  configHash: string;
  /** Inputs (signals, accounts, activities, deals, segments) stamped in (from, to] are new to this run. */
  from: number;
  to: number;
  /** Sequence ranges the previous run stamped itself: its own writes are not input changes. */
  exclude: Array<[number, number]>;
  /** Pipelines edited since this time (epoch ms) may have relabelled deals. */
  pipelinesSince: number;
  /** Visit every account (a full run, or a dynamic segment's rules changed). */
  allAccounts: boolean;
  /** The last account id (in id order) whose chunk committed. */
  position: string | null;
  /** Sequence ranges this run stamped accounts with (inclusive), merged when adjacent. */
  own: Array<[number, number]>;
  signalsCounted: boolean;
}

export interface ChunkReport {
  evaluated: number;
  changed: number;
  memberships: number;
  position: string;
  /** Chunks committed so far in this attempt. */
  chunk: number;
}

export interface RunEnvironment {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Bulk reads: an incremental run's scan of the signals new to it. */
  database: Pick<DatabaseHandle, 'scan'>;
  workspaceId: string;
  runId: string;
  runAt: number;
  owner: string;
  leaseMs: number;
  chunkSize: number;
  /** Extra pause between chunks (throttling), on top of always yielding to the event loop. */
  pauseMs: number;
  signal?: AbortSignal;
  onChunk?: (report: ChunkReport) => void;
  /** Timing of each phase (ms), for logs and benchmarks. */
  onPhase?: (phase: string, ms: number) => void;
}

/** Another process took the lease over (ours had expired): stop without touching the run. */
export class LeaseLost extends Error {
  constructor() {
    super('the scoring lease was taken over by another process');
    this.name = 'LeaseLost';
  }
}

export class RunAborted extends Error {
  constructor() {
    super('the scoring run was interrupted');
    this.name = 'RunAborted';
  }
}

/**
 * Signals per batch of an incremental run's scan: between two turns of the event loop, so the calls
 * the service thread runs beside a run wait for little more than one batch.
 */
const SIGNAL_BATCH = 2000;
/**
 * Most accounts per chunk when they are not consecutive (an incremental run's candidates). Each one
 * dirties pages of its own in every index it moves in, and the API waits for a chunk's longest step:
 * at 1M accounts, 250 gave an API p99 of 166 ms during the run, 100 gave 75 ms, for a run 30% longer
 * (docs/benchmarks.md, "API latency during runs").
 */
const SCATTERED_CHUNK = 100;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The exclusive sequence intervals of (from, to] not covered by the ranges. */
export function sequenceGaps(from: number, to: number, ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const gaps: Array<[number, number]> = [];
  let low = from;
  for (const [first, last] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (first > to) break;
    if (first > low + 1) gaps.push([low, first]);
    low = Math.max(low, last);
  }
  if (to > low) gaps.push([low, to + 1]);
  return gaps;
}

function addRange(ranges: Array<[number, number]>, first: number, last: number): void {
  const tail = ranges.at(-1);
  if (tail && tail[1] + 1 === first) tail[1] = last;
  else ranges.push([first, last]);
}

type AccountChunkRow = repo.ChunkAccountRow;

/** A chunk's accounts: given ids, or the next `limit` accounts in id order after `after`. */
type ChunkSelection = { ids: string[] } | { after: string | null; limit: number };

interface ChunkPlan {
  accounts: AccountChunkRow[];
  outputs: Map<string, AccountOutputs>;
  rules: Map<string, string>;
  scoreWrites: repo.AccountScoreWrite[];
  memberChanges: MembershipChange[];
  changed: AccountChunkRow[];
  relinked: string[];
  links: Array<{ dealId: string; accountId: string }>;
}

/**
 * One scoring run of one workspace, executed while its holder owns the workspace's lease:
 *
 * 1. An incremental run folds the signals ingested in (from, to] per domain into states at the
 *    run's time (one pass in ingest order). A full run folds nothing up front: each chunk's signals
 *    are folded in SQL when the chunk is read (signal-fold.ts), so memory holds one chunk's states.
 * 2. The accounts to visit: every account (full, or a dynamic segment's rules changed), or those
 *    with new signals, changed by a writer, with changed activities or deals, or due for a decay
 *    check — in id order, after the checkpoint.
 * 3. Chunks of accounts, each in one transaction: a full run takes each account's state from the
 *    chunk's fold; otherwise it advances the stored state to the run's time and adds its new signals
 *    (O(1) per account, no history rescan). Then scores, journey stage and dynamic segments are
 *    evaluated and — stamping for delta sync — only accounts whose output changed are written.
 *    The checkpoint commits with the chunk, and a chunk first proves the lease is still ours.
 */
export class ScoringRunExecution {
  private readonly layout: ScoringLayout;
  private readonly progress = { evaluated: 0, changed: 0, memberships: 0, chunks: 0 };
  private lastRenewal = Date.now();
  private deltas: DomainStates;
  private signalsRead = 0;
  private hasDeals = false;
  private hasActivities = false;
  private segments: DynamicSegment[] = [];
  /**
   * For a run that visits every account: activity windows and deal facts of the whole workspace,
   * read once instead of per chunk (inputs that change meanwhile get stamps after `to`, so the next
   * run revisits their accounts). `linked`: accounts with deal links, before or now.
   */
  private prefetched?: { activity: Map<string, repo.ActivityWindow>; deals: Map<string, AccountDealFact[]>; linked: Set<string> };

  constructor(
    private readonly env: RunEnvironment,
    /** What is committed: replaced only after each chunk's transaction commits. */
    private checkpoint: RunCheckpoint,
    segments: DynamicSegment[],
  ) {
    this.layout = scoringLayout(resolveScoringConfig(checkpoint.overrides));
    this.segments = segments;
    this.deltas = new DomainStates(this.layout, env.runAt);
  }

  async execute(): Promise<void> {
    const { db, workspaceId } = this.env;
    this.hasDeals = await repo.workspaceHas(db, workspaceId, 'deals');
    this.hasActivities = await repo.workspaceHas(db, workspaceId, 'sales_activities');
    const timed = async (phase: string, work: () => Promise<void>) => {
      const started = performance.now();
      await work();
      this.env.onPhase?.(phase, performance.now() - started);
    };
    if (this.checkpoint.mode === 'incremental') await timed('signals', () => this.collectSignals());
    const chunksStarted = performance.now();
    if (this.checkpoint.allAccounts) {
      await timed('prefetch', () => this.prefetch());
      await repo.setRunTotal(db, workspaceId, this.env.runId, await repo.countAccountsAfter(db, workspaceId, this.checkpoint.position));
      while (await this.chunk({ after: this.checkpoint.position, limit: this.env.chunkSize }));
    } else {
      let candidates: string[] = [];
      await timed('candidates', async () => {
        candidates = (await this.candidates()).filter((id) => this.checkpoint.position === null || id > this.checkpoint.position);
      });
      await repo.setRunTotal(db, workspaceId, this.env.runId, candidates.length);
      // Changed accounts are scattered: each touches pages of its own, so their chunks are smaller
      // to keep every transaction (and the event loop's wait for it) short.
      for (const ids of chunks(candidates, Math.min(this.env.chunkSize, SCATTERED_CHUNK))) await this.chunk({ ids });
    }
    this.env.onPhase?.('accounts', performance.now() - chunksStarted);
    if (!this.checkpoint.signalsCounted) await this.saveEmptyProgress();
  }

  /** The checkpoint of the last chunk that committed. */
  get committedCheckpoint(): RunCheckpoint {
    return this.checkpoint;
  }

  /** Phase 1 (incremental): the signals new to this run folded per domain at the run's time, in ingest order. */
  private async collectSignals(): Promise<void> {
    const { db, workspaceId } = this.env;
    const { from, to } = this.checkpoint;
    await this.foldSignals(repo.signalScan(db, workspaceId, to, this.layout.components, this.layout.config.sources.bombora.enabled), from);
  }

  private async foldSignals(scan: ReturnType<typeof repo.signalScan>, after: number): Promise<void> {
    const deltas = this.deltas;
    for await (const batch of this.env.database.scan(scan, after, SIGNAL_BATCH)) {
      for (const row of batch) deltas.addComponent(...repo.decodeScanRow(row));
      this.signalsRead += batch.length;
      await this.between();
    }
  }

  private async prefetch(): Promise<void> {
    const { db, dialect, workspaceId, runAt } = this.env;
    const windowStart = runAt - this.layout.config.journey.windowDays * DAY_MS;
    const activity = this.hasActivities ? await repo.activityWindowsOfWorkspace(db, workspaceId, windowStart) : new Map<string, repo.ActivityWindow>();
    let deals = new Map<string, AccountDealFact[]>();
    const linked = this.hasDeals ? await repo.accountsWithDealLinks(db, workspaceId) : new Set<string>();
    if (this.hasDeals) {
      const resolved = await resolveAssociations(db, workspaceId, await repo.associationKeysOfDeals(db, workspaceId, await repo.allDealIds(db, workspaceId)));
      const accountIds = [...new Set(resolved.flatMap((ref) => (ref ? [ref.rtp_aid] : [])))];
      deals = await dealStagesOfAccounts(db, dialect, workspaceId, accountIds);
      for (const id of deals.keys()) linked.add(id);
    }
    this.prefetched = { activity, deals, linked };
    await this.between();
  }

  /** Phase 2 (incremental): every account whose inputs changed, or whose decay check is due. */
  private async candidates(): Promise<string[]> {
    const { db, workspaceId, runAt } = this.env;
    const { from, to } = this.checkpoint;
    const ids = new Set<string>();
    const add = (list: Iterable<string>) => {
      for (const id of list) ids.add(id);
    };
    // A turn for the event loop between the lookups: with many new signals there are many.
    for (const domains of chunks([...this.deltas.domains()], 1000)) {
      add(await repo.accountIdsByDomains(db, workspaceId, domains));
      await this.between();
    }
    add(await repo.accountsChangedIn(db, workspaceId, sequenceGaps(from, to, this.checkpoint.exclude)));
    await this.between();
    if (this.hasActivities) add((await accountsWithActivitiesAfter(db, workspaceId, from)).accountIds);
    if (this.hasDeals) {
      const dealIds = [
        ...new Set([
          ...(await repo.dealsChangedIn(db, workspaceId, from, to)),
          ...(await repo.dealsOfPipelinesChangedSince(db, workspaceId, this.checkpoint.pipelinesSince)),
        ]),
      ];
      add(await repo.accountsLinkedToDeals(db, workspaceId, dealIds));
      const resolved = await resolveAssociations(db, workspaceId, await repo.associationKeysOfDeals(db, workspaceId, dealIds));
      add(resolved.flatMap((ref) => (ref ? [ref.rtp_aid] : [])));
    }
    await this.between();
    add(await repo.accountsDueAt(db, workspaceId, runAt));
    return [...ids].sort();
  }

  /** Between pages and chunks: give the event loop (the API) a turn; keep the lease; honour an abort. */
  private async between(): Promise<void> {
    await yieldToEventLoop();
    if (this.env.signal?.aborted) throw new RunAborted();
    if (Date.now() - this.lastRenewal > this.env.leaseMs / 3) {
      if (!(await repo.renewLease(this.env.db, this.env.workspaceId, this.env.owner, Date.now() + this.env.leaseMs))) throw new LeaseLost();
      this.lastRenewal = Date.now();
    }
  }

  private async saveEmptyProgress(): Promise<void> {
    const { db, dialect, workspaceId, runId } = this.env;
    const next = { ...this.checkpoint, signalsCounted: true };
    await repo.saveProgress(db, dialect, workspaceId, runId, next, { evaluated: 0, changed: 0, signals: this.signalsRead, memberships: 0 });
    this.checkpoint = next;
  }

  /**
   * Phase 3: one chunk of accounts, in one transaction — given ids, or the next `limit` accounts in
   * id order after `after`. Returns false when there was no account left.
   */
  private async chunk(selection: ChunkSelection): Promise<boolean> {
    const { db, dialect, workspaceId, runAt } = this.env;
    // The account fields rules can test are read only when there are dynamic segments to evaluate.
    const columns = this.segments.length > 0 ? RECORD_COLUMNS : OUTPUT_COLUMNS;
    // Read and compute outside the write transaction, then give the event loop (the API) a turn:
    // the transaction that follows only checks and writes, so neither blocks for long.
    const accounts = await repo.accountsForChunk(db, workspaceId, selection, columns);
    if (accounts.length === 0) return false;
    const ids = accounts.map((a) => a.id);
    const range = 'after' in selection ? { after: selection.after, last: ids[ids.length - 1] } : undefined;
    const stored = range ? await repo.scoresInRange(db, workspaceId, range.after, range.last) : await repo.scoresOfAccounts(db, workspaceId, ids);
    // A full run's states: the chunk's signals, folded by the database for the chunk's accounts.
    let folded: FoldedChunk | undefined;
    if (this.checkpoint.mode === 'full' && range) {
      // A turn for the API between the reads: on SQLite each is a synchronous step of the thread it shares.
      await yieldToEventLoop();
      folded = await foldAccountSignals(db, dialect, workspaceId, this.layout, runAt, this.checkpoint.to, range);
      await yieldToEventLoop();
    }
    const signals = folded ? folded.signals : this.checkpoint.signalsCounted ? 0 : this.signalsRead;
    let plan = await this.planChunk(db, accounts, stored, folded?.states);
    await yieldToEventLoop();
    const { report, checkpoint } = await this.chunkTransaction(async (trx) => {
      if (!(await repo.renewLease(trx, workspaceId, this.env.owner, Date.now() + this.env.leaseMs))) throw new LeaseLost();
      await repo.lockWorkspace(trx, workspaceId);
      // Optimistic: if a writer changed one of these accounts since it was read (the workspace lock
      // now keeps them still), the chunk is planned again from fresh rows. Only this run writes
      // their stored states (the lease), so those cannot have moved.
      const seqs = await repo.changeSeqsOf(trx, workspaceId, ids);
      if (accounts.some((a) => seqs.get(a.id) !== Number(a.change_seq))) plan = await this.planChunk(trx, await repo.accountsForChunk(trx, workspaceId, { ids }, columns), stored, folded?.states);
      return this.writeChunk(trx, plan, signals);
    });
    this.checkpoint = checkpoint;
    this.lastRenewal = Date.now();
    this.progress.chunks += 1;
    this.env.onChunk?.({ ...report, chunk: this.progress.chunks });
    // The calls that waited for the commit go first; then this chunk's pages go back to the file,
    // a small pause instead of SQLite's ~40 MB one every few chunks (wal-checkpoint.ts).
    await yieldToEventLoop();
    await checkpointWal(db, dialect);
    if (this.env.pauseMs > 0) await sleep(this.env.pauseMs);
    await this.between();
    return true;
  }

  /**
   * A chunk's transaction, committed without waiting for the disk: a chunk can always be redone, as
   * its checkpoint commits with it. Waiting for the disk was a fifth of a full run's time (200
   * fsyncs at 100,000 accounts).
   */
  private chunkTransaction<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return commitWithoutWaitingForDisk(this.env.db, this.env.dialect, work);
  }

  /** Everything a chunk decides, without writing: new states and outputs, and what changed. */
  private async planChunk(
    trx: Executor,
    accounts: AccountChunkRow[],
    stored: Map<string, repo.StoredAccountScore>,
    folded: Map<string, ScoreState> | undefined,
  ): Promise<ChunkPlan> {
    const { dialect, workspaceId, runAt, runId } = this.env;
    const { layout, checkpoint } = this;
    const ids = accounts.map((a) => a.id);
    const domains = accounts.map((a) => a.domain);

    // Accounts without a usable state are built from their domain's whole history (a full run has
    // it in the per-domain states already); those a failed run left ahead of `from` are topped up.
    const rebuild = checkpoint.mode === 'full' ? [] : accounts.filter((a) => !usable(stored.get(a.id), a.domain, checkpoint.configHash));
    const topUp = checkpoint.mode === 'full' ? [] : accounts.filter((a) => usable(stored.get(a.id), a.domain, checkpoint.configHash) && Number(stored.get(a.id)!.folded_seq) > checkpoint.from);
    const history = groupByDomain(await repo.signalsOfDomains(trx, workspaceId, rebuild.map((a) => a.domain), 0, checkpoint.to));
    const minFolded = Math.min(...topUp.map((a) => Number(stored.get(a.id)!.folded_seq)));
    const extra = topUp.length === 0 ? new Map<string, repo.SignalInput[]>() : groupByDomain(await repo.signalsOfDomains(trx, workspaceId, topUp.map((a) => a.domain), minFolded, checkpoint.to));

    const windowStart = runAt - layout.config.journey.windowDays * DAY_MS;
    const prefetched = this.prefetched;
    const activity = prefetched
      ? prefetched.activity
      : this.hasActivities
        ? await repo.activityWindowsByDomain(trx, workspaceId, domains, windowStart)
        : new Map<string, repo.ActivityWindow>();
    const deals = prefetched ? prefetched.deals : this.hasDeals ? await dealStagesOfAccounts(trx, dialect, workspaceId, ids) : new Map<string, AccountDealFact[]>();

    const outputs = new Map<string, AccountOutputs>();
    const scoreWrites: repo.AccountScoreWrite[] = [];
    const rules = new Map<string, string>();
    for (const account of accounts) {
      const row = stored.get(account.id);
      let state: ScoreState;
      if (checkpoint.mode === 'full') {
        state = folded?.get(account.domain) ?? emptyState(layout, runAt);
      } else if (!usable(row, account.domain, checkpoint.configHash)) {
        state = stateOfSignals(layout, (history.get(account.domain) ?? []).map(repo.toScoringSignal), runAt);
      } else {
        const foldedSeq = Number(row!.folded_seq);
        state = advanceState(layout, decodeState(layout, dialect.decodeJson<StoredScoreState>(row!.state), Number(row!.as_of)), runAt);
        if (foldedSeq <= checkpoint.from) {
          const delta = this.deltas.state(account.domain);
          if (delta) state = mergeStates(layout, state, delta);
        } else {
          for (const signal of extra.get(account.domain) ?? []) if (Number(signal.ingested_seq) > foldedSeq) addSignal(layout, state, repo.toScoringSignal(signal));
        }
      }
      const window = activity.get(account.domain);
      const facts = deals.get(account.id) ?? [];
      const evaluation = evaluateAccount(layout, state, runAt, {
        hasWonDeal: facts.some((d) => d.status === 'won'),
        hasOpenDeal: facts.some((d) => d.status === 'open'),
        activitiesInWindow: window?.count ?? 0,
        earliestActivityInWindow: window?.earliest ?? null,
      });
      outputs.set(account.id, {
        account_score: evaluation.accountScore,
        website_intent_score: evaluation.scores.website,
        bombora_intent_score: evaluation.scores.bombora,
        g2_intent_score: evaluation.scores.g2,
        advertising_activity_score: evaluation.scores.linkedin,
        journey_stage: evaluation.journey.stage,
      });
      rules.set(account.id, evaluation.journey.rule);
      scoreWrites.push({
        accountId: account.id,
        domain: account.domain,
        configHash: checkpoint.configHash,
        asOf: runAt,
        foldedSeq: checkpoint.to,
        nextCheckAt: evaluation.nextCheckAt,
        state: encodeState(layout, state),
        journeyRule: evaluation.journey.rule,
        runId,
      });
    }

    // Dynamic segments follow the new outputs.
    let memberChanges: MembershipChange[] = [];
    if (this.segments.length > 0) {
      const records = new Map(accounts.map((a) => [a.id, accountRecord(a, dialect, outputs.get(a.id))]));
      const current = await membershipsOf(trx, workspaceId, this.segments.map((s) => s.id), ids);
      memberChanges = membershipChanges(this.segments, records, current);
    }
    const membershipMoved = new Set(memberChanges.map((c) => c.accountId));
    const changed = accounts.filter((a) => membershipMoved.has(a.id) || !sameOutputs(a, outputs.get(a.id)!));
    // Only accounts that have or had deal links need their links rewritten.
    const relinked = !this.hasDeals ? [] : prefetched ? ids.filter((id) => prefetched.linked.has(id)) : ids;
    const links = relinked.flatMap((accountId) => (deals.get(accountId) ?? []).map((d) => ({ dealId: d.rtp_dealId, accountId })));
    return { accounts, outputs, rules, scoreWrites, memberChanges, changed, relinked, links };
  }

  /**
   * A chunk's writes, in its transaction: only changed accounts are stamped and written. Returns the
   * checkpoint it committed, which becomes the run's once the transaction has committed.
   */
  private async writeChunk(
    trx: Transaction<Database>,
    plan: ChunkPlan,
    signals: number,
  ): Promise<{ report: Omit<ChunkReport, 'chunk'>; checkpoint: RunCheckpoint }> {
    const { dialect, workspaceId, runAt, runId } = this.env;
    const { accounts, outputs, rules, scoreWrites, memberChanges, changed } = plan;
    const own = this.checkpoint.own.map(([first, last]): [number, number] => [first, last]);
    let memberships = 0;
    if (changed.length > 0) {
      const stamps = await reserveChangeStamps(trx, workspaceId, changed.length);
      const seqOf = new Map(changed.map((a, i) => [a.id, stamps.firstSeq + i]));
      await repo.updateAccountOutputs(
        trx,
        dialect,
        workspaceId,
        changed.map((a) => {
          const o = outputs.get(a.id)!;
          return {
            id: a.id,
            accountScore: o.account_score,
            website: o.website_intent_score,
            bombora: o.bombora_intent_score,
            g2: o.g2_intent_score,
            advertising: o.advertising_activity_score,
            stage: o.journey_stage,
            changeSeq: seqOf.get(a.id)!,
          };
        }),
        stamps.changedAt,
      );
      memberships = await applyMembershipChanges(trx, dialect, workspaceId, memberChanges, (id) => ({ seq: seqOf.get(id)!, at: stamps.changedAt }), runId);
      await repo.insertJourneyEntries(
        trx,
        dialect,
        workspaceId,
        changed
          .filter((a) => a.journey_stage !== outputs.get(a.id)!.journey_stage)
          .map((a) => ({ accountId: a.id, enteredAt: runAt, stage: outputs.get(a.id)!.journey_stage, rule: rules.get(a.id)!, runId })),
      );
      const events = scoringChunkEvents({ runId, changed, outputs, rules, seqOf });
      await emitWebhookEvents(trx, dialect, workspaceId, events, stamps.changedAt);
      addRange(own, stamps.firstSeq, stamps.firstSeq + changed.length - 1);
    }
    await repo.upsertAccountScores(trx, dialect, workspaceId, scoreWrites);
    if (plan.relinked.length > 0) await repo.replaceDealLinks(trx, workspaceId, plan.relinked, plan.links);

    const position = accounts[accounts.length - 1].id;
    const checkpoint: RunCheckpoint = { ...this.checkpoint, position, own, signalsCounted: true };
    await repo.saveProgress(trx, dialect, workspaceId, runId, checkpoint, { evaluated: accounts.length, changed: changed.length, signals, memberships });
    return { report: { evaluated: accounts.length, changed: changed.length, memberships, position }, checkpoint };
  }
}

function usable(row: repo.StoredAccountScore | undefined, domain: string, configHash: string): boolean {
  return row?.domain === domain && row.config_hash === configHash;
}

function sameOutputs(row: AccountOutputs, next: AccountOutputs): boolean {
  return (
    Number(row.account_score) === next.account_score &&
    Number(row.website_intent_score) === next.website_intent_score &&
    Number(row.bombora_intent_score) === next.bombora_intent_score &&
    Number(row.g2_intent_score) === next.g2_intent_score &&
    Number(row.advertising_activity_score) === next.advertising_activity_score &&
    row.journey_stage === next.journey_stage
  );
}

function groupByDomain(rows: repo.SignalInput[]): Map<string, repo.SignalInput[]> {
  const map = new Map<string, repo.SignalInput[]>();
  for (const row of rows) {
    const list = map.get(row.domain);
    if (list) list.push(row);
    else map.set(row.domain, [row]);
  }
  return map;
}

const RECORD_COLUMNS = [...ACCOUNT_RECORD_COLUMNS, 'change_seq'] as const;
/** Without dynamic segments a chunk needs only what it compares: the outputs. */
const OUTPUT_COLUMNS = ['id', 'domain', 'change_seq', ...ACCOUNT_OUTPUT_COLUMNS] as const;
