import type { Selectable } from 'kysely';
import type { Executor } from '../../db/index.js';
import type { ContactRow, SalesActivityRow } from '../../db/schema.js';
import type { ContactState } from './activity-batch.js';

export type StoredActivity = Selectable<SalesActivityRow>;

/**
 * Rows per statement: keeps every multi-row statement far below SQLite's 32766 and PostgreSQL's
 * 65535 bound parameters, however many contacts an activity carries.
 */
const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Of the given externalActivityIds, those the workspace already holds. */
export async function findExistingExternalIds(db: Executor, workspaceId: string, externalIds: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks([...new Set(externalIds)])) {
    const rows = await db
      .selectFrom('sales_activities')
      .select('external_activity_id')
      .where('workspace_id', '=', workspaceId)
      .where('external_activity_id', 'in', part)
      .execute();
    for (const row of rows) found.add(row.external_activity_id);
  }
  return found;
}

export type NewActivity = Omit<StoredActivity, 'workspace_id'>;

/**
 * Inserts activities; one whose externalActivityId exists (a concurrent push won) is left alone.
 * Returns the externalActivityIds actually inserted, so the caller reports the others as failed.
 */
export async function insertActivities(db: Executor, workspaceId: string, activities: NewActivity[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (const part of chunks(activities, 100)) {
    const rows = await db
      .insertInto('sales_activities')
      .values(part.map((activity) => ({ ...activity, workspace_id: workspaceId })))
      .onConflict((oc) => oc.columns(['workspace_id', 'external_activity_id']).doNothing())
      .returning('external_activity_id')
      .execute();
    for (const row of rows) inserted.add(row.external_activity_id);
  }
  return inserted;
}

function toContactState(row: Selectable<ContactRow>): ContactState {
  return {
    id: row.id,
    email: row.email,
    externalContactId: row.external_contact_id,
    name: row.name,
    title: row.title,
    department: row.department,
    seniority: row.seniority,
    phone: row.phone,
    linkedinUrl: row.linkedin_url,
  };
}

/** Existing contacts by (lowercased) email. */
export async function findContactsByEmails(db: Executor, workspaceId: string, emails: string[]): Promise<Map<string, ContactState>> {
  const found = new Map<string, ContactState>();
  for (const part of chunks([...new Set(emails)])) {
    const rows = await db.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId).where('email', 'in', part).execute();
    for (const row of rows) found.set(row.email, toContactState(row));
  }
  return found;
}

/**
 * Writes new and changed contacts; a contact whose email exists keeps its id and creation time.
 * Returns id by email (the stored id, should another writer have created the contact first).
 */
export async function upsertContacts(db: Executor, workspaceId: string, contacts: ContactState[], now: number): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const part of chunks(contacts)) {
    const rows = await db
      .insertInto('contacts')
      .values(
        part.map((c) => ({
          workspace_id: workspaceId,
          id: c.id,
          email: c.email,
          external_contact_id: c.externalContactId,
          name: c.name,
          title: c.title,
          department: c.department,
          seniority: c.seniority,
          phone: c.phone,
          linkedin_url: c.linkedinUrl,
          created_at: now,
          updated_at: now,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'email']).doUpdateSet((eb) => ({
          external_contact_id: eb.ref('excluded.external_contact_id'),
          name: eb.ref('excluded.name'),
          title: eb.ref('excluded.title'),
          department: eb.ref('excluded.department'),
          seniority: eb.ref('excluded.seniority'),
          phone: eb.ref('excluded.phone'),
          linkedin_url: eb.ref('excluded.linkedin_url'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .returning(['id', 'email'])
      .execute();
    for (const row of rows) ids.set(row.email, row.id);
  }
  return ids;
}

export interface ActivityContactLink {
  activityId: string;
  contactId: string;
  position: number;
}

export async function insertActivityContacts(db: Executor, workspaceId: string, links: ActivityContactLink[]): Promise<void> {
  for (const part of chunks(links)) {
    await db
      .insertInto('sales_activity_contacts')
      .values(part.map((l) => ({ workspace_id: workspaceId, activity_id: l.activityId, contact_id: l.contactId, position: l.position })))
      .execute();
  }
}

export interface TimelineFilter {
  /** Keyset: only activities strictly older than this (occurred_at, id) position. */
  before?: { occurredAt: number; id: string };
  limit: number;
}

/** Activities of one normalised domain, newest first, ties by id descending; `limit + 1` rows. */
export async function listActivitiesByDomain(db: Executor, workspaceId: string, domain: string, filter: TimelineFilter) {
  let query = db.selectFrom('sales_activities').selectAll().where('workspace_id', '=', workspaceId).where('domain', '=', domain);
  const before = filter.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([eb('occurred_at', '<', before.occurredAt), eb.and([eb('occurred_at', '=', before.occurredAt), eb('id', '<', before.id)])]),
    );
  }
  return query.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(filter.limit + 1).execute();
}

export type StoredContact = Selectable<ContactRow>;

/** The contacts of the given activities, each activity's in pushed order. */
export async function contactsOfActivities(db: Executor, workspaceId: string, activityIds: string[]): Promise<Map<string, StoredContact[]>> {
  const result = new Map<string, StoredContact[]>();
  for (const part of chunks(activityIds)) {
    const rows = await db
      .selectFrom('sales_activity_contacts as l')
      .innerJoin('contacts as c', (join) => join.onRef('c.workspace_id', '=', 'l.workspace_id').onRef('c.id', '=', 'l.contact_id'))
      .selectAll('c')
      .select('l.activity_id')
      .where('l.workspace_id', '=', workspaceId)
      .where('l.activity_id', 'in', part)
      .orderBy('l.activity_id')
      .orderBy('l.position')
      .execute();
    for (const { activity_id, ...contact } of rows) {
      const list = result.get(activity_id) ?? [];
      list.push(contact);
      result.set(activity_id, list);
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// For scoring (SPEC §4.4 journey rules). Activities link to accounts by normalised domain when
// read, so an account created after its activities counts them at once.

export interface ActivityStats {
  /** Activities that occurred at or after `since`. */
  countSince: number;
  /** When the latest activity occurred (epoch ms), whatever `since` is. */
  lastOccurredAt: number;
}

/**
 * Per account: how many of its sales activities occurred at or after `since` (epoch ms), and when
 * its latest one occurred. Accounts without any activity are absent from the map.
 */
export async function activityStatsByAccount(
  db: Executor,
  workspaceId: string,
  accountIds: string[],
  since: number,
): Promise<Map<string, ActivityStats>> {
  const stats = new Map<string, ActivityStats>();
  for (const part of chunks([...new Set(accountIds)])) {
    const rows = await db
      .selectFrom('accounts as a')
      .innerJoin('sales_activities as s', (join) => join.onRef('s.workspace_id', '=', 'a.workspace_id').onRef('s.domain', '=', 'a.domain'))
      .select((eb) => [
        'a.id as key',
        eb.fn.count<number>(eb.case().when('s.occurred_at', '>=', since).then(1).end()).as('count_since'),
        eb.fn.max('s.occurred_at').as('last_occurred_at'),
      ])
      .where('a.workspace_id', '=', workspaceId)
      .where('a.id', 'in', part)
      .groupBy('a.id')
      .execute();
    for (const row of rows) stats.set(row.key, { countSince: Number(row.count_since), lastOccurredAt: Number(row.last_occurred_at) });
  }
  return stats;
}

/** {@link activityStatsByAccount} keyed by normalised domain, for callers that have no account yet. */
export async function activityStatsByDomain(
  db: Executor,
  workspaceId: string,
  domains: string[],
  since: number,
): Promise<Map<string, ActivityStats>> {
  const stats = new Map<string, ActivityStats>();
  for (const part of chunks([...new Set(domains)])) {
    const rows = await db
      .selectFrom('sales_activities as s')
      .select((eb) => [
        's.domain as key',
        eb.fn.count<number>(eb.case().when('s.occurred_at', '>=', since).then(1).end()).as('count_since'),
        eb.fn.max('s.occurred_at').as('last_occurred_at'),
      ])
      .where('s.workspace_id', '=', workspaceId)
      .where('s.domain', 'in', part)
      .groupBy('s.domain')
      .execute();
    for (const row of rows) stats.set(row.key, { countSince: Number(row.count_since), lastOccurredAt: Number(row.last_occurred_at) });
  }
  return stats;
}

export interface ActivityChanges {
  /** Accounts (that exist now) with an activity stored after the watermark, by id. */
  accountIds: string[];
  /** The new watermark: the highest change sequence of an activity seen, or the old one. */
  lastSeq: number;
}

/**
 * Which accounts' activity inputs changed since a scoring run's watermark `afterSeq`. Activities
 * carry a sequence number from the workspace change sequence, handed out in commit order under the
 * workspace row lock (db/change-stamps.ts), so a watermark never skips an activity committed later.
 * Activities whose domain has no account yet are not reported: the account's creation is itself a
 * change scoring sees, and its stats then include them.
 */
export async function accountsWithActivitiesAfter(db: Executor, workspaceId: string, afterSeq: number): Promise<ActivityChanges> {
  const last = await db
    .selectFrom('sales_activities')
    .select((eb) => eb.fn.max<number | null>('change_seq').as('seq'))
    .where('workspace_id', '=', workspaceId)
    .where('change_seq', '>', afterSeq)
    .executeTakeFirst();
  if (last?.seq === null || last?.seq === undefined) return { accountIds: [], lastSeq: afterSeq };
  const lastSeq = Number(last.seq);
  const rows = await db
    .selectFrom('sales_activities as s')
    .innerJoin('accounts as a', (join) => join.onRef('a.workspace_id', '=', 's.workspace_id').onRef('a.domain', '=', 's.domain'))
    .select('a.id')
    .distinct()
    .where('s.workspace_id', '=', workspaceId)
    .where('s.change_seq', '>', afterSeq)
    .where('s.change_seq', '<=', lastSeq)
    .orderBy('a.id')
    .execute();
  return { accountIds: rows.map((row) => row.id), lastSeq };
}
