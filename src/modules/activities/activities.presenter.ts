import type { StoredActivity, StoredContact } from './activities.repository.js';

export interface ContactView {
  email: string;
  externalContactId: string | null;
  name: string | null;
  title: string | null;
  department: string | null;
  seniority: string | null;
  phone: string | null;
  linkedinUrl: string | null;
}

/** An activity in an account's timeline (extension): the activity as pushed, unset fields `null`. */
export interface ActivityView {
  rtp_activityId: string;
  externalActivityId: string;
  activityType: string;
  occurredAt: string;
  domain: string;
  accountName: string | null;
  subject: string | null;
  ownerEmail: string;
  ownerName: string | null;
  ownerId: string | null;
  from: { name: string | null; email: string | null } | null;
  callTitle: string | null;
  durationMinutes: number | null;
  outcome: string | null;
  direction: string | null;
  openCount: number | null;
  clickCount: number | null;
  /** The activity's contacts in pushed order, each as currently stored (contacts are upserted). */
  contacts: ContactView[];
  createdAt: string;
}

const numberOrNull = (value: number | null) => (value === null ? null : Number(value));

export function presentContact(row: StoredContact): ContactView {
  return {
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

export function presentActivity(row: StoredActivity, contacts: StoredContact[]): ActivityView {
  return {
    rtp_activityId: row.id,
    externalActivityId: row.external_activity_id,
    activityType: row.activity_type,
    occurredAt: new Date(Number(row.occurred_at)).toISOString(),
    domain: row.domain,
    accountName: row.account_name,
    subject: row.subject,
    ownerEmail: row.owner_email,
    ownerName: row.owner_name,
    ownerId: row.owner_id,
    from: row.from_name === null && row.from_email === null ? null : { name: row.from_name, email: row.from_email },
    callTitle: row.call_title,
    durationMinutes: numberOrNull(row.duration_minutes),
    outcome: row.outcome,
    direction: row.direction,
    openCount: numberOrNull(row.open_count),
    clickCount: numberOrNull(row.click_count),
    contacts: contacts.map(presentContact),
    createdAt: new Date(Number(row.created_at)).toISOString(),
  };
}
