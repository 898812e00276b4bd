import { summarise } from '../../lib/batch-summary.js';
import { emitWebhookEvents, membershipEvents } from '../webhooks/webhook-events.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database, Dialect, SnapshotReads } from '../../db/index.js';
import { reserveChangeStamps, type ChangeStamps } from '../../db/change-stamps.js';
import { ApiError } from '../../http/errors.js';
import { clockSeen, readCursor, toPage, type Page } from '../../http/cursor.js';
import { lastSyncInstant } from '../../http/schema-helpers.js';
import { isId, newId } from '../../lib/ids.js';
import { normalizeDomain } from '../../lib/domain.js';
import { presentAccount, type AccountView } from '../accounts/accounts.presenter.js';
import * as accountsRepo from '../accounts/accounts.repository.js';
import * as repo from './segments.repository.js';
import { ruleLoad, ruleLoadProblem, validateSegmentRules, type SegmentRules } from './segment-rules.js';
import { previewMembers, type SegmentPreview } from './segment-preview.js';
import { evaluateDynamicSegment } from './segment-evaluation.js';
import { recordedTransaction, type IdempotentCall } from '../../db/idempotent-calls.js';
import type { Log } from '../../lib/log.js';
import type {
  CreateSegmentBody,
  ListSegmentsQuery,
  MembersQuery,
  SegmentListItem,
  SegmentStatus,
  SegmentView,
  UpdateSegmentBody,
} from './segments.schema.js';
import { recordAudit, type AuditActor } from '../audit/audit.js';
import type { Static } from 'typebox';

export type { SegmentView } from './segments.schema.js';

export interface MemberRef { rtp_aid?: string; domain?: string }
export interface MemberResult {
  rtp_aid: string | null;
  domain: string | null;
  status: 'added' | 'removed' | 'unchanged' | 'failed';
  error?: string;
}

export interface SegmentsServiceDeps {
  /** The keys of a workspace's active account custom fields (the custom-fields module's). */
  activeFieldKeys(workspaceId: string): Promise<string[]>;
  /** Stamps accounts whose membership changed, in the given transaction (the accounts module's). */
  stampAccounts(trx: Transaction<Database>, workspaceId: string, accountIds: string[], stamps: ChangeStamps): Promise<void>;
  /** Where a failed member evaluation after a save is reported. */
  log?: Log;
}

const MEMBER_STATUSES: SegmentStatus[] = ['active', 'draft'];

/** Parses a path id, answering the SPEC §2.5 message for a malformed one. */
export function parseSegmentId(raw: string): string {
  if (!isId(raw)) throw ApiError.badRequest('Invalid segmentId format');
  return raw;
}

/** The SPEC §3.2 rules for a segment that is to receive accounts, with their exact messages. */
function assertAcceptsMembers(segment: repo.Segment): void {
  if (segment.type !== 'static') {
    throw ApiError.badRequest(`Segment '${segment.id}' is not a static segment and cannot accept new members`);
  }
  if (!MEMBER_STATUSES.includes(segment.status)) {
    throw ApiError.badRequest(`Segment '${segment.id}' is not active or draft and cannot accept new members`);
  }
}

/** Segments (SPEC §3.11): the compatible list, and the management extension. */
export class SegmentsService {
  /** Member evaluations started by saves (segment-evaluation.ts), by workspace and segment. */
  private readonly evaluations = new Map<string, { abort: AbortController; done: Promise<void> }>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly reads: SnapshotReads,
    private readonly deps: SegmentsServiceDeps,
  ) {}

  async list(workspaceId: string, query: ListSegmentsQuery): Promise<Page<Static<typeof SegmentListItem>>> {
    const limit = query.limit ?? 100;
    const type = query.type ?? 'static';
    const cursor = query.cursor === undefined ? undefined : readCursor(query.cursor, 'segments', ['string']);
    const afterId = cursor === undefined ? undefined : String(cursor.key[0]);
    const changedAfter = lastSyncInstant(query.lastSync);
    return this.reads.snapshot(workspaceId, clockSeen(cursor, changedAfter), async (trx, { clock }) => {
      const rows = await repo.listSegments(trx, this.dialect, workspaceId, {
        types: type === 'all' ? ['static', 'dynamic'] : [type],
        statuses: query.status ? [query.status] : MEMBER_STATUSES,
        afterId,
        changedAfter,
        limit,
      });
      // The compatible item is { segmentId, name, status }; `type` and `memberCount` appear only when a type is asked for.
      const counts = query.type === undefined ? undefined : await repo.countMembersOf(trx, workspaceId, rows.slice(0, limit).map((s) => s.id));
      const page = toPage(
        rows,
        limit,
        'segments',
        (s) => [s.id],
        (s) => ({
          segmentId: s.id,
          name: s.name,
          status: s.status,
          ...(counts === undefined ? {} : { type: s.type, memberCount: counts.get(s.id) ?? 0 }),
        }),
        clock,
      );
      return { ...page, syncTimestamp: new Date(clock).toISOString() };
    });
  }

  async create(workspaceId: string, body: CreateSegmentBody, by: AuditActor, call?: IdempotentCall): Promise<SegmentView> {
    const rules = await this.checkRules(workspaceId, body.type, body.rules, true);
    // The transaction answers the view (what the idempotent request `call` records); the segment is kept aside.
    let saved: repo.Segment | undefined;
    const view = await recordedTransaction(this.db, call, async (trx) => {
      // One for the segment, one for its audit entry.
      const stamps = await reserveChangeStamps(trx, workspaceId, 2);
      const segment: repo.Segment = {
        id: newId(stamps.changedAt),
        name: body.name.trim(),
        type: body.type,
        status: body.status ?? 'active',
        rules,
        createdAt: stamps.changedAt,
        changedAt: stamps.changedAt,
      };
      await this.checkRuleLoad(trx, workspaceId, segment);
      await repo.insertSegment(trx, this.dialect, workspaceId, segment, stamps.firstSeq);
      const created = { action: 'segment.created' as const, target: segment.id, details: { after: auditedSegment(segment) } };
      await recordAudit(trx, this.dialect, workspaceId, by, [created], { firstSeq: stamps.firstSeq + 1, changedAt: stamps.changedAt });
      saved = segment;
      return this.view(segment, 0);
    });
    if (saved) this.evaluateMembersSoon(workspaceId, saved);
    return view;
  }

  /**
   * Who dynamic rules would select now, without saving them: validated exactly as a save validates
   * them (same limits, same messages), then evaluated over every account (segment-preview.ts).
   */
  async preview(workspaceId: string, rules: unknown): Promise<SegmentPreview> {
    const checked = await this.checkRules(workspaceId, 'dynamic', rules, true);
    return previewMembers(this.db, this.dialect, workspaceId, checked!);
  }

  async get(workspaceId: string, segmentId: string): Promise<SegmentView> {
    const segment = await this.require(this.db, workspaceId, segmentId);
    return this.view(segment, await repo.countMembers(this.db, workspaceId, segment.id));
  }

  async update(workspaceId: string, segmentId: string, body: UpdateSegmentBody, by: AuditActor, call?: IdempotentCall): Promise<SegmentView> {
    const current = await this.require(this.db, workspaceId, segmentId);
    const rules = body.rules === undefined ? current.rules : await this.checkRules(workspaceId, current.type, body.rules, false);
    let saved: repo.Segment | undefined;
    const view = await recordedTransaction(this.db, call, async (trx) => {
      // One for the segment, one for its audit entry.
      const stamps = await reserveChangeStamps(trx, workspaceId, 2);
      const segment: repo.Segment = {
        ...current,
        name: body.name?.trim() ?? current.name,
        status: body.status ?? current.status,
        rules,
        changedAt: stamps.changedAt,
      };
      await this.checkRuleLoad(trx, workspaceId, segment);
      await repo.updateSegment(trx, this.dialect, workspaceId, segment, stamps.firstSeq);
      const change = { before: auditedSegment(current), after: auditedSegment(segment) };
      await recordAudit(trx, this.dialect, workspaceId, by, [{ action: 'segment.changed', target: segment.id, details: change }], {
        firstSeq: stamps.firstSeq + 1,
        changedAt: stamps.changedAt,
      });
      saved = segment;
      return this.view(segment, await repo.countMembers(trx, workspaceId, segment.id));
    });
    if (saved && (saved.status !== current.status || JSON.stringify(saved.rules) !== JSON.stringify(current.rules))) {
      this.evaluateMembersSoon(workspaceId, saved);
    }
    return view;
  }

  /**
   * After a save of a dynamic segment's rules or status has committed: its members, evaluated in the
   * background (segment-evaluation.ts) so they follow within seconds rather than at the next scoring
   * run. A newer save of the same segment replaces an evaluation still in progress.
   */
  private evaluateMembersSoon(workspaceId: string, segment: repo.Segment): void {
    if (segment.type !== 'dynamic' || segment.rules === null || !repo.MAINTAINED_STATUSES.includes(segment.status)) return;
    const key = `${workspaceId}/${segment.id}`;
    this.evaluations.get(key)?.abort.abort();
    const abort = new AbortController();
    const deps = { stampAccounts: this.deps.stampAccounts.bind(this.deps), signal: abort.signal };
    // It outlives the request that saved the segment (its transactions record no request's answer).
    const done = evaluateDynamicSegment(this.db, this.dialect, workspaceId, segment.id, deps).then(
      () => undefined,
      // Nothing is lost: the next scoring run evaluates every dynamic segment whose rules changed.
      (error: unknown) => this.deps.log?.warn({ workspaceId, segmentId: segment.id, err: error }, 'segments: member evaluation after a save failed'),
    );
    const entry = { abort, done };
    this.evaluations.set(key, entry);
    void done.finally(() => {
      if (this.evaluations.get(key) === entry) this.evaluations.delete(key);
    });
  }

  /** Stops the member evaluations in progress (shutdown); the next scoring run completes their work. */
  async stop(): Promise<void> {
    const running = [...this.evaluations.values()];
    for (const { abort } of running) abort.abort();
    await Promise.all(running.map(({ done }) => done));
  }

  /**
   * Checks a `segmentId` given with an account push (SPEC §3.2) before anything is written, with
   * the exact messages of the compatible API.
   */
  async requireStaticTarget(workspaceId: string, segmentId: string): Promise<repo.Segment> {
    const segment = isId(segmentId) ? await repo.findSegment(this.db, this.dialect, workspaceId, segmentId) : undefined;
    if (!segment) throw ApiError.badRequest(`Segment '${segmentId}' not found`);
    assertAcceptsMembers(segment);
    return segment;
  }

  async addMembers(workspaceId: string, segmentId: string, refs: MemberRef[], call?: IdempotentCall) {
    assertAcceptsMembers(await this.require(this.db, workspaceId, segmentId));
    return this.changeMembers(workspaceId, segmentId, refs, 'added', call);
  }

  async removeMembers(workspaceId: string, segmentId: string, refs: MemberRef[]) {
    const segment = await this.require(this.db, workspaceId, segmentId);
    if (segment.type !== 'static') {
      throw ApiError.badRequest(`Segment '${segmentId}' is not a static segment; its members follow its rules`);
    }
    return this.changeMembers(workspaceId, segmentId, refs, 'removed');
  }

  async listMembers(workspaceId: string, segmentId: string, query: MembersQuery): Promise<Page<AccountView>> {
    await this.require(this.db, workspaceId, segmentId);
    const limit = query.limit ?? 100;
    const cursor = query.cursor === undefined ? undefined : readCursor(query.cursor, 'members', ['integer']);
    const afterSeq = cursor === undefined ? undefined : Number(cursor.key[0]);
    const changedAfter = lastSyncInstant(query.lastSync);
    const fieldKeys = await this.deps.activeFieldKeys(workspaceId);
    return this.reads.snapshot(workspaceId, clockSeen(cursor, changedAfter), async (trx, watermark) => {
      // Only changes at or below the watermark: above it, one that commits later may still take a place.
      const rows = await repo.listMemberAccounts(trx, workspaceId, segmentId, { afterSeq, toSeq: watermark.seq, changedAfter, limit });
      const segmentsByAccount = await accountsRepo.segmentsOfAccounts(trx, workspaceId, rows.slice(0, limit).map((r) => r.id));
      const page = toPage(
        rows,
        limit,
        'members',
        (r) => [Number(r.member_seq)],
        (r) => presentAccount(r, this.dialect, fieldKeys, segmentsByAccount.get(r.id) ?? []),
        watermark.clock,
      );
      return { ...page, syncTimestamp: new Date(watermark.clock).toISOString() };
    });
  }

  private async require(db: Kysely<Database>, workspaceId: string, segmentId: string): Promise<repo.Segment> {
    const segment = await repo.findSegment(db, this.dialect, workspaceId, parseSegmentId(segmentId));
    if (!segment) throw ApiError.notFound('Segment not found');
    return segment;
  }

  private async checkRules(workspaceId: string, type: string, rules: unknown, creating: boolean): Promise<SegmentRules | null> {
    if (type === 'static') {
      if (rules === undefined || rules === null) return null;
      throw ApiError.validation([
        { property: 'rules', path: 'rules', constraints: { staticSegmentRules: 'rules are only accepted for dynamic segments' } },
      ]);
    }
    if (rules === undefined && creating) {
      throw ApiError.validation([{ property: 'rules', path: 'rules', constraints: { isNotEmpty: 'rules should not be empty' } }]);
    }
    const issues = validateSegmentRules(rules, await this.deps.activeFieldKeys(workspaceId));
    if (issues.length > 0) throw ApiError.validation(issues);
    return rules as SegmentRules;
  }

  /**
   * Refuses a segment that would take its workspace's active and draft dynamic segments over
   * WORKSPACE_RULE_LIMITS. Called in the write's transaction after its change stamps are reserved:
   * that holds the workspace row's lock, so two concurrent writes cannot both pass on one count.
   */
  private async checkRuleLoad(trx: Kysely<Database>, workspaceId: string, segment: repo.Segment): Promise<void> {
    if (segment.type !== 'dynamic' || segment.rules === null || !repo.MAINTAINED_STATUSES.includes(segment.status)) return;
    const stored = await repo.maintainedDynamicRules(trx, this.dialect, workspaceId);
    const others = stored.filter((s) => s.id !== segment.id).map((s) => s.rules);
    const problem = ruleLoadProblem(ruleLoad(stored.map((s) => s.rules)), ruleLoad([...others, segment.rules]));
    if (problem) throw ApiError.badRequest(problem);
  }

  private view(segment: repo.Segment, memberCount: number): SegmentView {
    return {
      segmentId: segment.id,
      name: segment.name,
      type: segment.type,
      status: segment.status,
      rules: segment.rules,
      createdAt: new Date(segment.createdAt).toISOString(),
      memberCount,
    };
  }

  /** Of the given accounts, those not yet members of the segment, in order: an account write joining it (SPEC §3.1 segmentId). */
  async notYetMembers(trx: Transaction<Database>, workspaceId: string, segmentId: string, accountIds: readonly string[]): Promise<string[]> {
    const unique = [...new Set(accountIds)];
    const members = await repo.existingMemberIds(trx, workspaceId, segmentId, unique);
    return unique.filter((id) => !members.has(id));
  }

  /** Adds members an account write has just stamped (each with its change sequence), in its transaction. */
  async addMembersWritten(
    trx: Transaction<Database>,
    workspaceId: string,
    segmentId: string,
    members: ReadonlyArray<{ accountId: string; changeSeq: number }>,
    changedAt: number,
  ): Promise<void> {
    for (const { accountId, changeSeq } of members) await repo.insertMember(trx, workspaceId, segmentId, accountId, changedAt, changeSeq);
    await this.announceMembers(trx, workspaceId, segmentId, members.map((m) => m.accountId), 'add', changedAt);
  }

  /** `segment.membership_changed` for static members added or removed, in the transaction that moved them. */
  private async announceMembers(trx: Transaction<Database>, workspaceId: string, segmentId: string, accountIds: readonly string[], action: 'add' | 'remove', at: number) {
    const changes = accountIds.map((accountId) => ({ accountId, add: action === 'add' ? [segmentId] : [], remove: action === 'remove' ? [segmentId] : [] }));
    await emitWebhookEvents(trx, this.dialect, workspaceId, membershipEvents(changes), at);
  }

  /** Resolves each reference to an account, then adds or removes the found ones in one transaction. */
  private async changeMembers<Done extends 'added' | 'removed'>(workspaceId: string, segmentId: string, refs: MemberRef[], done: Done, call?: IdempotentCall) {
    const action = done === 'added' ? 'add' : 'remove';
    return recordedTransaction(this.db, call, async (trx) => {
      const resolved = await this.resolveRefs(trx, workspaceId, refs);
      const accountIds = [...new Set(resolved.flatMap((r) => (r.accountId ? [r.accountId] : [])))];
      const members = await repo.existingMemberIds(trx, workspaceId, segmentId, accountIds);
      const toChange = accountIds.filter((id) => (action === 'add' ? !members.has(id) : members.has(id)));
      if (toChange.length > 0) {
        const stamps = await reserveChangeStamps(trx, workspaceId, toChange.length);
        if (action === 'add') {
          for (const [i, id] of toChange.entries()) {
            await repo.insertMember(trx, workspaceId, segmentId, id, stamps.changedAt, stamps.firstSeq + i);
          }
        } else {
          await repo.deleteMembers(trx, workspaceId, segmentId, toChange);
        }
        await this.deps.stampAccounts(trx, workspaceId, toChange, stamps);
        await this.announceMembers(trx, workspaceId, segmentId, toChange, action, stamps.changedAt);
      }
      const changed = new Set(toChange);
      const results: MemberResult[] = resolved.map((r) => {
        if (r.error) return { rtp_aid: r.accountId, domain: r.domain, status: 'failed', error: r.error };
        const status = changed.delete(r.accountId!) ? done : 'unchanged';
        return { rtp_aid: r.accountId, domain: r.domain, status };
      });
      return { results, summary: summarise(results, [done, 'unchanged', 'failed']) };
    });
  }

  private async resolveRefs(trx: Kysely<Database>, workspaceId: string, refs: MemberRef[]) {
    const ids = refs.flatMap((r) => (r.rtp_aid !== undefined && isId(r.rtp_aid) ? [r.rtp_aid] : []));
    const domains = refs.flatMap((r) => {
      const normalized = r.rtp_aid === undefined && r.domain !== undefined ? normalizeDomain(r.domain) : null;
      return normalized ? [normalized] : [];
    });
    const byId = new Map((await accountsRepo.findAccountsByIds(trx, workspaceId, ids)).map((a) => [a.id, a.domain]));
    const byDomain = new Map((await accountsRepo.findAccountsByDomains(trx, workspaceId, domains)).map((a) => [a.domain, a.id]));
    return refs.map((ref): { accountId: string | null; domain: string | null; error?: string } => {
      if (ref.rtp_aid !== undefined) {
        if (!isId(ref.rtp_aid)) return { accountId: null, domain: null, error: 'Invalid rtp_aid format' };
        const domain = byId.get(ref.rtp_aid);
        return domain === undefined ? { accountId: ref.rtp_aid, domain: null, error: 'Account not found' } : { accountId: ref.rtp_aid, domain };
      }
      if (ref.domain === undefined) return { accountId: null, domain: null, error: 'Each item needs rtp_aid or domain' };
      const domain = normalizeDomain(ref.domain);
      if (domain === null) return { accountId: null, domain: ref.domain, error: `Invalid domain '${ref.domain}'` };
      const accountId = byDomain.get(domain);
      return accountId === undefined ? { accountId: null, domain, error: 'Account not found' } : { accountId, domain };
    });
  }
}

/** What the audit trail keeps of a segment's definition. */
function auditedSegment(segment: repo.Segment) {
  return { name: segment.name, type: segment.type, status: segment.status, rules: segment.rules };
}
