import { hash32, SeededRandom } from './seeded-random.js';
import {
  accountDraw,
  ageInDays,
  companyName,
  DAY_MS,
  drawAccount,
  hashString,
  logNormal,
  ownerOf,
  SALES_REPS,
  type AccountDraw,
  type TierShares,
} from './synthetic-sales.js';
import type { ActivityItem, ContactItem } from '../modules/activities/activities.schema.js';

/**
 * Realistic synthetic sales activities for `intentbase seed --activities N`: calls and emails, the
 * two types SPEC §3.10 stores (a meeting would be skipped by the API, so none are generated). Pure
 * and streaming: activity `i` of seed `s` is computed from (s, i), the pool of account domains and
 * "now" alone; its externalActivityId derives from the seed, so seeding again skips it.
 *
 * Shape of the data: sales follows intent — the accounts the seeded signals make hot (same heat
 * order) get 35 % of the activity, mostly in the last two weeks, warm ones another 35 %, the long
 * tail the rest, spread over the last 90 days; 6 % are with companies that are not accounts yet.
 * Each company has a handful of stable contacts (the same person, by email, across activities and
 * seeds), one of whom — the champion — is in most conversations; each account's rep makes the calls.
 */

export interface SyntheticActivityOptions {
  seed: number;
  /** Normalised domains of existing accounts to draw from (may be empty: then every activity is with an unknown company). */
  pool: readonly string[];
  /** Epoch ms the activities' ages count back from. */
  now: number;
}

const ACTIVITY_SHARES: TierShares = { hot: 0.35, warm: 0.35, unknown: 0.06 };
const MAX_AGE_DAYS = 90;

const FIRST_NAMES = [
  'Alex', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Jamie', 'Avery', 'Quinn', 'Harper',
  'Emma', 'Olivia', 'Ava', 'Mia', 'Lucas', 'Leo', 'Oliver', 'Elena', 'Sara', 'David',
  'Michael', 'Anna', 'Julia', 'Daniel', 'Laura', 'Tom', 'Nina', 'Ben', 'Grace', 'Omar',
] as const;
const LAST_NAMES = [
  'Smith', 'Johnson', 'Brown', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Thomas', 'Moore',
  'Jackson', 'Lee', 'Harris', 'Clark', 'Lewis', 'Walker', 'Young', 'King', 'Wright', 'Lopez',
  'Hill', 'Green', 'Adams', 'Baker', 'Nelson', 'Carter', 'Mitchell', 'Roberts', 'Turner', 'Schmidt',
] as const;
/** Buying-committee personas: [title, department, seniority]. */
const PERSONAS: ReadonlyArray<readonly [string, string, string]> = [
  ['VP of Marketing', 'Marketing', 'VP'],
  ['Director of Demand Generation', 'Marketing', 'Director'],
  ['Chief Marketing Officer', 'Marketing', 'C-Level'],
  ['Marketing Operations Manager', 'Marketing', 'Manager'],
  ['Head of Sales Operations', 'Sales', 'Head'],
  ['Chief Revenue Officer', 'Sales', 'C-Level'],
  ['Sales Development Manager', 'Sales', 'Manager'],
  ['Revenue Operations Analyst', 'Operations', 'Individual Contributor'],
  ['IT Director', 'IT', 'Director'],
  ['Procurement Manager', 'Finance', 'Manager'],
];
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const CALL_TITLES = ['Discovery call', 'Demo follow-up', 'Pricing discussion', 'Technical deep dive', 'Check-in', 'Cold call', 'Renewal check-in', 'Intro call'] as const;
const CALL_OUTCOMES: ReadonlyArray<readonly [string, number]> = [
  ['connected', 45],
  ['left voicemail', 30],
  ['no answer', 20],
  ['busy', 5],
];
const EMAIL_SUBJECTS = [
  'Intro: Intentbase x {company}',
  'Following up on our call',
  'Pricing for {company}',
  'How teams like {company} use intent data',
  'Demo next week?',
  'Your ABM playbook',
  'Quick question',
  'Proposal for {company}',
] as const;

/** How many contacts a company has: 2–6, fixed by its domain. */
function contactCount(domain: string): number {
  return 2 + (hashString(domain) % 5);
}

/** Contact `n` of a company: the same person whatever the seed, so re-pushes only refresh them. */
export function syntheticContact(domain: string, n: number): ContactItem {
  const company = hashString(domain);
  const rng = new SeededRandom(hash32(company, n, 0xc0c7));
  // Steps coprime with the list lengths: a company's (at most 6) people all have different first
  // names, so their addresses differ by construction.
  const first = FIRST_NAMES[(company + n * 7) % FIRST_NAMES.length];
  const last = LAST_NAMES[((company >>> 8) + n * 11) % LAST_NAMES.length];
  const [title, department, seniority] = rng.pick(PERSONAS);
  const contact: ContactItem = { email: `${first}.${last}@${domain}`.toLowerCase(), name: `${first} ${last}`, title, department, seniority };
  // Salesforce-style contact ids (prefix 003) for the contacts already in the CRM.
  if (rng.chance(0.7)) contact.externalContactId = `003${rng.string(BASE62, 12)}`;
  if (rng.chance(0.5)) contact.phone = `+1 555 01${String(rng.int(100)).padStart(2, '0')}`;
  if (rng.chance(0.6)) contact.linkedinUrl = `https://www.linkedin.com/in/${first.toLowerCase()}-${last.toLowerCase()}-${rng.string(BASE62.slice(0, 36).toLowerCase(), 6)}`;
  return contact;
}

/** The people in one conversation: usually the champion (contact 0) alone, sometimes two or three. */
function contactsFor(rng: SeededRandom, domain: string): ContactItem[] {
  const available = contactCount(domain);
  const wanted = Math.min(available, rng.weighted([[1, 80], [2, 15], [3, 5]] as const));
  const chosen = new Set<number>();
  while (chosen.size < wanted) chosen.add(rng.chance(0.5) ? 0 : rng.int(available));
  return [...chosen].map((n) => syntheticContact(domain, n));
}

/** Activity `index` (0-based) of the synthetic set for these options. */
export function syntheticActivity(index: number, options: SyntheticActivityOptions, draw: AccountDraw = accountDraw(options.seed, options.pool)): ActivityItem {
  const rng = new SeededRandom(hash32(options.seed, index, 0xac71));
  const { domain, hot } = drawAccount(rng, draw, ACTIVITY_SHARES);
  const company = companyName(domain);
  const occurredAt = options.now - Math.floor(ageInDays(rng, hot ? 10 : 30, MAX_AGE_DAYS) * DAY_MS);
  // Mostly the account's own rep; now and then an SDR or a colleague covering.
  const owner = rng.chance(0.8) ? ownerOf(domain) : rng.pick(SALES_REPS);
  const contacts = contactsFor(rng, domain);
  const activity: ActivityItem = {
    externalActivityId: `seed-${options.seed}-activity-${index}`,
    activityType: rng.chance(0.6) ? 'email' : 'call',
    occurredAt: new Date(occurredAt).toISOString(),
    domain,
    accountName: company,
    ownerEmail: owner.email,
    ownerName: owner.name,
    ownerId: owner.id,
    contacts,
  };
  if (activity.activityType === 'call') {
    const inbound = rng.chance(0.15);
    const outcome = inbound ? 'connected' : rng.weighted(CALL_OUTCOMES);
    activity.callTitle = rng.pick(CALL_TITLES);
    activity.subject = activity.callTitle;
    activity.direction = inbound ? 'inbound' : 'outbound';
    activity.outcome = outcome;
    activity.durationMinutes = outcome === 'connected' ? Math.min(90, Math.max(2, Math.round(logNormal(rng, 18, 0.6)))) : outcome === 'left voicemail' ? 1 : 0;
  } else {
    const subject = rng.pick(EMAIL_SUBJECTS).replace('{company}', company);
    if (rng.chance(0.25)) {
      // A reply from the prospect: no tracking on mail the rep received.
      activity.subject = `Re: ${subject}`;
      activity.from = { name: contacts[0].name ?? null, email: contacts[0].email };
    } else {
      activity.subject = subject;
      activity.from = { name: owner.name, email: owner.email };
      const opens = rng.chance(0.35) ? 0 : Math.min(40, Math.round(logNormal(rng, 2, 0.8)));
      activity.openCount = opens;
      activity.clickCount = opens === 0 || rng.chance(0.7) ? 0 : 1 + rng.int(Math.min(3, opens));
    }
  }
  return activity;
}

/** Activities `start` … `start + count - 1`, generated one at a time. */
export function* syntheticActivities(count: number, options: SyntheticActivityOptions & { start?: number }): Generator<ActivityItem> {
  const draw = accountDraw(options.seed, options.pool);
  const start = options.start ?? 0;
  for (let i = start; i < start + count; i += 1) yield syntheticActivity(i, options, draw);
}
