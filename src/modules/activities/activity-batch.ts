import { normalizeDomain } from '../../lib/domain.js';
import { parseIsoDateTime } from '../../lib/iso-date.js';
import type { ActivityItem, ContactItem } from './activities.schema.js';

/** The activity types SPEC §3.10 stores; anything else is skipped. Compared exactly, as the spec writes them. */
export const SUPPORTED_ACTIVITY_TYPES: readonly string[] = ['call', 'email'];

export const UNSUPPORTED_TYPE_REASON = 'Only call and email activity types are supported';

export const duplicateActivityError = (externalActivityId: string) =>
  `Activity with externalActivityId '${externalActivityId}' already exists.`;

export const invalidDomainError = (input: string) => `Invalid domain '${input}'`;

export interface ActivityResult {
  externalActivityId: string;
  status: 'created' | 'failed' | 'skipped';
  error?: string;
  reason?: string;
}

/** An item the batch creates: where it sits in the input, its normalised domain and occurrence time. */
export interface PlannedActivity {
  index: number;
  item: ActivityItem;
  /** `call` or `email`: the item's type lower-cased (SPEC §3.10 matches it case-insensitively). */
  activityType: string;
  domain: string;
  occurredAt: number;
}

export interface ActivityBatchPlan {
  /** One per input item, in input order. */
  results: ActivityResult[];
  /** The activities to insert, in input order. */
  creates: PlannedActivity[];
}

/**
 * Decides every item's outcome in input order (SPEC §3.10), against the externalActivityIds that
 * already exist in the workspace. Checks, first match wins:
 *
 * 1. `activityType` is not `call`/`email`, in any case → skipped. The spec's first check: an unsupported item is
 *    ignored whatever else it holds.
 * 2. `externalActivityId` exists, or an earlier item of this batch created it → failed. Before the
 *    domain check so that re-sending a batch that was already accepted answers "already exists" for
 *    every item it created, whatever the item holds.
 * 3. the domain does not normalise (§2.6) → failed. Only an item that would be created gets here.
 * 4. created.
 *
 * Only a created item claims its externalActivityId: a later item with the id of a skipped or
 * failed one can still be created. Nothing is written here, which is what keeps items atomic.
 */
export function planActivityBatch(items: readonly ActivityItem[], existingIds: ReadonlySet<string>): ActivityBatchPlan {
  const taken = new Set(existingIds);
  const plan: ActivityBatchPlan = { results: [], creates: [] };
  items.forEach((item, index) => {
    const externalActivityId = item.externalActivityId;
    const activityType = item.activityType.toLowerCase();
    if (!SUPPORTED_ACTIVITY_TYPES.includes(activityType)) {
      plan.results.push({ externalActivityId, status: 'skipped', reason: UNSUPPORTED_TYPE_REASON });
      return;
    }
    if (taken.has(externalActivityId)) {
      plan.results.push({ externalActivityId, status: 'failed', error: duplicateActivityError(externalActivityId) });
      return;
    }
    const domain = normalizeDomain(item.domain);
    if (domain === null) {
      plan.results.push({ externalActivityId, status: 'failed', error: invalidDomainError(item.domain) });
      return;
    }
    const occurredAt = parseIsoDateTime(item.occurredAt);
    if (occurredAt === undefined) throw new Error(`occurredAt of item ${index} was not checked before planning`);
    taken.add(externalActivityId);
    plan.creates.push({ index, item, activityType, domain, occurredAt });
    plan.results.push({ externalActivityId, status: 'created' });
  });
  return plan;
}

/** A contact's writable fields, as a batch sees and changes them. */
export interface ContactState {
  id: string;
  /** Lowercased. */
  email: string;
  externalContactId: string | null;
  name: string | null;
  title: string | null;
  department: string | null;
  seniority: string | null;
  phone: string | null;
  linkedinUrl: string | null;
}

const CONTACT_FIELDS = ['externalContactId', 'name', 'title', 'department', 'seniority', 'phone', 'linkedinUrl'] as const;

export const contactKey = (email: string) => email.toLowerCase();

/** Provided fields overwrite (a `null` clears), omitted fields stay; the email never changes. */
export function applyContactItem(current: ContactState, item: ContactItem): ContactState {
  const next: ContactState = { ...current };
  for (const field of CONTACT_FIELDS) {
    const value = item[field];
    if (value !== undefined) next[field] = value;
  }
  return next;
}

function sameContact(a: ContactState, b: ContactState): boolean {
  return CONTACT_FIELDS.every((field) => a[field] === b[field]);
}

export interface ContactLink {
  /** Index into the creates the links were planned for. */
  activity: number;
  email: string;
  position: number;
}

export interface ContactPlan {
  /** New contacts and existing ones whose fields changed, by lowercased email. */
  writes: Map<string, ContactState>;
  /** Every contact of every created activity, in pushed order, each email once per activity. */
  links: ContactLink[];
}

/**
 * Folds the contacts of the created activities, in input order, over the workspace's existing
 * contacts (by lowercased email): a later mention of a contact sees an earlier one.
 */
export function planContactUpserts(
  creates: readonly PlannedActivity[],
  existing: ReadonlyMap<string, ContactState>,
  mintId: () => string,
): ContactPlan {
  const state = new Map(existing);
  const plan: ContactPlan = { writes: new Map(), links: [] };
  creates.forEach((create, activity) => {
    const seen = new Set<string>();
    for (const contact of create.item.contacts) {
      const email = contactKey(contact.email);
      const current = state.get(email) ?? {
        id: mintId(),
        email,
        externalContactId: null,
        name: null,
        title: null,
        department: null,
        seniority: null,
        phone: null,
        linkedinUrl: null,
      };
      const next = applyContactItem(current, contact);
      state.set(email, next);
      const original = existing.get(email);
      if (!original || plan.writes.has(email) || !sameContact(original, next)) plan.writes.set(email, next);
      if (!seen.has(email)) {
        seen.add(email);
        plan.links.push({ activity, email, position: seen.size - 1 });
      }
    }
  });
  return plan;
}
