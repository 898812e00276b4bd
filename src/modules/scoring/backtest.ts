import type { Dialect, Executor } from '../../db/index.js';
import { instantOfDateOrDateTime } from '../../lib/iso-date.js';
import * as dealStagesRepo from '../deal-stages/deal-stages.repository.js';
import { classifyDealStage, type DealStageStatus } from '../deals/deal-stage-status.js';
import { associationsOfDeals, resolveAssociations } from '../deals/deals.repository.js';
import { JOURNEY_STAGES, type JourneyStage } from '../journey/journey-stages.js';
import { addToTable, emptyTable, scoreReport, type ScoreReport, type ScoreTable } from './backtest-stats.js';
import { addCombination, emptyCombinations, isHeldOut, suggestWeights, type WeightSuggestion } from './backtest-weights.js';
import * as repo from './backtest.repository.js';
import { toScoringSignal } from './scoring.repository.js';
import { SCORE_SOURCES, type ScoreSource, type ScoringConfig } from './scoring-config.js';
import { DAY_MS, journeyStage, scoresAt, scoringLayout, stateOfSignals, type JourneyResult, type ScoreBreakdown, type ScoringSignal } from './scoring-model.js';

/**
 * The scoring backtest (docs/scoring.md, "Does it predict?"): every account scored as of a past
 * moment `asOf` — from the signals and sales activities that had happened by then, with the
 * workspace's current settings and the pure model of scoring-model.ts — against the outcome "a
 * deal associated with the account opened in (asOf, asOf + horizon]".
 *
 * Accounts are read in domain order a page at a time, each page with the signals and activities of
 * its domain range, and folded account by account: memory holds one page, the deal facts (one
 * small record per account with a deal) and the score tables, never the workspace's signals.
 */

export interface BacktestWindow {
  /** Epoch ms. */
  asOf: number;
  horizonDays: number;
}

/** One account as the backtest sees it at `asOf`. */
export interface BacktestAccount {
  accountId: string;
  domain: string;
  breakdown: ScoreBreakdown;
  journey: JourneyResult;
  /** A deal associated with it opened in (asOf, asOf + horizon]. */
  positive: boolean;
}

/** Where an account's deals stood at `asOf`, and whether one opened in the horizon. */
interface DealFacts {
  open: boolean;
  won: boolean;
  positive: boolean;
}

const ACCOUNT_PAGE = 1000;
const DEAL_PAGE = 2000;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A stage label, or — without one — the label its pipeline definition gives the stage id. */
type LabelOf = (label: string | null, stageId: string | null, pipelineId: string | null) => string | null;

/**
 * Where a deal stood at `asOf`. A deal not changed since then stands as it does now (exactly what
 * a live run reads). Otherwise: closed by then when its close date says so and it is closed now;
 * else in the stage its history shows at `asOf`; else — no entry yet, as for deals imported after
 * the fact with their start dates — open.
 */
function statusAt(deal: repo.BacktestDealRow, entry: repo.BacktestStageEntry | undefined, asOf: number, labelOf: LabelOf): DealStageStatus {
  const current = classifyDealStage(labelOf(deal.stage_label, deal.stage_id, deal.pipeline_id));
  if (Number(deal.changed_at) <= asOf) return current;
  const closedAt = deal.closed_date === null ? undefined : instantOfDateOrDateTime(deal.closed_date);
  if (current !== 'open' && closedAt !== undefined && closedAt <= asOf) return current;
  if (entry) return classifyDealStage(labelOf(entry.stage_label, entry.stage_id, entry.pipeline_id));
  return 'open';
}

/**
 * Per account with deals: whether one was open or won at `asOf` (the journey rules' deal facts then)
 * and whether one opened in (asOf, horizonEnd]. A deal opens at its start date, else at its first
 * stage-history entry; it exists at `asOf` once it had opened or been pushed by then. Associations
 * resolve to accounts exactly as on read (deals.repository.ts), so the outcome credits the
 * accounts a live run credits.
 */
async function dealFactsAt(db: Executor, dialect: Dialect, workspaceId: string, asOf: number, horizonEnd: number): Promise<Map<string, DealFacts>> {
  const facts = new Map<string, DealFacts>();
  let after: string | null = null;
  for (;;) {
    const deals = await repo.dealPage(db, workspaceId, after, DEAL_PAGE);
    if (deals.length === 0) return facts;
    after = deals[deals.length - 1].id;
    const ids = deals.map((d) => d.id);
    const { first, atAsOf } = await repo.stageEntriesOfDeals(db, workspaceId, ids, asOf);
    const unlabelled = [...deals, ...atAsOf.values()].filter((d) => d.stage_label === null && d.stage_id !== null && d.pipeline_id !== null);
    const pipelines = await dealStagesRepo.findPipelines(db, dialect, workspaceId, unlabelled.map((d) => d.pipeline_id!));
    const labelOf: LabelOf = (label, stageId, pipelineId) =>
      label ?? (pipelineId === null ? undefined : pipelines.get(pipelineId)?.stages.find((s) => s.stageId === stageId)?.stageLabel) ?? null;
    const associations = await associationsOfDeals(db, workspaceId, ids);
    const pairs = ids.flatMap((id) => (associations.get(id) ?? []).map((a) => ({ id, association: a })));
    const resolved = await resolveAssociations(db, workspaceId, pairs.map((p) => p.association));
    const accountsOf = new Map<string, Set<string>>();
    pairs.forEach((pair, i) => {
      const account = resolved[i];
      if (account) accountsOf.set(pair.id, (accountsOf.get(pair.id) ?? new Set()).add(account.rtp_aid));
    });
    for (const deal of deals) {
      const accounts = accountsOf.get(deal.id);
      if (!accounts) continue;
      const openedAt = (deal.start_date === null ? undefined : instantOfDateOrDateTime(deal.start_date)) ?? first.get(deal.id) ?? null;
      const exists = (openedAt !== null && openedAt <= asOf) || Number(deal.created_at) <= asOf;
      const status = exists ? statusAt(deal, atAsOf.get(deal.id), asOf, labelOf) : null;
      const positive = openedAt !== null && openedAt > asOf && openedAt <= horizonEnd;
      for (const accountId of accounts) {
        const f = facts.get(accountId) ?? { open: false, won: false, positive: false };
        f.open ||= status === 'open';
        f.won ||= status === 'won';
        f.positive ||= positive;
        facts.set(accountId, f);
      }
    }
    await yieldToEventLoop();
  }
}

/**
 * Every account of the workspace as of `window.asOf`, a page at a time in domain order. Each
 * account's state is built from scratch from its signals that counted by then (`stateOfSignals`,
 * the model's own from-scratch path), and its journey stage from its deals and activities then.
 */
export async function* backtestAccounts(db: Executor, dialect: Dialect, workspaceId: string, config: ScoringConfig, window: BacktestWindow): AsyncGenerator<BacktestAccount[]> {
  const { asOf } = window;
  const layout = scoringLayout(config);
  const deals = await dealFactsAt(db, dialect, workspaceId, asOf, asOf + window.horizonDays * DAY_MS);
  const activitySince = asOf - config.journey.windowDays * DAY_MS;
  let after: string | null = null;
  for (;;) {
    const accounts = await repo.accountsByDomain(db, workspaceId, after, ACCOUNT_PAGE);
    if (accounts.length === 0) return;
    const first = accounts[0].domain;
    const last = accounts[accounts.length - 1].domain;
    after = last;
    const signals = await repo.signalsInDomainRange(db, workspaceId, first, last, asOf);
    const activities = await repo.activitiesInDomainRange(db, workspaceId, first, last, activitySince, asOf);
    // Grouped by domain in a map rather than walked in step with the accounts: PostgreSQL orders
    // text by the database's collation, which need not agree with JavaScript's comparison.
    const signalsOf = new Map<string, ScoringSignal[]>();
    for (const row of signals) {
      const list = signalsOf.get(row.domain);
      if (list) list.push(toScoringSignal(row));
      else signalsOf.set(row.domain, [toScoringSignal(row)]);
    }
    const page: BacktestAccount[] = [];
    for (const account of accounts) {
      const own = signalsOf.get(account.domain) ?? [];
      const state = stateOfSignals(layout, own, asOf);
      const breakdown = scoresAt(layout, state, asOf);
      const dealFacts = deals.get(account.id);
      const journey = journeyStage(
        config.journey,
        breakdown.accountScore,
        { hasWonDeal: dealFacts?.won ?? false, hasOpenDeal: dealFacts?.open ?? false, activitiesInWindow: activities.get(account.domain) ?? 0, lastSignalAt: state.lastSignalAt },
        asOf,
      );
      page.push({ accountId: account.id, domain: account.domain, breakdown, journey, positive: dealFacts?.positive ?? false });
    }
    yield page;
    await yieldToEventLoop();
  }
}

export interface StageOutcome {
  stage: JourneyStage;
  accounts: number;
  positives: number;
  positiveRate: number | null;
  /** The stage's positive rate ÷ the base rate. */
  lift: number | null;
}

export interface BacktestReport {
  asOf: string;
  horizonDays: number;
  /** asOf + horizon. */
  horizonEnd: string;
  /** False while the horizon has not fully passed: deals still to open there are missing from the positives. */
  horizonComplete: boolean;
  outcome: string;
  accounts: number;
  positives: number;
  baseRate: number | null;
  /** The seed of the bootstrap and of the split into halves: the same seed, the same report. */
  seed: number;
  bootstrapReplicates: number;
  accountScore: ScoreReport;
  sources: Record<ScoreSource, ScoreReport & { enabled: boolean }>;
  journeyStages: StageOutcome[];
  weights: WeightSuggestion;
}

export interface BacktestOptions extends BacktestWindow {
  /** The time the report is made (epoch ms): whether the horizon has passed. */
  now: number;
  seed?: number;
  replicates?: number;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** The backtest report: accounts streamed into score tables, then the statistics of backtest-stats.ts. */
export async function runBacktest(db: Executor, dialect: Dialect, workspaceId: string, config: ScoringConfig, options: BacktestOptions): Promise<BacktestReport> {
  const seed = options.seed ?? 1;
  const replicates = options.replicates ?? 1000;
  const accountTable = emptyTable();
  const sourceTables = Object.fromEntries(SCORE_SOURCES.map((s) => [s, emptyTable()])) as Record<ScoreSource, ScoreTable>;
  const stages = new Map<JourneyStage, { accounts: number; positives: number }>(JOURNEY_STAGES.map((s) => [s, { accounts: 0, positives: 0 }]));
  const combinations = emptyCombinations();
  for await (const page of backtestAccounts(db, dialect, workspaceId, config, options)) {
    for (const account of page) {
      addToTable(accountTable, account.breakdown.accountScore, account.positive);
      for (const source of SCORE_SOURCES) addToTable(sourceTables[source], account.breakdown.scores[source], account.positive);
      const stage = stages.get(account.journey.stage)!;
      stage.accounts += 1;
      if (account.positive) stage.positives += 1;
      addCombination(combinations, account.breakdown.scores, account.positive, isHeldOut(account.accountId, seed));
    }
  }
  const bootstrap = { seed, replicates };
  const overall = scoreReport(accountTable, bootstrap);
  const baseRate = overall.accounts === 0 ? null : overall.positives / overall.accounts;
  const horizonEnd = options.asOf + options.horizonDays * DAY_MS;
  return {
    asOf: new Date(options.asOf).toISOString(),
    horizonDays: options.horizonDays,
    horizonEnd: new Date(horizonEnd).toISOString(),
    horizonComplete: horizonEnd <= options.now,
    outcome: 'a deal associated with the account opened (its startDate, else its first stage-history entry) in (asOf, horizonEnd]',
    accounts: overall.accounts,
    positives: overall.positives,
    baseRate: baseRate === null ? null : round6(baseRate),
    seed,
    bootstrapReplicates: replicates,
    accountScore: overall,
    sources: Object.fromEntries(
      SCORE_SOURCES.map((s) => [s, { enabled: config.sources[s].enabled, ...scoreReport(sourceTables[s], bootstrap) }]),
    ) as BacktestReport['sources'],
    journeyStages: [...stages].map(([stage, { accounts, positives }]) => {
      const rate = accounts === 0 ? null : positives / accounts;
      return { stage, accounts, positives, positiveRate: rate === null ? null : round6(rate), lift: rate === null || !baseRate ? null : round6(rate / baseRate) };
    }),
    weights: suggestWeights(config, combinations, seed),
  };
}
