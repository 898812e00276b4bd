import type { Kysely } from 'kysely';
import type { Dialect, SnapshotReads } from '../../db/index.js';
import type { Database } from '../../db/schema.js';
import { ApiError } from '../../http/errors.js';
import { clockSeen, readCursor, toPage, type Page } from '../../http/cursor.js';
import { lastSyncInstant } from '../../http/schema-helpers.js';
import type { Executor } from '../../db/dialects/types.js';

export interface AuditEventView {
  id: string;
  occurredAt: string;
  actor: string;
  address: string | null;
  action: string;
  target: string | null;
  details: Record<string, unknown> | null;
}

export interface ListAuditQuery {
  limit?: number;
  cursor?: string;
  lastSync?: string;
}

const CURSOR_KIND = 'audit-events';

/** Reads the audit trail: oldest first, by when it happened. Nothing here writes (append-only). */
export class AuditService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly reads: SnapshotReads,
  ) {}

  /** `GET /audit-events`: admins only (a key whose user is an admin, or an admin's session). */
  async list(workspaceId: string, userId: string, query: ListAuditQuery): Promise<Page<AuditEventView>> {
    await this.requireAdmin(workspaceId, userId);
    return this.page(workspaceId, query);
  }

  /** `intentbase audit`: the operator on the server. Paged and synced like the lists (by the change sequence). */
  async page(workspaceId: string, query: ListAuditQuery): Promise<Page<AuditEventView>> {
    const limit = query.limit ?? 100;
    const cursor = query.cursor === undefined ? undefined : readCursor(query.cursor, CURSOR_KIND, ['integer']);
    const afterSeq = cursor === undefined ? 0 : Number(cursor.key[0]);
    const since = lastSyncInstant(query.lastSync);
    return this.reads.snapshot(workspaceId, clockSeen(cursor, since), async (trx, clock) => {
      const syncTimestamp = new Date(clock).toISOString();
      const fromSeq = since === undefined ? afterSeq + 1 : await firstSeqAfter(trx, workspaceId, since);
      if (fromSeq === undefined) return { data: [], nextCursor: null, hasNextPage: false, syncTimestamp };
      const rows = await trx
        .selectFrom('audit_events')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('change_seq', '>=', Math.max(fromSeq, afterSeq + 1))
        .orderBy('change_seq')
        .limit(limit + 1)
        .execute();
      const present = (row: (typeof rows)[number]): AuditEventView => ({
        id: row.id,
        occurredAt: new Date(Number(row.occurred_at)).toISOString(),
        actor: row.actor,
        address: row.address,
        action: row.action,
        target: row.target,
        details: row.details === null ? null : this.dialect.decodeJson<Record<string, unknown>>(row.details),
      });
      const page = toPage(rows, limit, CURSOR_KIND, (row) => [Number(row.change_seq)], present, clock);
      return { ...page, syncTimestamp };
    });
  }

  private async requireAdmin(workspaceId: string, userId: string): Promise<void> {
    const user = await this.db.selectFrom('users').select('role').where('workspace_id', '=', workspaceId).where('id', '=', userId).executeTakeFirst();
    if (user?.role !== 'admin') throw new ApiError('FORBIDDEN', 'The audit trail is for admins: use an admin user’s key or session');
  }
}

/** The first entry after `time` (entries' times grow with their sequence, as the lists' do). */
async function firstSeqAfter(db: Executor, workspaceId: string, time: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('audit_events')
    .select('change_seq')
    .where('workspace_id', '=', workspaceId)
    .where('occurred_at', '>', time)
    .orderBy('occurred_at')
    .orderBy('change_seq')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.change_seq);
}
