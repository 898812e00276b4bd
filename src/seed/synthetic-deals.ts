import { hash32, SeededRandom } from './seeded-random.js';
import type { PipelineItem } from '../modules/deal-stages/deal-stages.schema.js';
import type { DealItem } from '../modules/deals/deals.schema.js';
import {
  accountDraw,
  buyingMoment,
  companyName,
  currencyOf,
  DAY_MS,
  DEAL_WINDOW_DAYS,
  DEFAULT_SIGNAL_LEAD_DAYS,
  drawAccount,
  inMarket,
  logNormal,
  ownerOf,
  SALES_REPS,
  type AccountDraw,
  type TierShares,
} from './synthetic-sales.js';

/**
 * Realistic synthetic deals for `intentbase seed --deals N`. Pure and streaming: deal `i` of seed
 * `s` is computed from (s, i), the pool of account domains and the day alone, so the same seed
 * always gives the same deals (same externalDealIds, so seeding again updates instead of adding).
 *
 * Shape of the data: deals go mostly to the accounts the seeded signals make hot or warm (the same
 * heat order), a few to companies that are not accounts yet (the API keeps them unlinked until the
 * account exists). A deal opens at its account's buying moment (synthetic-sales.ts `buyingMoment`,
 * within a week after it) — the moment the account's seeded signals lead up to — so start dates
 * spread over the last 180 days; an account that is not in market, or whose moment is still ahead
 * (its deal has not opened yet), is redrawn. With `leadDays` 0 (`--signal-lead 0`) deals follow a heat order of their own and
 * open at uniform times in the last 180 days: no relationship to the signals. A deal has a sales
 * cycle of weeks to months; once the cycle has run it is closed — won or, more often, lost — and
 * before that it sits in a stage that matches how far through the cycle it is. Each deal comes with
 * the stages it went through, so pushing them one after another gives it a real stage history.
 * Amounts are log-normal: most deals in the tens of thousands, a long tail of large ones.
 */

export interface SeedStage {
  stageId: string;
  stageLabel: string;
}

export interface SeedPipeline {
  pipelineId: string;
  pipelineLabel: string;
  /** Open stages in funnel order. */
  open: readonly SeedStage[];
  won: SeedStage;
  lost: SeedStage;
}

const WON: SeedStage = { stageId: 'closedwon', stageLabel: 'Closed Won' };
const LOST: SeedStage = { stageId: 'closedlost', stageLabel: 'Closed Lost' };

export const NEW_BUSINESS_PIPELINE: SeedPipeline = {
  pipelineId: 'seed-new-business',
  pipelineLabel: 'New Business',
  open: [
    { stageId: 'discovery', stageLabel: 'Discovery' },
    { stageId: 'qualification', stageLabel: 'Qualification' },
    { stageId: 'demo', stageLabel: 'Demo' },
    { stageId: 'proposal', stageLabel: 'Proposal' },
    { stageId: 'negotiation', stageLabel: 'Negotiation' },
  ],
  won: WON,
  lost: LOST,
};

export const EXPANSION_PIPELINE: SeedPipeline = {
  pipelineId: 'seed-renewals-expansion',
  pipelineLabel: 'Renewals & Expansion',
  open: [
    { stageId: 'identified', stageLabel: 'Identified' },
    { stageId: 'scoping', stageLabel: 'Scoping' },
    { stageId: 'quote-sent', stageLabel: 'Quote Sent' },
  ],
  won: WON,
  lost: LOST,
};

/** The pipelines synthetic deals use. Their won and lost labels are what the journey rules read (SPEC §4.4). */
export const SEED_PIPELINES: readonly SeedPipeline[] = [NEW_BUSINESS_PIPELINE, EXPANSION_PIPELINE];

/** A seed pipeline as `POST /deal-stages` takes it: open stages in order, then won and lost. */
export function pipelineDefinition(pipeline: SeedPipeline): PipelineItem {
  return {
    pipelineId: pipeline.pipelineId,
    pipelineLabel: pipeline.pipelineLabel,
    stages: [...pipeline.open, pipeline.won, pipeline.lost].map((s) => ({ stageId: s.stageId, stageLabel: s.stageLabel })),
  };
}

export type DealOutcome = 'open' | 'won' | 'lost';

export interface SyntheticDeal {
  /** The deal as it stands now: what the last push sends. */
  deal: DealItem;
  /** The stages it went through, oldest first; the last is the deal's current stage. */
  stages: SeedStage[];
  outcome: DealOutcome;
}

export interface SyntheticDealOptions {
  seed: number;
  /** Normalised domains of existing accounts to draw from (may be empty: then every deal is for an unknown company). */
  pool: readonly string[];
  /** Epoch ms; dates count back from its UTC day, so a re-run the same day changes nothing. */
  now: number;
  /** Days of intent before a deal opens (default 60, as for signals); 0: deals independent of signals. */
  leadDays?: number;
}

/** Hot accounts (3 %) get 30 % of the deals, warm ones (15 %) 35 %; 4 % go to companies that are not accounts. */
const DEAL_SHARES: TierShares = { hot: 0.3, warm: 0.35, unknown: 0.04 };
/** Tries to find an account in market whose buying moment has passed before settling for a random day. */
const MOMENT_TRIES = 8;
/** Deals open up to this many days after the buying moment. */
const OPENING_JITTER_DAYS = 7;
/** Share of the intermediate stages a deal skips (CRMs let reps jump ahead). */
const SKIP_STAGE = 0.2;
/** Share of deals past their cycle that stall open instead of closing. */
const STALLED = 0.08;

const PRODUCTS = ['Platform', 'ABM Suite', 'Intent Data', 'Enterprise Plan', 'Growth Plan', 'Analytics Add-on', 'Pilot'] as const;

/** Rounded the way reps enter amounts: to 100 below 10k, 500 below 100k, 5000 above. */
function roundAmount(value: number): number {
  const step = value < 10_000 ? 100 : value < 100_000 ? 500 : 5_000;
  return Math.max(step, Math.round(value / step) * step);
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first stage, the last, and the ones between that were not skipped. */
function progression(rng: SeededRandom, reached: readonly SeedStage[]): SeedStage[] {
  if (reached.length <= 2) return [...reached];
  const middle = reached.slice(1, -1).filter(() => !rng.chance(SKIP_STAGE));
  return [reached[0], ...middle, reached[reached.length - 1]];
}

/** Deal `index` (0-based) of the synthetic set for these options. */
export function syntheticDeal(
  index: number,
  options: SyntheticDealOptions,
  draw: AccountDraw = accountDraw(options.seed, options.pool, (options.leadDays ?? DEFAULT_SIGNAL_LEAD_DAYS) === 0),
): SyntheticDeal {
  const rng = new SeededRandom(hash32(options.seed, index, 0xdea1));
  const today = Math.floor(options.now / DAY_MS) * DAY_MS;
  const { domain, hot, start } = dealOpening(rng, draw, options, today);
  const expansion = rng.chance(0.2);
  const pipeline = expansion ? EXPANSION_PIPELINE : NEW_BUSINESS_PIPELINE;
  const company = companyName(domain);

  const age = Math.round((today - start) / DAY_MS);
  const cycle = Math.min(300, Math.max(10, Math.round(logNormal(rng, expansion ? 35 : 70, 0.5))));

  let outcome: DealOutcome;
  let stages: SeedStage[];
  const { open } = pipeline;
  if (age >= cycle && !rng.chance(STALLED)) {
    outcome = rng.chance(expansion ? 0.7 : hot ? 0.45 : 0.3) ? 'won' : 'lost';
    // A won deal went through the funnel; a lost one dropped out somewhere along it.
    const reached = outcome === 'won' ? open : open.slice(0, 1 + rng.int(open.length));
    stages = [...progression(rng, reached), outcome === 'won' ? pipeline.won : pipeline.lost];
  } else {
    outcome = 'open';
    stages = progression(rng, open.slice(0, Math.min(open.length, 1 + Math.floor((age / cycle) * open.length))));
  }
  const current = stages[stages.length - 1];

  const amount = roundAmount(logNormal(rng, expansion ? 12_000 : 28_000, 1) * (hot ? 1.5 : 1));
  const year = new Date(start).getUTCFullYear() + 1;
  const name = expansion
    ? rng.pick([`${company} - Renewal FY${String(year).slice(2)}`, `${company} - Seat expansion`, `${company} - Upsell: Intent Data`, `${company} - Add-on: Advertising`])
    : `${company} - ${rng.pick(PRODUCTS)}`;
  const owner = rng.chance(0.85) ? ownerOf(domain) : rng.pick(SALES_REPS);

  const deal: DealItem = {
    externalDealId: `seed-${options.seed}-deal-${index}`,
    name,
    amount,
    stageId: current.stageId,
    stageLabel: current.stageLabel,
    pipelineId: pipeline.pipelineId,
    pipelineLabel: pipeline.pipelineLabel,
    startDate: isoDate(start),
    ownerName: owner.name,
    ownerEmail: owner.email,
    ownerId: owner.id,
    dealCurrencyCode: currencyOf(domain),
    associatedAccounts: [{ domain, name: company }],
  };
  if (outcome !== 'open') deal.closedDate = isoDate(start + cycle * DAY_MS);
  return { deal, stages, outcome };
}

/**
 * Which account a deal is for and the day it opened (a UTC midnight, 1–180 days ago): at the
 * account's buying moment (or up to a week after) when its signals lead to it, else a uniform day.
 */
function dealOpening(rng: SeededRandom, draw: AccountDraw, options: SyntheticDealOptions, today: number): { domain: string; hot: boolean; start: number } {
  const leadDays = options.leadDays ?? DEFAULT_SIGNAL_LEAD_DAYS;
  const randomDay = () => today - (1 + rng.int(DEAL_WINDOW_DAYS)) * DAY_MS;
  for (let attempt = 0; ; attempt += 1) {
    const { domain, known, hot, tail } = drawAccount(rng, draw, DEAL_SHARES);
    if (leadDays === 0 || !known) return { domain, hot, start: randomDay() };
    const start = buyingMoment(options.seed, domain, options.now, leadDays) + rng.int(OPENING_JITTER_DAYS + 1) * DAY_MS;
    if (inMarket(options.seed, domain, tail) && start < today) return { domain, hot, start };
    if (attempt + 1 >= MOMENT_TRIES) return { domain, hot, start: randomDay() };
  }
}

/** Deals `start` … `start + count - 1`, generated one at a time. */
export function* syntheticDeals(count: number, options: SyntheticDealOptions & { start?: number }): Generator<SyntheticDeal> {
  const draw = accountDraw(options.seed, options.pool, (options.leadDays ?? DEFAULT_SIGNAL_LEAD_DAYS) === 0);
  const start = options.start ?? 0;
  for (let i = start; i < start + count; i += 1) yield syntheticDeal(i, options, draw);
}
