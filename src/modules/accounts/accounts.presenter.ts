import type { Selectable } from 'kysely';
import type { Dialect } from '../../db/index.js';
import type { AccountRow } from '../../db/schema.js';

export interface SegmentRef {
  segmentId: string;
  name: string;
}

/** An account as every endpoint returns it (SPEC §3.1). */
export interface AccountView {
  rtp_aid: string;
  externalId: string | null;
  name: string;
  domain: string;
  shortName: string | null;
  linkedinUrl: string | null;
  tags: string[];
  rtp_account_score: number;
  rtp_journey_stage: string;
  rtp_website_intent_score: number;
  rtp_bombora_intent_score: number;
  rtp_g2_intent_score: number;
  rtp_advertising_activity_score: number;
  rtp_last_account_date: string;
  customFields: Record<string, unknown>;
  rtp_segments: SegmentRef[];
}

/** An account row as the presenter and the services read it (every column a response can show; not the name's search key). */
export type StoredAccount = Omit<Selectable<AccountRow>, 'workspace_id' | 'created_at' | 'name_key'>;

/** The columns scoring writes: an account's scores and journey stage. */
export const ACCOUNT_OUTPUT_COLUMNS = [
  'account_score',
  'website_intent_score',
  'bombora_intent_score',
  'g2_intent_score',
  'advertising_activity_score',
  'journey_stage',
] as const satisfies ReadonlyArray<keyof StoredAccount>;

/** The columns of StoredAccount, for reads that feed the presenter: no more than a page needs. */
export const STORED_ACCOUNT_COLUMNS = [
  'id',
  'domain',
  'name',
  'external_id',
  'short_name',
  'linkedin_url',
  'tags',
  'custom_fields',
  ...ACCOUNT_OUTPUT_COLUMNS,
  'changed_at',
  'change_seq',
] as const satisfies ReadonlyArray<keyof StoredAccount>;

// A page's accounts were mostly written by the same few batches and share change times; turning
// each epoch into its ISO string again was a third of the presenter's time on a 100-account page.
let lastChangedAt = Number.NaN;
let lastChangedAtIso = '';

function isoTime(epochMs: number): string {
  if (epochMs !== lastChangedAt) {
    lastChangedAtIso = new Date(epochMs).toISOString();
    lastChangedAt = epochMs;
  }
  return lastChangedAtIso;
}

/** Most accounts have no tags or custom fields: skip parsing the empty JSON they are stored as. */
function decodeList(dialect: Dialect, value: unknown): string[] {
  return value === '[]' ? [] : (dialect.decodeJson<string[] | null>(value) ?? []);
}

function decodeObject(dialect: Dialect, value: unknown): Record<string, unknown> {
  return value === '{}' ? {} : (dialect.decodeJson<Record<string, unknown> | null>(value) ?? {});
}

/**
 * Shapes a stored account: every active custom field appears (null where unset), values of
 * fields no longer active are hidden.
 */
export function presentAccount(
  row: StoredAccount,
  dialect: Dialect,
  activeFieldKeys: readonly string[],
  segments: SegmentRef[],
): AccountView {
  const stored = activeFieldKeys.length === 0 ? {} : decodeObject(dialect, row.custom_fields);
  const customFields: Record<string, unknown> = {};
  for (const key of activeFieldKeys) customFields[key] = stored[key] ?? null;
  return {
    rtp_aid: row.id,
    externalId: row.external_id,
    name: row.name,
    domain: row.domain,
    shortName: row.short_name,
    linkedinUrl: row.linkedin_url,
    tags: decodeList(dialect, row.tags),
    rtp_account_score: Number(row.account_score),
    rtp_journey_stage: String(row.journey_stage),
    rtp_website_intent_score: Number(row.website_intent_score),
    rtp_bombora_intent_score: Number(row.bombora_intent_score),
    rtp_g2_intent_score: Number(row.g2_intent_score),
    rtp_advertising_activity_score: Number(row.advertising_activity_score),
    rtp_last_account_date: isoTime(Number(row.changed_at)),
    customFields,
    rtp_segments: segments,
  };
}
