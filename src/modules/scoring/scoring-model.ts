import type { JourneyStage } from '../journey/journey-stages.js';
import { DECAY_SOURCES, type DecaySource, type JourneyConfig, type ScoreSource, type ScoringConfig } from './scoring-config.js';

/**
 * The scoring model of SPEC §4.3 and the journey rules of §4.4 as pure functions.
 *
 * Per decaying source, every (source, type) is a *component* whose value is
 * `Σ increment · count · 2^(−age/halfLife)`. Because every term of a component decays at the same
 * rate, the whole sum can be carried forward in O(1): its value at `asOf` times `2^(−Δt/halfLife)`
 * is its value Δt later (DESIGN.md §3). That running state (`ScoreState`) is what the scoring run
 * stores per account; a run advances it to the run's time and adds only the signals that arrived
 * since. `scoreSignals` computes the same numbers from scratch for a list of signals.
 */

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
/**
 * Round half up with a tolerance: a value within 1e-9 below a half rounds up. Sums of floats in a
 * different order (a run folding signals batch by batch vs. all at once) differ in the last bits;
 * without the tolerance such noise could flip a score sitting exactly on a half.
 */
const ROUND_EPSILON = 1e-9;

export function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5 + ROUND_EPSILON);
}

/** A signal as the model needs it (SPEC §4.1). */
export interface ScoringSignal {
  source: string;
  type: string;
  /** Epoch ms. */
  occurredAt: number;
  count: number;
  topic?: string | null;
  score?: number | null;
  /** When it was ingested (epoch ms): a signal dated after it counts from then. */
  ingestedAt?: number | null;
}

/** The moment a signal counts from: its date, unless it claims to be from after its own ingest. */
export function effectiveTime(signal: ScoringSignal): number {
  return signal.ingestedAt == null ? signal.occurredAt : Math.min(signal.occurredAt, signal.ingestedAt);
}

/** Monday 00:00 UTC of the ISO week holding `time` (1970-01-01 was a Thursday). */
export function weekStart(time: number): number {
  return Math.floor((time + 3 * DAY_MS) / WEEK_MS) * WEEK_MS - 3 * DAY_MS;
}

export function decayFactor(ageMs: number, halfLifeMs: number): number {
  return ageMs <= 0 ? 1 : Math.pow(2, -ageMs / halfLifeMs);
}

// ---- layout ------------------------------------------------------------------------------------

export interface Component {
  source: DecaySource;
  type: string;
  increment: number;
  /** Infinity when uncapped. */
  cap: number;
  halfLifeMs: number;
}

/** A configuration compiled for fast folding: the components of the enabled decaying sources. */
export interface ScoringLayout {
  readonly config: ScoringConfig;
  readonly components: readonly Component[];
  /** Component index by source, then type; only enabled sources appear. */
  readonly index: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly bySource: Readonly<Record<DecaySource, readonly number[]>>;
}

export function scoringLayout(config: ScoringConfig): ScoringLayout {
  const components: Component[] = [];
  const index = new Map<string, Map<string, number>>();
  const bySource = { website: [] as number[], g2: [] as number[], linkedin: [] as number[] };
  for (const source of DECAY_SOURCES) {
    const sourceConfig = config.sources[source];
    if (!sourceConfig.enabled) continue;
    const types = new Map<string, number>();
    for (const [type, t] of Object.entries(sourceConfig.types)) {
      const k = components.length;
      components.push({
        source,
        type,
        increment: t.increment,
        cap: t.cap ?? Number.POSITIVE_INFINITY,
        halfLifeMs: (t.halfLifeDays ?? sourceConfig.halfLifeDays) * DAY_MS,
      });
      types.set(type, k);
      bySource[source].push(k);
    }
    index.set(source, types);
  }
  return { config, components, index, bySource };
}

// ---- running state -----------------------------------------------------------------------------

/** The latest Bombora week of an account and its best qualifying topics (score descending). */
export interface BomboraWeek {
  /** Monday 00:00 UTC of the latest week with any Bombora row. */
  week: number;
  /** At most `topTopics` [topic, score] pairs with score ≥ `minTopicScore`; a topic's best score. */
  top: Array<[string, number]>;
}

export interface ScoreState {
  /** The time `values` hold for (epoch ms). */
  asOf: number;
  /** Per component of the layout, its decayed sum at `asOf`. */
  values: number[];
  /** Effective time of the latest signal of an enabled source; null when none. */
  lastSignalAt: number | null;
  bombora: BomboraWeek | null;
}

export function emptyState(layout: ScoringLayout, asOf: number): ScoreState {
  return { asOf, values: new Array<number>(layout.components.length).fill(0), lastSignalAt: null, bombora: null };
}

/** The state carried forward to `to` (≥ its asOf): every component decays by its own half-life. */
export function advanceState(layout: ScoringLayout, state: ScoreState, to: number): ScoreState {
  const dt = Math.max(0, to - state.asOf);
  const values = state.values.map((v, k) => (v === 0 || dt === 0 ? v : v * decayFactor(dt, layout.components[k].halfLifeMs)));
  return { asOf: Math.max(to, state.asOf), values, lastSignalAt: state.lastSignalAt, bombora: cloneBombora(state.bombora) };
}

function cloneBombora(b: BomboraWeek | null): BomboraWeek | null {
  return b === null ? null : { week: b.week, top: b.top.map(([t, s]) => [t, s]) };
}

/** Adds one signal to a state (in place), at the state's `asOf`. Returns whether it counted. */
export function addSignal(layout: ScoringLayout, state: ScoreState, signal: ScoringSignal): boolean {
  const at = effectiveTime(signal);
  if (signal.source === 'bombora') {
    const bombora = layout.config.sources.bombora;
    if (!bombora.enabled || signal.topic == null || signal.topic === '' || signal.score == null) return false;
    state.bombora = mergeBombora(state.bombora, { week: weekStart(at), top: [[signal.topic, signal.score]] }, bombora);
  } else {
    const k = layout.index.get(signal.source)?.get(signal.type);
    if (k === undefined) return false;
    const component = layout.components[k];
    state.values[k] += component.increment * signal.count * decayFactor(state.asOf - at, component.halfLifeMs);
  }
  if (state.lastSignalAt === null || at > state.lastSignalAt) state.lastSignalAt = at;
  return true;
}

/**
 * The later week wins; within one week a topic keeps its best score and only the best
 * `topTopics` qualifying topics are kept. Keeping only those is exact: a topic dropped from the
 * top list can only come back with a higher score, and then it is a new entry.
 */
export function mergeBombora(
  a: BomboraWeek | null,
  b: BomboraWeek | null,
  config: { minTopicScore: number; topTopics: number },
): BomboraWeek | null {
  if (a === null || b === null) return qualify(a ?? b, config);
  if (a.week !== b.week) return qualify(a.week > b.week ? a : b, config);
  const best = new Map<string, number>();
  for (const [topic, score] of [...a.top, ...b.top]) best.set(topic, Math.max(score, best.get(topic) ?? -Infinity));
  return qualify({ week: a.week, top: [...best] }, config);
}

function qualify(b: BomboraWeek | null, config: { minTopicScore: number; topTopics: number }): BomboraWeek | null {
  if (b === null) return null;
  const top = b.top
    .filter(([, score]) => score >= config.minTopicScore)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, config.topTopics)
    .map(([t, s]): [string, number] => [t, s]);
  return { week: b.week, top };
}

/** `a` and `b` at the same asOf, summed: the state of both signal sets together. */
export function mergeStates(layout: ScoringLayout, a: ScoreState, b: ScoreState): ScoreState {
  if (a.asOf !== b.asOf) throw new RangeError('states must be advanced to the same time before merging');
  return {
    asOf: a.asOf,
    values: a.values.map((v, k) => v + b.values[k]),
    lastSignalAt: a.lastSignalAt === null ? b.lastSignalAt : b.lastSignalAt === null ? a.lastSignalAt : Math.max(a.lastSignalAt, b.lastSignalAt),
    bombora: mergeBombora(a.bombora, b.bombora, layout.config.sources.bombora),
  };
}

// ---- scores ------------------------------------------------------------------------------------

export type SourceScores = Record<ScoreSource, number>;

export interface ScoreBreakdown {
  /** Per source, before the cap at 100 and rounding. */
  raw: SourceScores;
  /** Per source, integers 0–100; 0 for a source that is switched off. */
  scores: SourceScores;
  accountScore: number;
}

function componentAt(layout: ScoringLayout, state: ScoreState, k: number, t: number): number {
  const c = layout.components[k];
  const v = state.values[k];
  if (v === 0) return 0;
  return Math.min(c.cap, v * decayFactor(t - state.asOf, c.halfLifeMs));
}

export function sourceRawAt(layout: ScoringLayout, state: ScoreState, source: DecaySource, t: number): number {
  let raw = 0;
  for (const k of layout.bySource[source]) raw += componentAt(layout, state, k, t);
  return raw;
}

export function bomboraRawAt(layout: ScoringLayout, state: ScoreState, t: number): number {
  const b = state.bombora;
  if (!layout.config.sources.bombora.enabled || b === null || b.top.length === 0) return 0;
  const mean = b.top.reduce((sum, [, s]) => sum + s, 0) / b.top.length;
  return mean * decayFactor(t - b.week, layout.config.sources.bombora.halfLifeDays * DAY_MS);
}

const toScore = (raw: number) => roundHalfUp(Math.min(100, raw));

/**
 * `round(Σ w·score / Σ w)` over enabled sources, in exact integer arithmetic: weights count in
 * millionths, so the mean of rounded source scores never suffers from float error at a half.
 */
export function accountScoreOf(config: ScoringConfig, scores: SourceScores): number {
  let numerator = 0;
  let denominator = 0;
  for (const source of ['website', 'g2', 'linkedin', 'bombora'] as const) {
    const s = config.sources[source];
    if (!s.enabled) continue;
    const w = Math.round(s.weight * 1e6);
    numerator += w * scores[source];
    denominator += w;
  }
  return denominator === 0 ? 0 : Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** Source and account scores of a state at time `t` (≥ its asOf). */
export function scoresAt(layout: ScoringLayout, state: ScoreState, t: number): ScoreBreakdown {
  const raw: SourceScores = {
    website: sourceRawAt(layout, state, 'website', t),
    g2: sourceRawAt(layout, state, 'g2', t),
    linkedin: sourceRawAt(layout, state, 'linkedin', t),
    bombora: bomboraRawAt(layout, state, t),
  };
  const scores: SourceScores = { website: toScore(raw.website), g2: toScore(raw.g2), linkedin: toScore(raw.linkedin), bombora: toScore(raw.bombora) };
  return { raw, scores, accountScore: accountScoreOf(layout.config, scores) };
}

/** Canonical order, so a from-scratch sum is the same whatever order the signals came in. */
function compareSignals(a: ScoringSignal, b: ScoringSignal): number {
  const keys = (s: ScoringSignal) => [s.source, s.type, effectiveTime(s), s.count, s.topic ?? '', s.score ?? -1] as const;
  const [x, y] = [keys(a), keys(b)];
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}

/** The state of a set of signals at time `now`, from scratch. */
export function stateOfSignals(layout: ScoringLayout, signals: readonly ScoringSignal[], now: number): ScoreState {
  const state = emptyState(layout, now);
  for (const signal of [...signals].sort(compareSignals)) addSignal(layout, state, signal);
  return state;
}

/** SPEC §4.3 for one account's signals at time `now`. */
export function scoreSignals(config: ScoringConfig | ScoringLayout, signals: readonly ScoringSignal[], now: number): ScoreBreakdown {
  const layout = 'components' in config ? config : scoringLayout(config);
  return scoresAt(layout, stateOfSignals(layout, signals, now), now);
}

/** What one signal adds to its source's raw score at time `t`, before any cap. */
export function signalValueAt(layout: ScoringLayout, signal: ScoringSignal, t: number): number {
  const k = layout.index.get(signal.source)?.get(signal.type);
  if (k === undefined) return 0;
  const c = layout.components[k];
  return c.increment * signal.count * decayFactor(t - effectiveTime(signal), c.halfLifeMs);
}

// ---- journey -----------------------------------------------------------------------------------

export const JOURNEY_RULES = {
  'customer.won_deal': 'an associated deal is in a won stage',
  'opportunity.open_deal': 'an associated deal is open',
  'consideration.score': 'account score at or above the Consideration threshold',
  'consideration.activities': 'enough sales activities in the window for Consideration',
  'aware.score': 'account score at or above the Aware threshold',
  'aware.signal': 'a signal in the window',
  'aware.activity': 'a sales activity in the window',
  'unaware.default': 'no other rule matched',
} as const;
export type JourneyRule = keyof typeof JOURNEY_RULES;

export interface JourneyFacts {
  hasWonDeal: boolean;
  hasOpenDeal: boolean;
  /** Sales activities that occurred in the window (at or after `now − windowDays`). */
  activitiesInWindow: number;
  /** Effective time of the latest signal of an enabled source. */
  lastSignalAt: number | null;
}

export interface JourneyResult {
  stage: JourneyStage;
  rule: JourneyRule;
}

/** SPEC §4.4: the first rule that matches, from the bottom of the funnel (Customer) up. */
export function journeyStage(config: JourneyConfig, accountScore: number, facts: JourneyFacts, now: number): JourneyResult {
  const windowStart = now - config.windowDays * DAY_MS;
  const atLeast = (value: number, threshold: number | null) => threshold !== null && value >= threshold;
  if (config.customerOnWonDeal && facts.hasWonDeal) return { stage: 'Customer', rule: 'customer.won_deal' };
  if (config.opportunityOnOpenDeal && facts.hasOpenDeal) return { stage: 'Opportunity', rule: 'opportunity.open_deal' };
  if (atLeast(accountScore, config.considerationMinScore)) return { stage: 'Consideration', rule: 'consideration.score' };
  if (atLeast(facts.activitiesInWindow, config.considerationMinActivities)) return { stage: 'Consideration', rule: 'consideration.activities' };
  if (atLeast(accountScore, config.awareMinScore)) return { stage: 'Aware', rule: 'aware.score' };
  if (config.awareOnSignal && facts.lastSignalAt !== null && facts.lastSignalAt >= windowStart) return { stage: 'Aware', rule: 'aware.signal' };
  if (atLeast(facts.activitiesInWindow, config.awareMinActivities)) return { stage: 'Aware', rule: 'aware.activity' };
  return { stage: 'Unaware', rule: 'unaware.default' };
}

// ---- one account -------------------------------------------------------------------------------

export interface AccountFacts {
  hasWonDeal: boolean;
  hasOpenDeal: boolean;
  activitiesInWindow: number;
  /** The oldest activity still in the window: when it leaves, the count drops. */
  earliestActivityInWindow: number | null;
}

export interface AccountEvaluation extends ScoreBreakdown {
  journey: JourneyResult;
  /**
   * The earliest time at which the passing of time alone can change this account's output (a
   * rounded score dropping, an activity or signal leaving the window); null when it never can.
   * Never later than the real change, so a run at or after it recomputes the account in time.
   */
  nextCheckAt: number | null;
}

/** Everything a run decides for one account at time `t`, from its state advanced to `t`. */
export function evaluateAccount(layout: ScoringLayout, state: ScoreState, t: number, facts: AccountFacts): AccountEvaluation {
  const breakdown = scoresAt(layout, state, t);
  const journey = journeyStage(layout.config.journey, breakdown.accountScore, { ...facts, lastSignalAt: state.lastSignalAt }, t);
  return { ...breakdown, journey, nextCheckAt: nextCheckAt(layout, state, t, breakdown, facts) };
}

function nextCheckAt(layout: ScoringLayout, state: ScoreState, t: number, breakdown: ScoreBreakdown, facts: AccountFacts): number | null {
  const window = layout.config.journey.windowDays * DAY_MS;
  let next = Number.POSITIVE_INFINITY;
  for (const source of DECAY_SOURCES) {
    const at = decayBoundary(layout, state, source, t, breakdown.scores[source]);
    if (at !== null) next = Math.min(next, at);
  }
  const bombora = bomboraBoundary(layout, state, breakdown.scores.bombora);
  if (bombora !== null) next = Math.min(next, bombora);
  if (facts.activitiesInWindow > 0 && facts.earliestActivityInWindow !== null) next = Math.min(next, facts.earliestActivityInWindow + window);
  if (layout.config.journey.awareOnSignal && state.lastSignalAt !== null && state.lastSignalAt + window >= t) {
    next = Math.min(next, state.lastSignalAt + window);
  }
  return Number.isFinite(next) ? Math.max(t, Math.floor(next)) : null;
}

/**
 * When source `source`'s rounded score first drops below `score`: the raw value falls under
 * `score − ½`. The raw value is a sum of capped, decaying terms — decreasing and continuous — so
 * bisection to the second finds it; the lower end is returned (the change has not happened yet).
 */
function decayBoundary(layout: ScoringLayout, state: ScoreState, source: DecaySource, t: number, score: number): number | null {
  if (score <= 0) return null;
  const target = score - 0.5 - ROUND_EPSILON;
  const raw = (at: number) => sourceRawAt(layout, state, source, at);
  let total = 0;
  let slowest = 0;
  let fastest = Number.POSITIVE_INFINITY;
  let capped = false;
  for (const k of layout.bySource[source]) {
    const c = layout.components[k];
    const v = state.values[k] * decayFactor(t - state.asOf, c.halfLifeMs);
    if (v > 0) {
      total += v;
      slowest = Math.max(slowest, c.halfLifeMs);
      fastest = Math.min(fastest, c.halfLifeMs);
      if (v >= c.cap) capped = true;
    }
  }
  if (total <= target) return t;
  // The common case in closed form: one half-life and no term at its cap — a single exponential.
  if (slowest === fastest && !capped) return t + Math.max(0, slowest * Math.log2(total / target) - 1000);
  if (raw(t) < target) return t;
  // Every term decays at least as fast as the slowest half-life: past this the sum is below target.
  let lo = t;
  let hi = t + slowest * Math.log2(total / target) + 1000;
  while (hi - lo > 1000) {
    const mid = lo + (hi - lo) / 2;
    if (raw(mid) < target) hi = mid;
    else lo = mid;
  }
  return lo;
}

function bomboraBoundary(layout: ScoringLayout, state: ScoreState, score: number): number | null {
  const b = state.bombora;
  if (score <= 0 || b === null || b.top.length === 0) return null;
  const mean = b.top.reduce((sum, [, s]) => sum + s, 0) / b.top.length;
  const target = score - 0.5 - ROUND_EPSILON;
  const halfLife = layout.config.sources.bombora.halfLifeDays * DAY_MS;
  // mean · 2^(−(x − week)/h) < target  ⇔  x > week + h·log2(mean/target); a second early.
  return b.week + halfLife * Math.log2(mean / target) - 1000;
}

// ---- storage form ------------------------------------------------------------------------------

/** The state as stored: components by `source:type`, only those that are not zero. */
export interface StoredScoreState {
  c: Record<string, number>;
  l: number | null;
  b: BomboraWeek | null;
}

export function encodeState(layout: ScoringLayout, state: ScoreState): StoredScoreState {
  const c: Record<string, number> = {};
  state.values.forEach((v, k) => {
    if (v !== 0) c[`${layout.components[k].source}:${layout.components[k].type}`] = v;
  });
  return { c, l: state.lastSignalAt, b: state.bombora };
}

export function decodeState(layout: ScoringLayout, stored: StoredScoreState, asOf: number): ScoreState {
  const state = emptyState(layout, asOf);
  for (const [key, v] of Object.entries(stored.c)) {
    const [source, type] = key.split(':');
    const k = layout.index.get(source)?.get(type);
    if (k !== undefined) state.values[k] = v;
  }
  state.lastSignalAt = stored.l;
  state.bombora = stored.b;
  return state;
}
