import { hash32, SeededPermutation, SeededRandom } from './seeded-random.js';
import type { AccountItem } from '../modules/accounts/accounts.schema.js';

/**
 * Realistic synthetic B2B accounts for `intentbase seed` and the benchmarks. Pure and streaming:
 * account `i` of seed `s` is computed from (s, i) alone, so a million accounts take no more memory
 * than one, and the same seed always produces the same accounts.
 *
 * Domains are unique by construction, not by remembering them: a company is a (brand, industry)
 * pair, brand = prefix + root; a seeded permutation spreads indices over those pairs, and indices
 * beyond the pairs add a qualifier word ("Bluepeak Analytics Group"), then a number.
 */

const PREFIXES = [
  'Blue', 'North', 'South', 'East', 'West', 'Iron', 'Silver', 'Golden', 'Bright', 'Clear',
  'Deep', 'High', 'Red', 'Green', 'Black', 'White', 'Swift', 'True', 'Prime', 'Apex',
  'Nova', 'Terra', 'Aqua', 'Sky', 'Sun', 'Star', 'Moon', 'Oak', 'Pine', 'Cedar',
  'Maple', 'Birch', 'Willow', 'Aspen', 'River', 'Lake', 'Harbor', 'Cliff', 'Glen', 'Frost',
  'Storm', 'Thunder', 'Ember', 'Crystal', 'Amber', 'Copper', 'Cobalt', 'Indigo', 'Crimson', 'Ivory',
  'Onyx', 'Jade', 'Ruby', 'Sapphire', 'Emerald', 'Pearl', 'Falcon', 'Eagle', 'Hawk', 'Raven',
  'Fox', 'Wolf', 'Bear', 'Lion', 'Orca', 'Atlas', 'Orion', 'Vega', 'Polar', 'Alpine',
  'Summit', 'Quantum', 'Vector', 'Pixel', 'Signal', 'Beacon', 'Pilot', 'Anchor', 'Compass', 'Keystone',
  'Cardinal', 'Sterling', 'Liberty', 'Pioneer', 'Frontier', 'Horizon', 'Meridian', 'Zenith', 'Evergreen', 'Redwood',
  'Granite', 'Cascade', 'Silk', 'Velvet', 'Lumen', 'Helix', 'Nimbus', 'Echo', 'Tidal', 'Solar',
] as const;

const ROOTS = [
  'peak', 'wind', 'stone', 'bridge', 'field', 'gate', 'point', 'wave', 'leaf', 'forge',
  'path', 'ridge', 'brook', 'haven', 'light', 'spark', 'line', 'works', 'wood', 'dale',
  'crest', 'mark', 'port', 'shore', 'view', 'well', 'ford', 'rock', 'hill', 'land',
  'water', 'glade', 'mill', 'gard', 'vale', 'moor', 'fall', 'bay', 'cove', 'grove',
  'hurst', 'wick', 'ton', 'stead', 'haus', 'loft', 'yard', 'deck', 'dock', 'pier',
  'tower', 'arch', 'vault', 'core', 'flow', 'pulse', 'beam', 'shift', 'scale', 'bound',
  'craft', 'smith', 'wright', 'mason', 'wise', 'sight', 'scope', 'sense', 'mind', 'logic',
  'base', 'stack', 'grid', 'mesh', 'node', 'link', 'loop', 'sync', 'flux', 'form',
  'lab', 'hub', 'nest', 'den', 'camp', 'trail', 'route', 'track', 'rail', 'lane',
  'root', 'seed', 'bloom', 'branch', 'fern', 'moss', 'reed', 'thorn', 'vine', 'wing',
] as const;

const INDUSTRIES = [
  'Analytics', 'Logistics', 'Software', 'Systems', 'Health', 'Capital', 'Energy', 'Robotics', 'Security', 'Networks',
  'Media', 'Foods', 'Pharma', 'Biotech', 'Insurance', 'Payments', 'Cloud', 'Data', 'Devices', 'Materials',
  'Motors', 'Aerospace', 'Consulting', 'Partners', 'Solutions', 'Technologies', 'Industries', 'Manufacturing', 'Retail', 'Commerce',
  'Learning', 'Education', 'Travel', 'Hospitality', 'Realty', 'Properties', 'Construction', 'Engineering', 'Marine', 'Telecom',
  'Wireless', 'Semiconductors', 'Instruments', 'Diagnostics', 'Therapeutics', 'Genomics', 'Nutrition', 'Apparel', 'Design', 'Studios',
  'Ventures', 'Brands', 'Markets', 'Finance', 'Lending', 'Mobility', 'Automation', 'Interactive', 'Games', 'Legal',
  'Staffing', 'Recruiting', 'Agritech', 'Water', 'Chemicals', 'Packaging', 'Supply', 'Freight', 'Labs', 'Dynamics',
] as const;

/** Added to the (brand, industry) pair for indices beyond the first round of pairs. */
const QUALIFIERS = ['Group', 'Global', 'International', 'Worldwide', 'Americas', 'Europe', 'Asia', 'Digital', 'Direct', 'One'] as const;

/** Top-level domains, weighted roughly as B2B company domains are, with fitting legal forms. */
const TLDS: ReadonlyArray<readonly [{ tld: string; legal: readonly string[] }, number]> = [
  [{ tld: 'com', legal: ['Inc.', 'LLC', 'Corp.', 'Co.', '', ''] }, 60],
  [{ tld: 'io', legal: ['Inc.', '', ''] }, 10],
  [{ tld: 'co', legal: ['Inc.', 'LLC', ''] }, 5],
  [{ tld: 'net', legal: ['Inc.', 'LLC', ''] }, 4],
  [{ tld: 'ai', legal: ['Inc.', ''] }, 4],
  [{ tld: 'co.uk', legal: ['Ltd', 'plc', 'Ltd'] }, 5],
  [{ tld: 'de', legal: ['GmbH', 'AG', 'GmbH'] }, 4],
  [{ tld: 'fr', legal: ['SAS', 'S.A.'] }, 2],
  [{ tld: 'nl', legal: ['B.V.'] }, 2],
  [{ tld: 'com.au', legal: ['Pty Ltd'] }, 2],
  [{ tld: 'tech', legal: ['Inc.', ''] }, 2],
];

/** Tags as sales and marketing teams use them. */
export const SYNTHETIC_TAGS = [
  'enterprise', 'mid-market', 'smb', 'strategic', 'target-account', 'icp-fit', 'customer', 'prospect',
  'partner', 'competitor', 'churn-risk', 'expansion', 'renewal-q1', 'renewal-q2', 'renewal-q3', 'renewal-q4',
  'tier-1', 'tier-2', 'tier-3', 'na', 'emea', 'apac', 'latam', 'inbound', 'outbound', 'event-lead',
  'webinar', 'trial', 'open-opportunity', 'closed-lost', 'champion-left', 'high-intent', 'abm-q3', 'nurture',
] as const;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const PAIRS = PREFIXES.length * ROOTS.length * INDUSTRIES.length;

let checkedBrands = false;

/** Brands must be unique as strings (not just as pairs) for domains to be unique by construction. */
function assertBrandsUnique(): void {
  if (checkedBrands) return;
  const seen = new Set<string>();
  for (const prefix of PREFIXES) for (const root of ROOTS) seen.add((prefix + root).toLowerCase());
  if (seen.size !== PREFIXES.length * new Set(ROOTS).size) throw new Error('synthetic brand words produce duplicate brands');
  if (new Set(ROOTS).size !== ROOTS.length) throw new Error('synthetic root words repeat');
  checkedBrands = true;
}

export interface SyntheticAccountOptions {
  /** Same seed, same accounts. */
  seed: number;
  /**
   * Revision 0 is the account as first created; a higher revision keeps the domain and brand but
   * redraws the other fields, so pushing it again with upsert is a real update.
   */
  revision?: number;
}

const permutations = new Map<number, SeededPermutation>();

function permutationFor(seed: number): SeededPermutation {
  let permutation = permutations.get(seed);
  if (!permutation) {
    permutation = new SeededPermutation(PAIRS, hash32(seed, 0x5eed));
    permutations.set(seed, permutation);
  }
  return permutation;
}

/** The identity of account `index`: company name words and domain label, fixed for all revisions. */
function identity(index: number, seed: number) {
  const round = Math.floor(index / PAIRS);
  let slot = permutationFor(seed).apply(index % PAIRS);
  const industry = INDUSTRIES[slot % INDUSTRIES.length];
  slot = Math.floor(slot / INDUSTRIES.length);
  const root = ROOTS[slot % ROOTS.length];
  const prefix = PREFIXES[Math.floor(slot / ROOTS.length)];
  const brand = prefix + root;
  const qualifier = round === 0 ? undefined : round <= QUALIFIERS.length ? QUALIFIERS[round - 1] : String(round - QUALIFIERS.length + 1);
  const words = qualifier === undefined ? [brand, industry] : [brand, industry, qualifier];
  // Hyphens only between words, and no word holds one: the label spells the words back uniquely.
  const label = words.map((w) => w.toLowerCase()).join('-');
  return { brand, industry, qualifier, label };
}

/** Account `index` (0-based) of the synthetic data set for `options.seed`. */
export function syntheticAccount(index: number, options: SyntheticAccountOptions): AccountItem {
  assertBrandsUnique();
  const { seed, revision = 0 } = options;
  const { brand, industry, qualifier, label } = identity(index, seed);
  // The TLD belongs to the identity (it is part of the domain); everything else may change per revision.
  const place = new SeededRandom(hash32(seed, index, 0x71d));
  const { tld, legal } = place.weighted(TLDS);
  const rng = new SeededRandom(hash32(seed, index, revision, 0xacc));

  const legalForm = rng.pick(legal);
  const baseName = qualifier === undefined ? `${brand} ${industry}` : `${brand} ${industry} ${qualifier}`;
  const account: AccountItem = {
    domain: rng.chance(0.15) ? `${rng.pick(['https://', 'http://', 'https://www.', 'www.'])}${label}.${tld}` : `${label}.${tld}`,
    name: legalForm ? `${baseName} ${legalForm}` : baseName,
  };
  // Salesforce-style account ids (prefix 001) for the accounts already synced from a CRM.
  if (rng.chance(0.65)) account.externalId = `001${rng.string(BASE62, 12)}`;
  if (rng.chance(0.5)) account.shortName = brand;
  if (rng.chance(0.6)) account.linkedinUrl = `https://www.linkedin.com/company/${label}`;
  if (rng.chance(0.75)) account.tags = rng.sample(SYNTHETIC_TAGS, 1 + rng.int(3));
  return account;
}

/** Accounts `start`, `start + 1`, … `start + count - 1`, generated one at a time. */
export function* syntheticAccounts(count: number, options: SyntheticAccountOptions & { start?: number }): Generator<AccountItem> {
  const start = options.start ?? 0;
  for (let i = start; i < start + count; i += 1) yield syntheticAccount(i, options);
}

/** Groups a stream into arrays of at most `size`, holding one group at a time. */
export function* inBatches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** How many accounts fit before names need a qualifier word (exported for tests and docs). */
export const SYNTHETIC_BASE_PAIRS = PAIRS;
