import type { Kysely, Transaction } from 'kysely';
import type { Database, Dialect } from '../../db/index.js';
import { reserveChangeStamps, type ChangeStamps } from '../../db/change-stamps.js';
import { compileSegmentRules } from './rule-predicates.js';
import { accountRecord, applyMembershipChanges, membershipChanges, type DynamicSegment, type MembershipChange } from './dynamic-members.js';
import * as repo from './segments.repository.js';

/**
 * A dynamic segment's members, brought up to date right after its rules are saved (issue 14): an
 * evaluation of that segment alone over every account, in id order a page at a time, instead of
 * waiting for the next scoring run. Started by the save once it has committed (SegmentsService);
 * the scoring run that follows still evaluates every dynamic segment (its rules changed), and finds
 * little left to do.
 *
 * Each page is read and evaluated without a lock; only a page with memberships to change opens a
 * transaction, which takes the workspace's change lock (reserving the stamps the changed accounts
 * get, so delta sync sees them), reads those accounts again and writes what still differs. An
 * account written meanwhile has had its memberships evaluated by its own write, with these rules.
 * The evaluation stops when the segment changes again (that save starts its own) or leaves the
 * active and draft statuses.
 */

/** Accounts per page: bounded memory, and a short turn of the thread the API shares on SQLite. */
export const EVALUATION_PAGE = 500;

export interface SegmentEvaluation {
  accountsEvaluated: number;
  membershipsChanged: number;
  /** False when the segment changed (or stopped being maintained) before every account was visited. */
  completed: boolean;
}

export interface EvaluationDeps {
  /** Stamps the accounts whose membership changed (the accounts module's, as for member pushes). */
  stampAccounts(trx: Transaction<Database>, workspaceId: string, accountIds: string[], stamps: ChangeStamps): Promise<void>;
  signal?: AbortSignal;
}

const yieldToOtherCalls = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function evaluateDynamicSegment(
  db: Kysely<Database>,
  dialect: Dialect,
  workspaceId: string,
  segmentId: string,
  deps: EvaluationDeps,
): Promise<SegmentEvaluation> {
  const outcome: SegmentEvaluation = { accountsEvaluated: 0, membershipsChanged: 0, completed: false };
  const version = await currentVersion(db, dialect, workspaceId, segmentId);
  if (version === undefined) return outcome;
  const segment: DynamicSegment = { id: segmentId, matches: compileSegmentRules(version.rules) };
  let afterId: string | null = null;
  for (;;) {
    if (deps.signal?.aborted) return outcome;
    const rows = await repo.accountRecordPage(db, workspaceId, afterId, EVALUATION_PAGE);
    const changes = await changesOf(db, dialect, workspaceId, segment, rows);
    if (changes.length > 0) {
      const written = await db.transaction().execute(async (trx) => {
        const stamps = await reserveChangeStamps(trx, workspaceId, changes.length);
        // Under the lock: the segment is still this version, and the accounts are read afresh.
        if ((await currentVersion(trx, dialect, workspaceId, segmentId))?.changeSeq !== version.changeSeq) return undefined;
        const fresh = await repo.accountRecordRows(trx, workspaceId, changes.map((c) => c.accountId));
        const confirmed = await changesOf(trx, dialect, workspaceId, segment, fresh);
        const seqOf = new Map(confirmed.map((c, i) => [c.accountId, stamps.firstSeq + i]));
        const count = await applyMembershipChanges(trx, dialect, workspaceId, confirmed, (id) => ({ seq: seqOf.get(id)!, at: stamps.changedAt }));
        await deps.stampAccounts(trx, workspaceId, confirmed.map((c) => c.accountId), stamps);
        return count;
      });
      if (written === undefined) return outcome;
      outcome.membershipsChanged += written;
    }
    outcome.accountsEvaluated += rows.length;
    if (rows.length < EVALUATION_PAGE) return { ...outcome, completed: true };
    afterId = rows[rows.length - 1].id;
    await yieldToOtherCalls();
  }
}

/** The segment's rules and version, while it is a maintained dynamic segment. */
async function currentVersion(db: Kysely<Database> | Transaction<Database>, dialect: Dialect, workspaceId: string, segmentId: string) {
  return (await repo.maintainedDynamicRules(db, dialect, workspaceId, [segmentId]))[0] as repo.DynamicRules | undefined;
}

async function changesOf(
  db: Kysely<Database> | Transaction<Database>,
  dialect: Dialect,
  workspaceId: string,
  segment: DynamicSegment,
  rows: readonly repo.AccountRecordRow[],
): Promise<MembershipChange[]> {
  if (rows.length === 0) return [];
  const records = new Map(rows.map((row) => [row.id, accountRecord(row, dialect)]));
  const current = await repo.membershipsOf(db, workspaceId, [segment.id], [...records.keys()]);
  return membershipChanges([segment], records, current);
}
