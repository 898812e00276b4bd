import type { Generated } from 'kysely';

/** Row types as the database holds them: epoch milliseconds, 0/1 flags, JSON as its dialect stores it. */
export interface WorkspaceRow {
  id: string;
  name: string;
  api_access_enabled: number;
  /** The change clock before migration 023 moved it to change_clocks (a new workspace's clock starts here). */
  change_seq: number;
  change_clock: number;
  created_at: number;
}

/** A workspace's delta-sync clock: the last change sequence and change time handed out (db/change-stamps.ts). */
export interface ChangeClockRow {
  workspace_id: string;
  change_seq: number;
  change_clock: number;
}

/** Stamps handed out to a PostgreSQL transaction that may not have committed yet (db/change-stamps.ts). */
export interface ChangeClaimRow {
  workspace_id: string;
  xid: number;
  first_seq: number;
  changed_at: number;
}

export interface UserRow {
  workspace_id: string;
  id: string;
  email: string;
  role: string;
  created_at: number;
  /** scrypt with its parameters (modules/console/password-hash.ts); null: the user cannot sign in. */
  password_hash: string | null;
}

export interface ApiKeyRow {
  workspace_id: string;
  id: string;
  user_id: string;
  key_hash: string;
  key_prefix: string;
  created_at: number;
  revoked_at: number | null;
  /** 1: the key may only read (SPEC §2.1). */
  read_only: number;
}

export interface CustomFieldRow {
  workspace_id: string;
  id: string;
  object_type: string;
  key: string;
  label: string;
  label_type: string;
  description: string | null;
  options: unknown;
  status: string;
  created_at: number;
}

export interface SegmentRow {
  workspace_id: string;
  id: string;
  name: string;
  type: string;
  status: string;
  rules: unknown;
  created_at: number;
  changed_at: number;
  change_seq: number;
}

export interface SegmentMemberRow {
  workspace_id: string;
  segment_id: string;
  account_id: string;
  added_at: number;
  change_seq: number;
}

export interface ContactRow {
  workspace_id: string;
  id: string;
  email: string;
  external_contact_id: string | null;
  name: string | null;
  title: string | null;
  department: string | null;
  seniority: string | null;
  phone: string | null;
  linkedin_url: string | null;
  created_at: number;
  updated_at: number;
}

export interface SalesActivityRow {
  workspace_id: string;
  id: string;
  external_activity_id: string;
  activity_type: string;
  occurred_at: number;
  domain: string;
  account_name: string | null;
  subject: string | null;
  owner_email: string;
  owner_name: string | null;
  owner_id: string | null;
  from_name: string | null;
  from_email: string | null;
  call_title: string | null;
  duration_minutes: number | null;
  outcome: string | null;
  direction: string | null;
  open_count: number | null;
  click_count: number | null;
  created_at: number;
  change_seq: number;
}

export interface SalesActivityContactRow {
  workspace_id: string;
  activity_id: string;
  contact_id: string;
  position: number;
}

export interface AccountRow {
  workspace_id: string;
  id: string;
  domain: string;
  name: string;
  /** The name's search key where the name has a non-ASCII letter; null otherwise (migration 026). */
  name_key: string | null;
  external_id: string | null;
  short_name: string | null;
  linkedin_url: string | null;
  tags: unknown;
  custom_fields: unknown;
  account_score: Generated<number>;
  website_intent_score: Generated<number>;
  bombora_intent_score: Generated<number>;
  g2_intent_score: Generated<number>;
  advertising_activity_score: Generated<number>;
  journey_stage: Generated<string>;
  created_at: number;
  changed_at: number;
  change_seq: number;
}

/** An account's tags, lower-cased, one row each: what `GET /accounts?tag=` ranges over (issue 12). */
export interface AccountTagRow {
  workspace_id: string;
  tag: string;
  account_id: string;
}

export interface DealRow {
  workspace_id: string;
  id: string;
  external_deal_id: string;
  name: string;
  amount: number | null;
  stage_id: string | null;
  stage_label: string | null;
  pipeline_id: string | null;
  pipeline_label: string | null;
  start_date: string | null;
  closed_date: string | null;
  owner_name: string | null;
  owner_email: string | null;
  owner_id: string | null;
  deal_currency_code: string | null;
  created_at: number;
  changed_at: number;
  change_seq: number;
}

export interface DealAccountRow {
  workspace_id: string;
  deal_id: string;
  position: number;
  domain: string | null;
  domain_input: string | null;
  external_id: string | null;
  name: string | null;
}

export interface DealStageHistoryRow {
  workspace_id: string;
  deal_id: string;
  position: number;
  stage_id: string | null;
  stage_label: string | null;
  pipeline_id: string | null;
  entered_at: number;
}

export interface DealPipelineRow {
  workspace_id: string;
  pipeline_id: string;
  label: string;
  stages: unknown;
  created_at: number;
  position: number;
  updated_at: number;
}

/** An intent signal (SPEC §4.1); scoring reads this table. */
export interface SignalRow {
  workspace_id: string;
  id: string;
  source: string;
  type: string;
  /** Normalised (SPEC §2.6). */
  domain: string;
  /** Epoch ms. */
  occurred_at: number;
  count: number;
  external_signal_id: string | null;
  url: string | null;
  topic: string | null;
  /** Bombora composite score, 0–100. */
  score: number | null;
  /** From reserveChangeStamps: commit-ordered and unique per workspace. */
  ingested_seq: number;
  created_at: number;
}

/** Scoring (modules/scoring): a workspace's overrides of the default settings. */
export interface ScoringConfigRow {
  workspace_id: string;
  overrides: unknown;
  updated_at: number;
}

/** Scoring: an account's running decayed values and when time alone may next change its output. */
export interface AccountScoreRow {
  workspace_id: string;
  account_id: string;
  domain: string;
  config_hash: string;
  as_of: number;
  folded_seq: number;
  next_check_at: number | null;
  next_check_day: number | null;
  state: unknown;
  journey_rule: string;
  run_id: string;
}

export interface JourneyStageHistoryRow {
  workspace_id: string;
  account_id: string;
  entered_at: number;
  stage: string;
  rule: string;
  run_id: string;
}

export interface ScoringDealLinkRow {
  workspace_id: string;
  deal_id: string;
  account_id: string;
}

export interface ScoringRunRow {
  workspace_id: string;
  id: string;
  trigger: string;
  status: string;
  mode: string;
  run_at: number;
  started_at: number;
  finished_at: number | null;
  duration_ms: number | null;
  accounts_evaluated: Generated<number>;
  accounts_changed: Generated<number>;
  signals_read: Generated<number>;
  memberships_changed: Generated<number>;
  /** Accounts the run visits, once it knows (migration 011); null before. */
  accounts_total: number | null;
  resumes: Generated<number>;
  error: string | null;
  checkpoint: unknown;
}

export interface ScoringLeaseRow {
  workspace_id: string;
  owner: string;
  expires_at: number;
  run_id: string | null;
  last_tick: number | null;
}

export interface ConsoleSessionRow {
  workspace_id: string;
  /** sha256 of the cookie's secret; the secret itself is never stored. */
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
}

export interface SignInFailureRow {
  scope: 'email' | 'address';
  subject: string;
  id: string;
  failed_at: number;
}

/** A rate limit's token bucket (src/modules/rate-limits); PostgreSQL only, SQLite keeps them in memory. */
export interface RateLimitBucketRow {
  bucket: string;
  tokens: number;
  refilled_at: number;
  allowed: boolean;
}

/** A deleted account or deal, for delta sync (src/modules/deletions). */
export interface TombstoneRow {
  workspace_id: string;
  kind: 'account' | 'deal';
  change_seq: number;
  record_id: string;
  domain: string | null;
  external_id: string | null;
  deleted_at: number;
}

/** One entry of the append-only audit trail (src/modules/audit). */
export interface AuditEventRow {
  workspace_id: string;
  id: string;
  change_seq: number;
  occurred_at: number;
  actor: string;
  address: string | null;
  action: string;
  target: string | null;
  details: unknown;
}

/** A workspace's Idempotency-Key: its claim, then the result recorded with the request's writes (src/modules/idempotency). */
export interface IdempotencyKeyRow {
  workspace_id: string;
  idempotency_key: string;
  request_hash: string;
  token: string;
  state: 'running' | 'done';
  claimed_at: number;
  lease_until: number;
  result: string | null;
}

export interface WebhookEndpointRow {
  workspace_id: string;
  id: string;
  url: string;
  description: string | null;
  /** The subscribed event types, a JSON array as the dialect stores it. */
  events: unknown;
  status: 'enabled' | 'disabled';
  secret: string;
  previous_secret: string | null;
  previous_secret_until: number | null;
  failing_since: number | null;
  disabled_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface WebhookOutboxRow {
  workspace_id: string;
  id: string;
  type: string;
  created_at: number;
  /** The event as delivered, serialised once. */
  payload: string;
}

export interface WebhookDeliveryRow {
  workspace_id: string;
  id: string;
  endpoint_id: string;
  status: 'pending' | 'succeeded' | 'failed';
  body: string;
  event_ids: string;
  event_count: number;
  created_at: number;
  window_started_at: number;
  next_attempt_at: number;
  attempts: number;
  last_attempt_at: number | null;
  response_code: number | null;
  response_ms: number | null;
  error: string | null;
  completed_at: number | null;
}

export interface WebhookLeaseRow {
  workspace_id: string;
  owner: string;
  expires_at: number;
}

export interface Database {
  workspaces: WorkspaceRow;
  change_clocks: ChangeClockRow;
  change_claims: ChangeClaimRow;
  users: UserRow;
  api_keys: ApiKeyRow;
  custom_fields: CustomFieldRow;
  segments: SegmentRow;
  segment_members: SegmentMemberRow;
  contacts: ContactRow;
  sales_activities: SalesActivityRow;
  sales_activity_contacts: SalesActivityContactRow;
  accounts: AccountRow;
  account_tags: AccountTagRow;
  deals: DealRow;
  deal_accounts: DealAccountRow;
  deal_stage_history: DealStageHistoryRow;
  deal_pipelines: DealPipelineRow;
  signals: SignalRow;
  scoring_configs: ScoringConfigRow;
  account_scores: AccountScoreRow;
  journey_stage_history: JourneyStageHistoryRow;
  scoring_deal_links: ScoringDealLinkRow;
  scoring_runs: ScoringRunRow;
  scoring_leases: ScoringLeaseRow;
  console_sessions: ConsoleSessionRow;
  sign_in_failures: SignInFailureRow;
  rate_limit_buckets: RateLimitBucketRow;
  tombstones: TombstoneRow;
  audit_events: AuditEventRow;
  idempotency_keys: IdempotencyKeyRow;
  webhook_endpoints: WebhookEndpointRow;
  webhook_outbox: WebhookOutboxRow;
  webhook_deliveries: WebhookDeliveryRow;
  webhook_leases: WebhookLeaseRow;
}
