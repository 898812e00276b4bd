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

export type StoredAccount = Selectable<AccountRow>;

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
  const stored = dialect.decodeJson<Record<string, unknown>>(row.custom_fields) ?? {};
  const customFields: Record<string, unknown> = {};
  for (const key of activeFieldKeys) customFields[key] = stored[key] ?? null;
  return {
    rtp_aid: row.id,
    externalId: row.external_id,
    name: row.name,
    domain: row.domain,
    shortName: row.short_name,
    linkedinUrl: row.linkedin_url,
    tags: dialect.decodeJson<string[]>(row.tags) ?? [],
    rtp_account_score: Number(row.account_score),
    rtp_journey_stage: String(row.journey_stage),
    rtp_website_intent_score: Number(row.website_intent_score),
    rtp_bombora_intent_score: Number(row.bombora_intent_score),
    rtp_g2_intent_score: Number(row.g2_intent_score),
    rtp_advertising_activity_score: Number(row.advertising_activity_score),
    rtp_last_account_date: new Date(Number(row.changed_at)).toISOString(),
    customFields,
    rtp_segments: segments,
  };
}
