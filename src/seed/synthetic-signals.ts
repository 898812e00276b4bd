import { hash32, SeededPermutation, SeededRandom } from './seeded-random.js';
import { buyingMoment, DEAL_WINDOW_DAYS, DEFAULT_SIGNAL_LEAD_DAYS, inMarket, leadingSignalTime } from './synthetic-sales.js';
import type { SignalItem, SignalSource } from '../modules/signals/signals.schema.js';

/**
 * Realistic synthetic intent signals for `intentbase seed --signals N`. Pure and streaming: signal
 * `i` of seed `s` is computed from (s, i), the pool of account domains and "now" alone, so any
 * number of signals takes the memory of one batch.
 *
 * Shape of the data: interest is skewed in three tiers — 3 % of the accounts are hot and get 40 %
 * of the signals (more pricing and demo pages, stronger Bombora surges), 15 % are warm and get
 * 30 %, and the long tail shares the rest. Which accounts are hot is a seeded permutation of the
 * pool — the same one synthetic deals use, so hot accounts also get most deals. A share of signals
 * comes from companies that are not accounts yet (kept by the API, counted once the account exists).
 *
 * Timing — the relationship a backtest measures (`--signal-lead <days>`, docs/scoring.md): every
 * account in market (hot and warm ones, a quarter of the tail: synthetic-sales.ts `inMarket`) has a
 * buying moment (`buyingMoment`, the day its deals open, spread over the last 180 days and the next
 * `leadDays`), and 75 % of its signals fall in the `leadDays` before it, denser towards it; the
 * other 25 %, and every signal of an account that only browses, are background noise at any time
 * of the window. With `leadDays` 0 there is no relationship: every signal is at a uniform time in
 * the last 180 days (and deals go to an unrelated heat order, synthetic-deals.ts).
 */

const DAY_MS = 86_400_000;
/** Share of a known account's signals that are noise, unrelated to its buying moment. */
const BACKGROUND_SHARE = 0.25;
/** Share of signals from companies that are not accounts. */
const UNKNOWN_SHARE = 0.08;
/** [share of the accounts, share of the signals] of the hot and warm tiers; the rest is the tail. */
const HOT: readonly [number, number] = [0.03, 0.4];
const WARM: readonly [number, number] = [0.15, 0.3];

const SOURCES: ReadonlyArray<readonly [SignalSource, number]> = [
  ['website', 45],
  ['linkedin', 30],
  ['g2', 12],
  ['bombora', 13],
];

const WEBSITE_PAGES: Record<string, readonly string[]> = {
  page_view: ['/', '/product', '/product/integrations', '/blog/what-is-abm', '/blog/intent-data-101', '/customers', '/resources/abm-playbook', '/about', '/careers', '/docs/getting-started'],
  high_intent_page_view: ['/pricing', '/request-a-demo', '/contact-us', '/pricing/enterprise', '/contact-sales'],
  form_submit: ['/request-a-demo', '/contact-us', '/resources/abm-playbook'],
};
const WEBSITE_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['page_view', 80],
  ['high_intent_page_view', 15],
  ['form_submit', 5],
];
const G2_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['category_view', 35],
  ['profile_view', 20],
  ['comparison_view', 20],
  ['alternatives_view', 15],
  ['pricing_view', 10],
];
const LINKEDIN_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['impression', 70],
  ['click', 15],
  ['engagement', 10],
  ['video_view', 4],
  ['lead_form_submit', 1],
];
const LINKEDIN_COUNTS: Record<string, number> = { impression: 300, click: 5, engagement: 10, video_view: 20, lead_form_submit: 1 };
const BOMBORA_TOPICS = [
  'Account Based Marketing',
  'Intent Data',
  'Sales Intelligence',
  'Marketing Automation',
  'Customer Data Platform',
  'CRM Software',
  'Predictive Analytics',
  'Demand Generation',
  'Revenue Operations',
  'Sales Engagement',
] as const;

const UNKNOWN_WORDS = ['acorn', 'brisk', 'cinder', 'delta', 'ember', 'fable', 'gusto', 'harbor', 'inlet', 'juniper', 'kestrel', 'lumen', 'mosaic', 'nimbus', 'opal', 'prairie', 'quill', 'rivet', 'sable', 'tundra'] as const;
const UNKNOWN_SUFFIXES = ['labs', 'works', 'hq', 'group', 'digital', 'systems', 'co', 'tech'] as const;
const UNKNOWN_TLDS = ['com', 'com', 'com', 'io', 'co', 'net', 'de', 'co.uk'] as const;

export const VENDOR_SITE = 'https://www.intentbase-demo.com';

export interface SyntheticSignalOptions {
  seed: number;
  /** Normalised domains of existing accounts to draw from (may be empty: then every signal is from an unknown company). */
  pool: readonly string[];
  /** Epoch ms the signals' ages count back from. */
  now: number;
  /** Days of intent before an account's buying moment (default 60); 0: signals independent of deals. */
  leadDays?: number;
}

/** How far back signals go: the deal window, plus the lead before its earliest moments. */
export function signalWindowDays(leadDays: number): number {
  return DEAL_WINDOW_DAYS + leadDays;
}

/** A per-options context: the permutation that turns heat ranks into pool positions. */
function heatOrder(options: SyntheticSignalOptions): SeededPermutation | undefined {
  return options.pool.length === 0 ? undefined : new SeededPermutation(options.pool.length, hash32(options.seed, 0x4ea7));
}

function unknownDomain(rng: SeededRandom): string {
  const base = `${rng.pick(UNKNOWN_WORDS)}${rng.pick(UNKNOWN_SUFFIXES)}`;
  return `${rng.chance(0.5) ? base : `${base}${rng.int(900) + 100}`}.${rng.pick(UNKNOWN_TLDS)}`;
}

/** Signal `index` (0-based) of the synthetic set for these options. */
export function syntheticSignal(index: number, options: SyntheticSignalOptions, order = heatOrder(options)): SignalItem {
  const rng = new SeededRandom(hash32(options.seed, index, 0x5197));
  let domain: string;
  let hot = false;
  let inMarketNow = false;
  if (!order || rng.chance(UNKNOWN_SHARE)) {
    domain = unknownDomain(rng);
  } else {
    const n = options.pool.length;
    const hotEnd = Math.max(1, Math.round(n * HOT[0]));
    const warmEnd = Math.min(n, hotEnd + Math.round(n * WARM[0]));
    const tier = rng.next();
    const [from, to] = tier < HOT[1] ? [0, hotEnd] : tier < HOT[1] + WARM[1] && warmEnd > hotEnd ? [hotEnd, warmEnd] : [warmEnd < n ? warmEnd : 0, n];
    const rank = from + rng.int(to - from);
    hot = rank < hotEnd;
    domain = options.pool[order.apply(rank)];
    inMarketNow = inMarket(options.seed, domain, rank >= warmEnd && warmEnd < n);
  }
  const leadDays = options.leadDays ?? DEFAULT_SIGNAL_LEAD_DAYS;
  const windowDays = signalWindowDays(leadDays);
  const windowStart = options.now - windowDays * DAY_MS;
  let occurredAt =
    leadDays > 0 && inMarketNow && !rng.chance(BACKGROUND_SHARE)
      ? leadingSignalTime(rng, buyingMoment(options.seed, domain, options.now, leadDays), leadDays, options.now)
      : options.now - Math.floor(rng.next() * windowDays * DAY_MS);
  const source = rng.weighted(SOURCES);
  const signal: SignalItem = { source, domain, type: '', occurredAt: '', externalSignalId: `seed-${options.seed}-${index}` };

  switch (source) {
    case 'website': {
      signal.type = rng.weighted(hot ? [['page_view', 60], ['high_intent_page_view', 30], ['form_submit', 10]] : WEBSITE_TYPES);
      signal.url = `${VENDOR_SITE}${rng.pick(WEBSITE_PAGES[signal.type])}`;
      break;
    }
    case 'g2':
      signal.type = rng.weighted(G2_TYPES);
      break;
    case 'linkedin':
      signal.type = rng.weighted(LINKEDIN_TYPES);
      signal.count = 1 + rng.int(LINKEDIN_COUNTS[signal.type]);
      break;
    case 'bombora': {
      // One row per company, topic and week: the Monday the week's surge report starts.
      const day = Math.floor(occurredAt / DAY_MS);
      let monday = day - ((day + 3) % 7);
      // Kept inside the window: the week that started before it counts from the next Monday.
      if (monday * DAY_MS < windowStart) monday += 7;
      occurredAt = monday * DAY_MS;
      signal.type = 'surge';
      signal.topic = rng.pick(BOMBORA_TOPICS);
      // Keyed by company, topic and week, so a second draw of the same surge is a duplicate.
      signal.externalSignalId = `seed-${options.seed}-bombora-${domain}-${signal.topic.toLowerCase().replace(/ /g, '-')}-${new Date(occurredAt).toISOString().slice(0, 10)}`;
      // Composite scores: most companies sit below the surge threshold of 60; hot ones surge.
      signal.score = hot ? 55 + rng.int(46) : Math.min(100, Math.round(20 + 45 * rng.next() + 25 * rng.next() ** 4));
      break;
    }
  }
  signal.occurredAt = new Date(occurredAt).toISOString();
  return signal;
}

/** Signals `start` … `start + count - 1`, generated one at a time. */
export function* syntheticSignals(count: number, options: SyntheticSignalOptions & { start?: number }): Generator<SignalItem> {
  const order = heatOrder(options);
  const start = options.start ?? 0;
  for (let i = start; i < start + count; i += 1) yield syntheticSignal(i, options, order);
}
