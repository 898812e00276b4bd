import { hash32, SeededPermutation, type SeededRandom } from './seeded-random.js';

/**
 * What synthetic deals and sales activities share (`intentbase seed --deals/--activities`): the
 * vendor's sales team, which rep owns which account, company names read off domains, and how an
 * item picks its account. Pure: everything derives from the seed, an index and the domain.
 */

export const DAY_MS = 86_400_000;

/** The company the demo data sells for: its reps' addresses use this domain. */
export const VENDOR_DOMAIN = 'intentbase-demo.com';

export interface SalesRep {
  id: string;
  name: string;
  email: string;
}

const REP_NAMES = [
  'Dana Whitfield', 'Marcus Chen', 'Priya Raman', 'Jonas Keller', 'Sofia Alvarez', 'Liam O\'Connor',
  'Hannah Brooks', 'Mateo Rossi', 'Aisha Okafor', 'Ethan Park', 'Chloe Martin', 'Noah Fischer',
] as const;

/** Account executives, each with a CRM user id (Salesforce-style, prefix 005) and a work address. */
export const SALES_REPS: readonly SalesRep[] = REP_NAMES.map((name, i) => {
  const [first, last] = name.toLowerCase().replace(/'/g, '').split(' ');
  return { id: `0055g00000${String(100 + i * 7).padStart(5, '0')}`, name, email: `${first}.${last}@${VENDOR_DOMAIN}` };
});

/** A 32-bit FNV-1a hash of a string, so per-domain facts (owner, contacts) need no table. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The account's owner: territories are fixed by domain, so an account's deals and calls share a rep. */
export function ownerOf(domain: string): SalesRep {
  return SALES_REPS[hashString(domain) % SALES_REPS.length];
}

/** Second-level labels of two-part public suffixes (`co.uk`, `com.au`). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc']);

/** The company a domain belongs to, as people write it: `bluepeak-analytics.co.uk` → `Bluepeak Analytics`. */
export function companyName(domain: string): string {
  const labels = domain.split('.');
  labels.pop();
  if (labels.length > 1 && SECOND_LEVEL.has(labels[labels.length - 1])) labels.pop();
  const label = labels[labels.length - 1] ?? domain;
  return label
    .split('-')
    .filter((word) => word !== '')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

/** The currency a company is billed in, read from its country-code TLD. */
export function currencyOf(domain: string): string {
  if (/\.(de|fr|nl|es|it|at|be|ie|fi)$/.test(domain)) return 'EUR';
  if (domain.endsWith('.uk')) return 'GBP';
  if (domain.endsWith('.au')) return 'AUD';
  return 'USD';
}

/**
 * The heat order of synthetic-signals.ts (same permutation, same tier sizes): the accounts that are
 * hot in the seeded signals are the ones with the most deals and sales activity, as in real ABM data.
 */
const HEAT_SEED = 0x4ea7;
const HOT_ACCOUNTS = 0.03;
const WARM_ACCOUNTS = 0.15;

export interface AccountDraw {
  /** The pool (a sample of the workspace's account domains) and its heat order; empty pool → every draw is an unknown company. */
  pool: readonly string[];
  order: SeededPermutation | undefined;
}

/**
 * `independent`: a heat order of its own, unrelated to the signals' (`--signal-lead 0`), so which
 * accounts get deals says nothing about which ones show intent.
 */
export function accountDraw(seed: number, pool: readonly string[], independent = false): AccountDraw {
  const permutationSeed = independent ? hash32(seed, HEAT_SEED, 0x1d) : hash32(seed, HEAT_SEED);
  return { pool, order: pool.length === 0 ? undefined : new SeededPermutation(pool.length, permutationSeed) };
}

// ---- how intent leads to deals (`intentbase seed --signal-lead <days>`) -------------------------

/** Deals open over the last 180 days: a horizon-sized backtest window and more fit in it. */
export const DEAL_WINDOW_DAYS = 180;
/** The default lead: intent builds up over the two months or so before a deal opens. */
export const DEFAULT_SIGNAL_LEAD_DAYS = 60;

/** Share of the long tail's accounts in market over the window; hot and warm accounts all are. */
export const TAIL_IN_MARKET_SHARE = 0.25;

/**
 * Whether an account buys in the window at all: intent that is hot or warm is a buying cycle, while
 * most of the long tail only browses (its signals are background, and it gets no deal).
 */
export function inMarket(seed: number, domain: string, tail: boolean): boolean {
  return !tail || hash32(seed, hashString(domain), 0xb0e) / 0x1_0000_0000 < TAIL_IN_MARKET_SHARE;
}

/**
 * An account's buying moment (epoch ms, a UTC midnight): the day its deals open, and the end of the
 * intent that leads to them. Fixed by (seed, domain), so the signal and deal generators agree on it
 * without seeing each other's output. Uniform over the last 180 days and the next `leadDays`: an
 * account whose moment is still ahead is in market now — its intent shows, its deal has not opened.
 */
export function buyingMoment(seed: number, domain: string, now: number, leadDays: number): number {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const u = hash32(seed, hashString(domain), 0xb0d) / 0x1_0000_0000;
  return today - DEAL_WINDOW_DAYS * DAY_MS + Math.floor(u * (DEAL_WINDOW_DAYS + leadDays)) * DAY_MS;
}

/**
 * When a signal leading to the moment happened: in the `leadDays` before it, denser towards it (the
 * age before the moment has a linearly falling density — research turns into demo requests), and
 * never after `now` (for a moment still ahead, only the part of its lead that has passed).
 */
export function leadingSignalTime(rng: SeededRandom, moment: number, leadDays: number, now: number): number {
  const lead = leadDays * DAY_MS;
  const earliestAge = Math.min(lead, Math.max(0, moment - now));
  return moment - Math.floor(earliestAge + (lead - earliestAge) * (1 - Math.sqrt(rng.next())));
}

/** Shares of the items for known accounts that go to the hot tier and to the warm tier; the tail shares the rest. */
export interface TierShares {
  hot: number;
  warm: number;
  /** Share of items for companies that are not accounts yet (kept by the API, linked once they are). */
  unknown: number;
}

const UNKNOWN_WORDS = ['alder', 'bramble', 'cobalt', 'drift', 'elm', 'fjord', 'granite', 'heron', 'isle', 'jasper', 'kiln', 'lark', 'marble', 'north', 'orchid', 'pebble'] as const;
const UNKNOWN_SUFFIXES = ['labs', 'works', 'systems', 'data', 'cloud', 'health', 'logistics', 'partners'] as const;
const UNKNOWN_TLDS = ['com', 'com', 'com', 'io', 'co', 'de', 'co.uk'] as const;

/** A company that is not an account yet: a small space, so the same few recur as they would in a CRM. */
function unknownDomain(rng: SeededRandom): string {
  return `${rng.pick(UNKNOWN_WORDS)}${rng.pick(UNKNOWN_SUFFIXES)}.${rng.pick(UNKNOWN_TLDS)}`;
}

/** The account an item belongs to, and whether it is one of the hot accounts or of the long tail. */
export function drawAccount(rng: SeededRandom, draw: AccountDraw, shares: TierShares): { domain: string; known: boolean; hot: boolean; tail: boolean } {
  const { pool, order } = draw;
  if (!order || rng.chance(shares.unknown)) return { domain: unknownDomain(rng), known: false, hot: false, tail: false };
  const n = pool.length;
  const hotEnd = Math.max(1, Math.round(n * HOT_ACCOUNTS));
  const warmEnd = Math.min(n, hotEnd + Math.round(n * WARM_ACCOUNTS));
  const tier = rng.next();
  const [from, to] =
    tier < shares.hot ? [0, hotEnd] : tier < shares.hot + shares.warm && warmEnd > hotEnd ? [hotEnd, warmEnd] : [warmEnd < n ? warmEnd : 0, n];
  const rank = from + rng.int(to - from);
  return { domain: pool[order.apply(rank)], known: true, hot: rank < hotEnd, tail: rank >= warmEnd };
}

/** A log-normal draw (Box–Muller): `median · e^(sigma · z)`, for amounts and durations with a long tail. */
export function logNormal(rng: SeededRandom, median: number, sigma: number): number {
  const u = 1 - rng.next();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
  return median * Math.exp(sigma * z);
}

/** An exponential age in days with this mean, cut at `max` (inverse transform of the truncated law). */
export function ageInDays(rng: SeededRandom, mean: number, max: number): number {
  return -mean * Math.log(1 - rng.next() * (1 - Math.exp(-max / mean)));
}
