import type { Transaction } from 'kysely';
import type { Database, Dialect, Executor } from '../../db/index.js';
import { emitWebhookEvents, membershipEvents } from '../webhooks/webhook-events.js';
import { compileSegmentRules, RuleSubject, type RulePredicate } from './rule-predicates.js';
import * as segmentsRepo from './segments.repository.js';
import type { AccountOutputs, AccountRecordRow } from './segments.repository.js';

/**
 * Membership of dynamic segments (SPEC §7): an account belongs to an active or draft dynamic
 * segment exactly when it matches the segment's rules. Re-evaluated by every scoring run for the
 * accounts it computes, and by every account write for the accounts it wrote (in its transaction).
 * Archived dynamic segments keep the members they had.
 */

export interface DynamicSegment {
  id: string;
  /** The segment's rules, compiled once for every account this load evaluates. */
  matches: RulePredicate;
}

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
  const custom = row.custom_fields === '{}' ? {} : (dialect.decodeJson<Record<string, unknown> | null>(row.custom_fields) ?? {});
  return {
    ...custom,
    name: row.name,
    domain: row.domain,
    externalId: row.external_id,
    shortName: row.short_name,
    linkedinUrl: row.linkedin_url,
    tags: row.tags === '[]' ? [] : (dialect.decodeJson<string[] | null>(row.tags) ?? []),
    rtp_account_score: Number(outputs.account_score),
    rtp_journey_stage: String(outputs.journey_stage),
    rtp_website_intent_score: Number(outputs.website_intent_score),
    rtp_bombora_intent_score: Number(outputs.bombora_intent_score),
    rtp_g2_intent_score: Number(outputs.g2_intent_score),
    rtp_advertising_activity_score: Number(outputs.advertising_activity_score),
    rtp_last_account_date: new Date(Number(row.changed_at)).toISOString(),
  };
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
  trx: Transaction<Database>,
  dialect: Dialect,
  workspaceId: string,
  changes: readonly MembershipChange[],
  stampOf: (accountId: string) => { seq: number; at: number },
  /** The scoring run that moved them, when one did (its `segment.membership_changed` events name it). */
  runId?: string,
): Promise<number> {
  const inserts = changes.flatMap((c) =>
    c.add.map((segmentId) => {
      const stamp = stampOf(c.accountId);
      return { segmentId, accountId: c.accountId, addedAt: stamp.at, changeSeq: stamp.seq };
    }),
  );
  await segmentsRepo.insertMemberships(trx, workspaceId, inserts);
  const removals = changes.flatMap((c) => c.remove.map((segmentId) => ({ segmentId, accountId: c.accountId })));
  await segmentsRepo.deleteMemberships(trx, workspaceId, removals);
  if (changes.length > 0) {
    const at = Math.max(...changes.map((c) => stampOf(c.accountId).at));
    await emitWebhookEvents(trx, dialect, workspaceId, membershipEvents(changes, runId), at);
  }
  return inserts.length + removals.length;
}

/**
 * For an account write (inside its transaction, after the rows are written and stamped): brings the
 * written accounts' dynamic memberships up to date. The accounts already carry this write's change
 * stamp, so a membership change needs no stamp of its own. Returns the memberships changed.
 */
export async function reevaluateWrittenAccounts(db: Transaction<Database>, dialect: Dialect, workspaceId: string, accountIds: readonly string[]): Promise<number> {
  if (accountIds.length === 0) return 0;
  const segments = await maintainedDynamicSegments(db, dialect, workspaceId);
  if (segments.length === 0) return 0;
  const unique = [...new Set(accountIds)];
  const records = new Map<string, Record<string, unknown>>();
  const stamps = new Map<string, { seq: number; at: number }>();
  for (const row of await segmentsRepo.accountRecordRows(db, workspaceId, unique)) {
    records.set(row.id, accountRecord(row, dialect));
    stamps.set(row.id, { seq: Number(row.change_seq), at: Number(row.changed_at) });
  }
  const current = await segmentsRepo.membershipsOf(db, workspaceId, segments.map((s) => s.id), [...records.keys()]);
  const changes = membershipChanges(segments, records, current);
  if (changes.length === 0) return 0;
  return applyMembershipChanges(db, dialect, workspaceId, changes, (id) => stamps.get(id)!);
}
