import type { Selectable } from 'kysely';
import type { Dialect, Executor } from '../../db/index.js';
import type { AccountRow } from '../../db/schema.js';
import { chunks } from '../../lib/chunks.js';
import { compileSegmentRules, RuleSubject, type RulePredicate } from './rule-predicates.js';
import * as segmentsRepo from './segments.repository.js';

/**
 * Membership of dynamic segments (SPEC §7): an account belongs to an active or draft dynamic
 * segment exactly when it matches the segment's rules. Re-evaluated by every scoring run for the
 * accounts it computes, and by every account write for the accounts it wrote (in its transaction).
 * Archived dynamic segments keep the members they had.
 */

const IN_LIST = 500;

export interface DynamicSegment {
  id: string;
  /** The segment's rules, compiled once for every account this load evaluates. */
  matches: RulePredicate;
}

/** The rule fields of an account that the account row does not hold as such. */
export interface AccountOutputs {
  account_score: number;
  website_intent_score: number;
  bombora_intent_score: number;
  g2_intent_score: number;
  advertising_activity_score: number;
  journey_stage: string;
}

export type AccountRecordRow = Pick<
  Selectable<AccountRow>,
  'id' | 'name' | 'domain' | 'external_id' | 'short_name' | 'linkedin_url' | 'tags' | 'custom_fields' | 'changed_at'
> &
  AccountOutputs;

export const ACCOUNT_RECORD_COLUMNS = [
  'id',
  'name',
  'domain',
  'external_id',
  'short_name',
  'linkedin_url',
  'tags',
  'custom_fields',
  'changed_at',
  'account_score',
  'website_intent_score',
  'bombora_intent_score',
  'g2_intent_score',
  'advertising_activity_score',
  'journey_stage',
] as const;

/**
 * Compiled rules by segment version (`workspace/segment/changeSeq`), least recently used first.
 * Decoding and compiling a workspace's rules costs more than evaluating them for a whole batch
 * (about 4 ms at WORKSPACE_RULE_LIMITS), and every account write needs them: each version is
 * compiled once per thread. A segment's change sequence moves with every change to it.
 */
const compiledRules = new Map<string, RulePredicate>();
const COMPILED_RULES_KEPT = 1000;

function rememberCompiled(key: string, matches: RulePredicate): void {
  compiledRules.delete(key);
  compiledRules.set(key, matches);
  if (compiledRules.size > COMPILED_RULES_KEPT) compiledRules.delete(compiledRules.keys().next().value!);
}

/**
 * The workspace's active and draft dynamic segments, their rules compiled: one small query for the
 * segments' versions, and one for the rules of versions not compiled yet (if any).
 */
export async function maintainedDynamicSegments(db: Executor, dialect: Dialect, workspaceId: string): Promise<DynamicSegment[]> {
  const versions = await segmentsRepo.maintainedDynamicVersions(db, workspaceId);
  const keyOf = (version: { id: string; changeSeq: number }) => `${workspaceId}/${version.id}/${version.changeSeq}`;
  const missing = versions.filter((version) => !compiledRules.has(keyOf(version))).map((version) => version.id);
  // Read now: when a segment changed since the versions were read, this is its newer version.
  const fresh = new Map<string, RulePredicate>();
  if (missing.length > 0) {
    for (const row of await segmentsRepo.maintainedDynamicRules(db, dialect, workspaceId, missing)) {
      const matches = compileSegmentRules(row.rules);
      fresh.set(row.id, matches);
      rememberCompiled(keyOf(row), matches);
    }
  }
  return versions.flatMap((version) => {
    const cached = fresh.has(version.id) ? undefined : compiledRules.get(keyOf(version));
    if (cached !== undefined) rememberCompiled(keyOf(version), cached);
    const matches = fresh.get(version.id) ?? cached;
    return matches === undefined ? [] : [{ id: version.id, matches }]; // none: archived between the two reads
  });
}

/** An account as rules see it: its SPEC §3.1 fields, plus each custom field value under its key. */
export function accountRecord(row: AccountRecordRow, dialect: Dialect, outputs: AccountOutputs = row): Record<string, unknown> {
  const custom = row.custom_fields === '{}' ? {} : (dialect.decodeJson<Record<string, unknown>>(row.custom_fields) ?? {});
  return {
    ...custom,
    name: row.name,
    domain: row.domain,
    externalId: row.external_id,
    shortName: row.short_name,
    linkedinUrl: row.linkedin_url,
    tags: row.tags === '[]' ? [] : (dialect.decodeJson<string[]>(row.tags) ?? []),
    rtp_account_score: Number(outputs.account_score),
    rtp_journey_stage: String(outputs.journey_stage),
    rtp_website_intent_score: Number(outputs.website_intent_score),
    rtp_bombora_intent_score: Number(outputs.bombora_intent_score),
    rtp_g2_intent_score: Number(outputs.g2_intent_score),
    rtp_advertising_activity_score: Number(outputs.advertising_activity_score),
    rtp_last_account_date: new Date(Number(row.changed_at)).toISOString(),
  };
}

/** Of the given segments, those each given account belongs to now. */
export async function currentMemberships(
  db: Executor,
  workspaceId: string,
  segmentIds: readonly string[],
  accountIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>();
  if (segmentIds.length === 0) return result;
  for (const part of chunks(accountIds, IN_LIST)) {
    const rows = await db
      .selectFrom('segment_members')
      .select(['account_id', 'segment_id'])
      .where('workspace_id', '=', workspaceId)
      .where('account_id', 'in', part)
      .where('segment_id', 'in', segmentIds)
      .execute();
    for (const row of rows) {
      const set = result.get(row.account_id) ?? new Set<string>();
      set.add(row.segment_id);
      result.set(row.account_id, set);
    }
  }
  return result;
}

export interface MembershipChange {
  accountId: string;
  add: string[];
  remove: string[];
}

/** The memberships that must change so every account is in exactly the segments it matches. */
export function membershipChanges(
  segments: readonly DynamicSegment[],
  records: ReadonlyMap<string, Record<string, unknown>>,
  current: ReadonlyMap<string, ReadonlySet<string>>,
): MembershipChange[] {
  const changes: MembershipChange[] = [];
  for (const [accountId, record] of records) {
    const account = new RuleSubject(record);
    const now = current.get(accountId);
    const add: string[] = [];
    const remove: string[] = [];
    for (const segment of segments) {
      const matches = segment.matches(account);
      const member = now?.has(segment.id) ?? false;
      if (matches && !member) add.push(segment.id);
      else if (!matches && member) remove.push(segment.id);
    }
    if (add.length > 0 || remove.length > 0) changes.push({ accountId, add, remove });
  }
  return changes;
}

/**
 * Writes membership changes. A joining account's member row carries the change stamp the caller
 * has just given the account (`stampOf`), so member lists' delta sync sees it.
 */
export async function applyMembershipChanges(
  db: Executor,
  workspaceId: string,
  changes: readonly MembershipChange[],
  stampOf: (accountId: string) => { seq: number; at: number },
): Promise<number> {
  const inserts = changes.flatMap((c) =>
    c.add.map((segmentId) => {
      const stamp = stampOf(c.accountId);
      return { workspace_id: workspaceId, segment_id: segmentId, account_id: c.accountId, added_at: stamp.at, change_seq: stamp.seq };
    }),
  );
  for (const part of chunks(inserts, IN_LIST)) {
    await db
      .insertInto('segment_members')
      .values(part)
      .onConflict((oc) => oc.columns(['workspace_id', 'segment_id', 'account_id']).doNothing())
      .execute();
  }
  const removals = changes.flatMap((c) => c.remove.map((segmentId) => ({ segmentId, accountId: c.accountId })));
  // One statement for every segment a part of the removals leaves, not one per segment.
  for (const part of chunks(removals, IN_LIST)) {
    const bySegment = new Map<string, string[]>();
    for (const { segmentId, accountId } of part) {
      const accountIds = bySegment.get(segmentId);
      if (accountIds) accountIds.push(accountId);
      else bySegment.set(segmentId, [accountId]);
    }
    await db
      .deleteFrom('segment_members')
      .where('workspace_id', '=', workspaceId)
      .where((eb) => eb.or([...bySegment].map(([segmentId, accountIds]) => eb.and([eb('segment_id', '=', segmentId), eb('account_id', 'in', accountIds)]))))
      .execute();
  }
  return inserts.length + removals.length;
}

/**
 * For an account write (inside its transaction, after the rows are written and stamped): brings the
 * written accounts' dynamic memberships up to date. The accounts already carry this write's change
 * stamp, so a membership change needs no stamp of its own. Returns the memberships changed.
 */
export async function reevaluateWrittenAccounts(db: Executor, dialect: Dialect, workspaceId: string, accountIds: readonly string[]): Promise<number> {
  if (accountIds.length === 0) return 0;
  const segments = await maintainedDynamicSegments(db, dialect, workspaceId);
  if (segments.length === 0) return 0;
  const unique = [...new Set(accountIds)];
  const records = new Map<string, Record<string, unknown>>();
  const stamps = new Map<string, { seq: number; at: number }>();
  for (const part of chunks(unique, IN_LIST)) {
    const rows = await db
      .selectFrom('accounts')
      .select([...ACCOUNT_RECORD_COLUMNS, 'change_seq'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', part)
      .execute();
    for (const row of rows) {
      records.set(row.id, accountRecord(row, dialect));
      stamps.set(row.id, { seq: Number(row.change_seq), at: Number(row.changed_at) });
    }
  }
  const current = await currentMemberships(db, workspaceId, segments.map((s) => s.id), [...records.keys()]);
  const changes = membershipChanges(segments, records, current);
  if (changes.length === 0) return 0;
  return applyMembershipChanges(db, workspaceId, changes, (id) => stamps.get(id)!);
}
