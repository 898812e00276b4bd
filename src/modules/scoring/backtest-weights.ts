import { hash32 } from '../../seed/seeded-random.js';
import { hashString } from '../../seed/synthetic-sales.js';
import { addToTable, aucOf, aucOfCounts, emptyTable } from './backtest-stats.js';
import { SCORE_SOURCES, type ScoreSource, type ScoringConfig } from './scoring-config.js';
import { accountScoreOf, type SourceScores } from './scoring-model.js';

/**
 * Weight suggestion for the backtest (docs/scoring.md, "Fitting the weights"): the source weights
 * — non-negative, summing to 1 — under which the account score ranks the accounts that went on to
 * open a deal highest (ROC AUC), fitted on one half of the accounts and judged on the other.
 *
 * The account score is a weighted mean of the four rounded source scores (scoring-model.ts,
 * `accountScoreOf`, used as is), so all the fit needs per account is its four source scores and its
 * outcome. Accounts with the same four scores are interchangeable: they are counted together, and
 * one evaluation of a set of weights costs one pass over the distinct combinations.
 */

/** Per distinct combination of source scores: positives and negatives in the fit half and the held-out half. */
export interface ScoreCombinations {
  readonly counts: Map<number, Float64Array>;
}

const FIT_POSITIVE = 0;
const FIT_NEGATIVE = 1;
const HELD_POSITIVE = 2;
const HELD_NEGATIVE = 3;

export function emptyCombinations(): ScoreCombinations {
  return { counts: new Map() };
}

const keyOf = (s: SourceScores) => s.website + 101 * (s.g2 + 101 * (s.linkedin + 101 * s.bombora));
const scoresOfKey = (key: number): SourceScores => ({
  website: key % 101,
  g2: Math.floor(key / 101) % 101,
  linkedin: Math.floor(key / 101 ** 2) % 101,
  bombora: Math.floor(key / 101 ** 3),
});

/** Which half an account falls in: a seeded hash of its id, so the split is random but reproducible. */
export function isHeldOut(accountId: string, seed: number): boolean {
  return (hash32(seed, hashString(accountId)) & 1) === 1;
}

export function addCombination(combinations: ScoreCombinations, scores: SourceScores, positive: boolean, heldOut: boolean): void {
  const key = keyOf(scores);
  let counts = combinations.counts.get(key);
  if (!counts) combinations.counts.set(key, (counts = new Float64Array(4)));
  counts[heldOut ? (positive ? HELD_POSITIVE : HELD_NEGATIVE) : positive ? FIT_POSITIVE : FIT_NEGATIVE] += 1;
}

export type Weights = Record<ScoreSource, number>;

/** The configuration with other source weights (everything else as it is). */
export function withWeights(config: ScoringConfig, weights: Weights): ScoringConfig {
  return {
    ...config,
    sources: {
      website: { ...config.sources.website, weight: weights.website },
      g2: { ...config.sources.g2, weight: weights.g2 },
      linkedin: { ...config.sources.linkedin, weight: weights.linkedin },
      bombora: { ...config.sources.bombora, weight: weights.bombora },
    },
  };
}

/** Bins per score point of the fit's objective: the weighted mean to a hundredth of a point. */
const FIT_RESOLUTION = 100;
const fitPositives = new Float64Array(100 * FIT_RESOLUTION + 1);
const fitNegatives = new Float64Array(100 * FIT_RESOLUTION + 1);

/** The fit half's combinations as flat arrays, decoded once: the search evaluates thousands of weights. */
interface FitHalf {
  scores: Record<ScoreSource, Float64Array>;
  positives: Float64Array;
  negatives: Float64Array;
}

function fitHalf(combinations: ScoreCombinations): FitHalf {
  const entries = [...combinations.counts].filter(([, c]) => c[FIT_POSITIVE] > 0 || c[FIT_NEGATIVE] > 0);
  const column = (pick: (key: number, counts: Float64Array) => number) => Float64Array.from(entries, ([key, counts]) => pick(key, counts));
  return {
    scores: {
      website: column((key) => scoresOfKey(key).website),
      g2: column((key) => scoresOfKey(key).g2),
      linkedin: column((key) => scoresOfKey(key).linkedin),
      bombora: column((key) => scoresOfKey(key).bombora),
    },
    positives: column((_, counts) => counts[FIT_POSITIVE]),
    negatives: column((_, counts) => counts[FIT_NEGATIVE]),
  };
}

/**
 * What the search maximises: the AUC on the fit half of the weighted mean of the source scores
 * before the account score rounds it (weights summing to 1). Rounding is the score's display step;
 * on the rounded score, weight moved onto a source that ranks nobody coarsens the ties and shifts
 * the AUC by chance — noise a search would chase. The reported AUCs are of the rounded score.
 */
function fitObjective(half: FitHalf, weights: Weights): number | null {
  fitPositives.fill(0);
  fitNegatives.fill(0);
  const { website, g2, linkedin, bombora } = half.scores;
  const top = fitPositives.length - 1;
  for (let i = 0; i < half.positives.length; i += 1) {
    const mean = weights.website * website[i] + weights.g2 * g2[i] + weights.linkedin * linkedin[i] + weights.bombora * bombora[i];
    const bin = Math.min(top, Math.max(0, Math.round(mean * FIT_RESOLUTION)));
    fitPositives[bin] += half.positives[i];
    fitNegatives[bin] += half.negatives[i];
  }
  return aucOfCounts(fitPositives, fitNegatives);
}

/** The AUC of the account score (as the model rounds it) under these weights, on one half. */
export function aucWithWeights(config: ScoringConfig, combinations: ScoreCombinations, weights: Weights, half: 'fit' | 'held-out'): number | null {
  const weighted = withWeights(config, weights);
  const table = emptyTable();
  const [p, n] = half === 'fit' ? [FIT_POSITIVE, FIT_NEGATIVE] : [HELD_POSITIVE, HELD_NEGATIVE];
  for (const [key, counts] of combinations.counts) {
    if (counts[p] === 0 && counts[n] === 0) continue;
    const score = accountScoreOf(weighted, scoresOfKey(key));
    if (counts[p] > 0) addToTable(table, score, true, counts[p]);
    if (counts[n] > 0) addToTable(table, score, false, counts[n]);
  }
  return aucOf(table);
}

export interface WeightSuggestion {
  /** How the weights were fitted, in a sentence (the report says it beside the figures). */
  method: string;
  /** The seed of the split into halves. */
  seed: number;
  enabledSources: ScoreSource[];
  current: { weights: Weights; heldOutAuc: number | null };
  suggested: { weights: Weights; heldOutAuc: number | null; fitAuc: number | null };
  /** Accounts and positives per half. */
  halves: { fit: { accounts: number; positives: number }; heldOut: { accounts: number; positives: number } };
}

/** The current weights of the enabled sources scaled to sum to 1 (equal when they are all 0); others 0. */
function normalised(config: ScoringConfig, enabled: readonly ScoreSource[]): Weights {
  const weights: Weights = { website: 0, g2: 0, linkedin: 0, bombora: 0 };
  const total = enabled.reduce((sum, s) => sum + config.sources[s].weight, 0);
  // Six decimals: what the report shows (a sum may then differ from 1 in the sixth decimal).
  for (const s of enabled) weights[s] = Math.round((total > 0 ? config.sources[s].weight / total : 1 / enabled.length) * 1e6) / 1e6;
  return weights;
}

/** `weights` with source `source` set to `value` and the other enabled sources rescaled to fill the rest. */
function moved(weights: Weights, enabled: readonly ScoreSource[], source: ScoreSource, value: number): Weights {
  const next = { ...weights, [source]: value };
  const others = enabled.filter((s) => s !== source);
  const rest = others.reduce((sum, s) => sum + weights[s], 0);
  for (const s of others) next[s] = rest > 0 ? (weights[s] * (1 - value)) / rest : (1 - value) / others.length;
  return next;
}

/** Three decimals, still summing to exactly 1 (the remainder goes to the largest weight). */
function rounded(weights: Weights, enabled: readonly ScoreSource[]): Weights {
  const next = { ...weights };
  for (const s of enabled) next[s] = Math.round(weights[s] * 1000) / 1000;
  const largest = enabled.reduce((a, b) => (next[b] > next[a] ? b : a));
  next[largest] = Math.round((1 - enabled.filter((s) => s !== largest).reduce((sum, s) => sum + next[s], 0)) * 1000) / 1000;
  return next;
}

const MAX_PASSES = 20;
/**
 * Fit AUC a source may cost and still be dropped: weight on a source that adds nothing to the
 * ranking (every score 0, say) is no finding, and a suggestion should not carry it.
 */
const PARSIMONY = 0.002;

function varies(combinations: ScoreCombinations, source: ScoreSource): boolean {
  let seen: number | undefined;
  for (const key of combinations.counts.keys()) {
    const score = scoresOfKey(key)[source];
    if (seen !== undefined && score !== seen) return true;
    seen = score;
  }
  return false;
}

/** Only these sources, their weights scaled to sum to 1 (equal when they are all 0). */
function restricted(weights: Weights, sources: readonly ScoreSource[]): Weights {
  const next: Weights = { website: 0, g2: 0, linkedin: 0, bombora: 0 };
  const total = sources.reduce((sum, s) => sum + weights[s], 0);
  for (const s of sources) next[s] = total > 0 ? weights[s] / total : 1 / sources.length;
  return next;
}

/** Drops sources, smallest weight first, while the fit objective stays within PARSIMONY of the search's best. */
function pruned(half: FitHalf, enabled: readonly ScoreSource[], weights: Weights, bestAuc: number): Weights {
  let current = weights;
  for (const source of [...enabled].sort((a, b) => weights[a] - weights[b])) {
    if (current[source] === 0 || current[source] === 1) continue;
    const candidate = moved(current, enabled, source, 0);
    const auc = fitObjective(half, candidate);
    if (auc !== null && auc >= bestAuc - PARSIMONY) current = candidate;
  }
  return current;
}

/**
 * Coordinate search on the simplex: from the current weights, for one source at a time, try every
 * value on a grid (steps of 0.05 over 0–1, then of 0.01 within 0.05 of where the weight stands)
 * with the other sources rescaled to keep the sum at 1,
 * and keep a move only when it raises the AUC on the fit half; repeat until a whole pass finds
 * nothing. The AUC of a rounded score is a step function of the weights — no gradient to follow —
 * and with four sources a grid is cheap and deterministic. Starting from the current weights and
 * moving only on a strict gain means the suggestion stays where it is when nothing is better.
 * Last, sources whose weight buys (almost) nothing on the fit half are dropped (`pruned`).
 */
export function suggestWeights(config: ScoringConfig, combinations: ScoreCombinations, seed: number): WeightSuggestion {
  const enabled = SCORE_SOURCES.filter((s) => config.sources[s].enabled);
  const start = enabled.length === 0 ? { website: 0, g2: 0, linkedin: 0, bombora: 0 } : normalised(config, enabled);
  // A source with the same score for every account ranks nobody: weight on it only rescales the
  // others. It gets none, and the search moves weight among the sources that vary.
  const varying = enabled.filter((source) => varies(combinations, source));
  const half = fitHalf(combinations);
  let best = start;
  // Without positives or negatives on the fit half there is nothing to fit: the weights stay.
  if (fitObjective(half, start) !== null && varying.length > 0 && varying.length < enabled.length) best = restricted(start, varying);
  let bestAuc = fitObjective(half, best);
  if (varying.length >= 2 && bestAuc !== null) {
    // A coarse grid over the whole range, then a fine one around where each weight stands.
    for (const [step, reach] of [[0.05, 1], [0.01, 0.05]] as const) {
      for (let pass = 0; pass < MAX_PASSES; pass += 1) {
        let improved = false;
        for (const source of varying) {
          const centre = best[source];
          for (let i = 0; i * step <= 1 + 1e-9; i += 1) {
            const value = Math.min(1, i * step);
            if (Math.abs(value - centre) > reach + 1e-9) continue;
            const candidate = moved(best, varying, source, value);
            const auc = fitObjective(half, candidate);
            if (auc !== null && auc > bestAuc + 1e-12) {
              best = candidate;
              bestAuc = auc;
              improved = true;
            }
          }
        }
        if (!improved) break;
      }
    }
    best = pruned(half, varying, best, bestAuc);
  }
  // Nothing better found: the suggestion is the current weights, exactly.
  const suggested = best === start ? start : rounded(best, varying);
  const halves = { fit: { accounts: 0, positives: 0 }, heldOut: { accounts: 0, positives: 0 } };
  for (const counts of combinations.counts.values()) {
    halves.fit.accounts += counts[FIT_POSITIVE] + counts[FIT_NEGATIVE];
    halves.fit.positives += counts[FIT_POSITIVE];
    halves.heldOut.accounts += counts[HELD_POSITIVE] + counts[HELD_NEGATIVE];
    halves.heldOut.positives += counts[HELD_POSITIVE];
  }
  const round6 = (v: number | null) => (v === null ? null : Math.round(v * 1e6) / 1e6);
  return {
    method:
      'coordinate search over non-negative weights summing to 1 (grid steps 0.05, then 0.01 near each weight; one source at a time, the others rescaled), ' +
      'maximising the AUC of the weighted mean of the source scores (before rounding) on a seeded random half of the accounts, then dropping ' +
      'sources that add under 0.002 to it; both AUCs below are of the account score as the model rounds it, on the other half',
    seed,
    enabledSources: enabled,
    current: { weights: start, heldOutAuc: round6(aucWithWeights(config, combinations, start, 'held-out')) },
    suggested: {
      weights: suggested,
      heldOutAuc: round6(aucWithWeights(config, combinations, suggested, 'held-out')),
      fitAuc: round6(aucWithWeights(config, combinations, suggested, 'fit')),
    },
    halves,
  };
}
