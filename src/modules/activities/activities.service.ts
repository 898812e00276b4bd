import type { Kysely, Transaction } from 'kysely';
import type { Database, DatabaseHandle, Dialect, SnapshotReads } from '../../db/index.js';
import { GroupCommit } from '../../db/group-commit.js';
import type { IdempotentCall } from '../../db/idempotent-calls.js';
import { reserveChangeStamps } from '../../db/change-stamps.js';
import { clockSeen, readCursor, toPage, type Page } from '../../http/cursor.js';
import { ApiError, type ValidationIssue } from '../../http/errors.js';
import { summarise } from '../../lib/batch-summary.js';
import { isId, newId } from '../../lib/ids.js';
import { parseIsoDateTime } from '../../lib/iso-date.js';
import * as accountsRepo from '../accounts/accounts.repository.js';
import { parseAccountId } from '../accounts/accounts.service.js';
import { presentActivity, type ActivityView } from './activities.presenter.js';
import * as repo from './activities.repository.js';
import type { AccountActivitiesQuery, CreateActivitiesBody } from './activities.schema.js';
import {
  contactKey,
  duplicateActivityError,
  planActivityBatch,
  planContactUpserts,
  type ActivityResult,
  type PlannedActivity,
} from './activity-batch.js';

export interface CreateActivitiesResult {
  results: ActivityResult[];
  summary: { total: number; created: number; failed: number; skipped: number };
}

const CURSOR_KIND = 'activities';
const TIME = /^-?\d{1,16}$/;

/**
 * An `occurredAt` without an instant is a schema violation: the request is rejected before anything
 * is written. The request schema reads it with the same parser, so over HTTP this never fires; it
 * keeps callers that skip the schema (seed) from reaching the planner with one.
 */
function checkOccurredAt(body: CreateActivitiesBody): void {
  const issues: ValidationIssue[] = [];
  body.activities.forEach((item, i) => {
    if (parseIsoDateTime(item.occurredAt) === undefined) {
      issues.push({
        property: 'occurredAt',
        path: `activities[${i}].occurredAt`,
        constraints: { isISO8601: 'occurredAt must be a valid ISO 8601 date string' },
      });
    }
  });
  if (issues.length > 0) throw ApiError.validation(issues);
}

function decodeTimelineCursor(raw: string): { occurredAt: number; id: string; seen: number } {
  const cursor = readCursor(raw, CURSOR_KIND, ['string', 'string']);
  const [time, id] = cursor.key.map(String);
  if (!TIME.test(time) || !isId(id)) throw ApiError.badRequest('Invalid cursor');
  return { occurredAt: Number(time), id, seen: clockSeen(cursor, undefined) };
}

function toRow(create: PlannedActivity, id: string, changeSeq: number, createdAt: number): repo.NewActivity {
  const { item } = create;
  return {
    id,
    external_activity_id: item.externalActivityId,
    activity_type: create.activityType,
    occurred_at: create.occurredAt,
    domain: create.domain,
    account_name: item.accountName ?? null,
    subject: item.subject ?? null,
    owner_email: item.ownerEmail,
    owner_name: item.ownerName ?? null,
    owner_id: item.ownerId ?? null,
    from_name: item.from?.name ?? null,
    from_email: item.from?.email ?? null,
    call_title: item.callTitle ?? null,
    duration_minutes: item.durationMinutes ?? null,
    outcome: item.outcome ?? null,
    direction: item.direction ?? null,
    open_count: item.openCount ?? null,
    click_count: item.clickCount ?? null,
    created_at: createdAt,
    change_seq: changeSeq,
  };
}

/** Sales activities (SPEC §3.10): create-only batch push with contacts, and an account's timeline. */
export class ActivitiesService {
  private readonly db: Kysely<Database>;
  private readonly dialect: Dialect;
  private readonly reads: SnapshotReads;
  /** Pushes of one workspace share commits (as accounts' do). */
  private readonly batches: GroupCommit;

  constructor(database: DatabaseHandle) {
    this.db = database.db;
    this.dialect = database.dialect;
    this.reads = database.reads;
    this.batches = new GroupCommit(database.db);
  }

  async createActivities(workspaceId: string, body: CreateActivitiesBody, call?: IdempotentCall): Promise<CreateActivitiesResult> {
    checkOccurredAt(body);
    // The answer is made in the unit: the idempotent request `call` records it with the writes.
    return this.batches.run(
      workspaceId,
      async (trx) => {
        const results = await this.writeBatch(trx, workspaceId, body);
        return { results, summary: summarise(results, ['created', 'failed', 'skipped']) };
      },
      call,
    );
  }

  /**
   * Plans the batch in memory, then writes it set-based in this one transaction. Reserving the
   * change stamps first takes the workspace row lock, so concurrent pushes to a workspace run one
   * after another and each plans against the other's committed rows. The unique key on
   * (workspace_id, external_activity_id) is still the last word: an activity another writer
   * inserted first is reported failed, and its contacts are neither written nor linked.
   */
  private async writeBatch(trx: Transaction<Database>, workspaceId: string, body: CreateActivitiesBody): Promise<ActivityResult[]> {
    const stamps = await reserveChangeStamps(trx, workspaceId, body.activities.length);
    const existing = await repo.findExistingExternalIds(trx, workspaceId, body.activities.map((item) => item.externalActivityId));
    const plan = planActivityBatch(body.activities, existing);
    if (plan.creates.length === 0) return plan.results;

    const ids = plan.creates.map(() => newId(stamps.changedAt));
    const inserted = await repo.insertActivities(
      trx,
      workspaceId,
      plan.creates.map((create, i) => toRow(create, ids[i], stamps.firstSeq + i, stamps.changedAt)),
    );
    const results = [...plan.results];
    const created: Array<{ create: PlannedActivity; id: string }> = [];
    plan.creates.forEach((create, i) => {
      if (inserted.has(create.item.externalActivityId)) created.push({ create, id: ids[i] });
      else results[create.index] = { externalActivityId: create.item.externalActivityId, status: 'failed', error: duplicateActivityError(create.item.externalActivityId) };
    });
    if (created.length === 0) return results;

    const creates = created.map((c) => c.create);
    const emails = creates.flatMap((create) => create.item.contacts.map((contact) => contactKey(contact.email)));
    const contacts = await repo.findContactsByEmails(trx, workspaceId, emails);
    const contactPlan = planContactUpserts(creates, contacts, () => newId(stamps.changedAt));
    const written = await repo.upsertContacts(trx, workspaceId, [...contactPlan.writes.values()], stamps.changedAt);
    const contactId = (email: string) => written.get(email) ?? contacts.get(email)!.id;
    await repo.insertActivityContacts(
      trx,
      workspaceId,
      contactPlan.links.map((link) => ({ activityId: created[link.activity].id, contactId: contactId(link.email), position: link.position })),
    );
    return results;
  }

  /** An account's timeline (extension), by rtp_aid. */
  async listAccountActivities(workspaceId: string, rawId: string, query: AccountActivitiesQuery): Promise<Page<ActivityView>> {
    const id = parseAccountId(rawId);
    return this.listActivitiesOfAccount(workspaceId, { id }, query);
  }

  /**
   * The timeline of an account found by `find` — by id here; the CRM generation may resolve its own
   * key first and pass the id. Newest first by occurrence (ties by id, newest first), keyset paged.
   * Activities are matched to the account by its normalised domain when read, so those pushed before
   * the account existed appear as soon as it does.
   */
  async listActivitiesOfAccount(workspaceId: string, find: { id: string }, query: AccountActivitiesQuery): Promise<Page<ActivityView>> {
    const limit = query.limit ?? 100;
    const before = query.cursor === undefined ? undefined : decodeTimelineCursor(query.cursor);
    return this.reads.snapshot(workspaceId, before?.seen ?? 0, async (trx, { clock }) => {
      const account = (await accountsRepo.findAccountsByIds(trx, workspaceId, [find.id])).at(0);
      if (!account) throw ApiError.notFound('Account not found');
      const rows = await repo.listActivitiesByDomain(trx, workspaceId, account.domain, { before, limit });
      const pageRows = rows.slice(0, limit);
      const contacts = await repo.contactsOfActivities(trx, workspaceId, pageRows.map((row) => row.id));
      const page = toPage(
        rows,
        limit,
        CURSOR_KIND,
        (row) => [String(row.occurred_at), row.id],
        (row) => presentActivity(row, contacts.get(row.id) ?? []),
        clock,
      );
      return { ...page, syncTimestamp: new Date(clock).toISOString() };
    });
  }
}
