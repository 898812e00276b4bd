import { SeededRandom } from '../../seed/seeded-random.js';

/**
 * The statistics of a scoring backtest (docs/scoring.md, "Does it predict?"), as pure functions.
 *
 * Every score the model produces is an integer 0–100, so everything a backtest reports about one
 * score — ROC AUC, lift per decile, precision and recall at the top — is a function of one small
 * table: how many accounts had each score value, split by outcome. The backtest streams accounts
 * into such tables and never holds the accounts themselves; the bootstrap resamples the table.
 */

export const SCORE_VALUES = 101;

/** Accounts (or bootstrap weights) per score value 0–100, by outcome. */
export interface ScoreTable {
  positives: Float64Array;
  negatives: Float64Array;
}

export function emptyTable(): ScoreTable {
  return { positives: new Float64Array(SCORE_VALUES), negatives: new Float64Array(SCORE_VALUES) };
}

export function addToTable(table: ScoreTable, score: number, positive: boolean, weight = 1): void {
  if (!Number.isInteger(score) || score < 0 || score >= SCORE_VALUES) throw new RangeError(`score ${score} is not an integer 0–100`);
  (positive ? table.positives : table.negatives)[score] += weight;
}

const sum = (values: Float64Array) => values.reduce((a, b) => a + b, 0);

/**
 * ROC AUC: the chance that a random positive account scores above a random negative one, ties
 * counting half (the Mann–Whitney U statistic over P·N). Null when either class is empty.
 */
export function aucOf(table: ScoreTable): number | null {
  return aucOfCounts(table.positives, table.negatives);
}

/** The AUC of counts per ordered score bin (bin i ranks below bin i + 1), of any number of bins. */
export function aucOfCounts(positivesByBin: Float64Array, negativesByBin: Float64Array): number | null {
  const positives = sum(positivesByBin);
  const negatives = sum(negativesByBin);
  if (positives === 0 || negatives === 0) return null;
  let below = 0;
  let wins = 0;
  for (let s = 0; s < positivesByBin.length; s += 1) {
    wins += positivesByBin[s] * (below + negativesByBin[s] / 2);
    below += negativesByBin[s];
  }
  return wins / (positives * negatives);
}

/** log(k!) for the Poisson sampler: a table for small k, Stirling's series beyond (error < 1e-12). */
const LOG_FACTORIALS = (() => {
  const table = new Float64Array(256);
  for (let k = 2; k < table.length; k += 1) table[k] = table[k - 1] + Math.log(k);
  return table;
})();

function logFactorial(k: number): number {
  if (k < LOG_FACTORIALS.length) return LOG_FACTORIALS[k];
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3) + 1 / (1260 * x ** 5);
}

/**
 * A Poisson draw: multiplication of uniforms below a mean of 10, otherwise Hörmann's transformed
 * rejection (PTRS, 1993) — exact at every mean, in a bounded number of uniforms on average.
 */
export function poissonDraw(rng: SeededRandom, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 10) {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = rng.next();
    while (product > limit) {
      k += 1;
      product *= rng.next();
    }
    return k;
  }
  const root = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * root;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng.next() - 0.5;
    const v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) return k;
  }
}

export interface Interval {
  low: number;
  high: number;
}

export interface BootstrapOptions {
  /** Resamples (default 1000). */
  replicates?: number;
  /** The same seed gives the same interval. */
  seed?: number;
  /** Coverage of the interval (default 0.95). */
  level?: number;
}

/**
 * A percentile bootstrap interval of the AUC. Accounts are resampled the Poisson way (each account
 * drawn Poisson(1) times, which for a table is a Poisson draw per cell with the cell's count as
 * mean): for large samples it agrees with drawing n accounts with replacement, and costs 202 draws
 * per replicate whatever the number of accounts. Null when the AUC itself is undefined.
 */
export function bootstrapAuc(table: ScoreTable, options: BootstrapOptions = {}): Interval | null {
  if (aucOf(table) === null) return null;
  const replicates = options.replicates ?? 1000;
  const level = options.level ?? 0.95;
  const rng = new SeededRandom(options.seed ?? 1);
  const values: number[] = [];
  const resampled = emptyTable();
  for (let r = 0; r < replicates; r += 1) {
    for (let s = 0; s < SCORE_VALUES; s += 1) {
      resampled.positives[s] = poissonDraw(rng, table.positives[s]);
      resampled.negatives[s] = poissonDraw(rng, table.negatives[s]);
    }
    const auc = aucOf(resampled);
    if (auc !== null) values.push(auc);
  }
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  return { low: quantile(values, (1 - level) / 2), high: quantile(values, 1 - (1 - level) / 2) };
}

/** The q-quantile of sorted values, interpolating between order statistics. */
export function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.min(sorted.length - 1, lower + 1);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** Accounts ranked by score, highest first: where each score value's accounts sit in the ranking. */
interface RankedGroup {
  score: number;
  /** Ranking positions [start, start + count). */
  start: number;
  count: number;
  positives: number;
}

function rankedGroups(table: ScoreTable): RankedGroup[] {
  const groups: RankedGroup[] = [];
  let start = 0;
  for (let s = SCORE_VALUES - 1; s >= 0; s -= 1) {
    const count = table.positives[s] + table.negatives[s];
    if (count === 0) continue;
    groups.push({ score: s, start, count, positives: table.positives[s] });
    start += count;
  }
  return groups;
}

/**
 * Positives among ranking positions [from, to). Accounts with equal scores have no order between
 * them, so a group cut by a boundary contributes its positives pro rata: the expected count under
 * a random order of ties (fractional where a cut falls inside a tie).
 */
function positivesBetween(groups: readonly RankedGroup[], from: number, to: number): { positives: number; minScore: number | null; maxScore: number | null } {
  let positives = 0;
  let minScore: number | null = null;
  let maxScore: number | null = null;
  for (const group of groups) {
    const overlap = Math.min(to, group.start + group.count) - Math.max(from, group.start);
    if (overlap <= 0) continue;
    positives += (group.positives * overlap) / group.count;
    maxScore ??= group.score;
    minScore = group.score;
  }
  return { positives, minScore, maxScore };
}

export interface DecileLift {
  /** 1 is the top-scored tenth of the accounts. */
  decile: number;
  accounts: number;
  /** Expected under a random order of tied scores: fractional where a decile boundary cuts a tie. */
  positives: number;
  minScore: number | null;
  maxScore: number | null;
  positiveRate: number | null;
  /** The decile's positive rate ÷ the base rate; null without positives. */
  lift: number | null;
}

/** Accounts ranked by score and cut into ten equal parts (sizes differ by at most one). */
export function liftByDecile(table: ScoreTable): DecileLift[] {
  const groups = rankedGroups(table);
  const total = sum(table.positives) + sum(table.negatives);
  const baseRate = total === 0 ? 0 : sum(table.positives) / total;
  return Array.from({ length: 10 }, (_, k) => {
    const from = Math.floor((total * k) / 10);
    const to = Math.floor((total * (k + 1)) / 10);
    const { positives, minScore, maxScore } = positivesBetween(groups, from, to);
    const accounts = to - from;
    const positiveRate = accounts === 0 ? null : positives / accounts;
    return { decile: k + 1, accounts, positives: round6(positives), minScore, maxScore, positiveRate: nullableRound(positiveRate), lift: nullableRound(positiveRate === null || baseRate === 0 ? null : positiveRate / baseRate) };
  });
}

export interface TopShare {
  /** The share of accounts taken from the top of the ranking (0.1: the top 10 %). */
  share: number;
  accounts: number;
  positives: number;
  /** Positives among them ÷ accounts; null when no account is taken. */
  precision: number | null;
  /** Positives among them ÷ all positives; null without positives. */
  recall: number | null;
}

export function topShare(table: ScoreTable, share: number): TopShare {
  const total = sum(table.positives) + sum(table.negatives);
  const allPositives = sum(table.positives);
  const accounts = Math.round(total * share);
  const { positives } = positivesBetween(rankedGroups(table), 0, accounts);
  return {
    share,
    accounts,
    positives: round6(positives),
    precision: nullableRound(accounts === 0 ? null : positives / accounts),
    recall: nullableRound(allPositives === 0 ? null : positives / allPositives),
  };
}

export interface ScoreReport {
  accounts: number;
  positives: number;
  auc: number | null;
  /** The 95 % bootstrap interval of the AUC. */
  aucInterval: Interval | null;
  top: TopShare[];
  deciles: DecileLift[];
}

/** Everything the backtest says about one score: AUC with its interval, the top 10 % and 20 %, lift per decile. */
export function scoreReport(table: ScoreTable, bootstrap: BootstrapOptions = {}): ScoreReport {
  const interval = bootstrapAuc(table, bootstrap);
  const auc = aucOf(table);
  return {
    accounts: sum(table.positives) + sum(table.negatives),
    positives: sum(table.positives),
    auc: nullableRound(auc),
    aucInterval: interval === null ? null : { low: round6(interval.low), high: round6(interval.high) },
    top: [topShare(table, 0.1), topShare(table, 0.2)],
    deciles: liftByDecile(table),
  };
}

/** Reports carry six decimals: more is float noise, and it keeps them comparable across runs. */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
const nullableRound = (value: number | null) => (value === null ? null : round6(value));
