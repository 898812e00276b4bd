import type { Dialect } from '../../db/index.js';
import type { Transaction } from 'kysely';
import { reserveChangeStamps, type ChangeStamps } from '../../db/change-stamps.js';
import type { Database } from '../../db/schema.js';
import { newId } from '../../lib/ids.js';

/**
 * Who did something, for the audit trail: `user:<email>` (a console session), `key:<key prefix>`
 * (an API key), or `cli` (the `intentbase` command on the server), and from which address.
 */
export interface AuditActor {
  actor: string;
  address: string | null;
}

export const CLI_ACTOR: AuditActor = { actor: 'cli', address: null };

/** The server itself, acting on its own (the webhook dispatcher disabling a failing endpoint). */
export const SYSTEM_ACTOR: AuditActor = { actor: 'system', address: null };

/** What is recorded (docs/api.md, "Audit trail"). */
export type AuditAction =
  | 'key.issued'
  | 'key.revoked'
  | 'workspace.api_access_changed'
  | 'user.added'
  | 'user.changed'
  | 'user.removed'
  | 'scoring.settings_changed'
  | 'segment.created'
  | 'segment.changed'
  | 'segment.deleted'
  | 'account.deleted'
  | 'deal.deleted'
  | 'contact.erased'
  | 'webhook.created'
  | 'webhook.changed'
  | 'webhook.secret_rolled'
  | 'webhook.deleted'
  | 'webhook.disabled';

export interface AuditEntry {
  action: AuditAction;
  /** What it was done to: an id, a key prefix, an email. */
  target?: string | null;
  /** Before/after where it fits, counts, flags. */
  details?: Record<string, unknown> | null;
}

/**
 * Appends entries to the trail, inside the caller's transaction: the change and its record commit
 * together or not at all. They are stamped from the workspace's change clock, so the trail is read
 * like any list, without gaps. A change that reserved stamps of its own passes `stamps` — its time,
 * and one more sequence number per entry, reserved with the change's — so the record carries the
 * change's time and the clock does not move past the change for it (a list's `syncTimestamp` stays
 * the time of its last change).
 */
export async function recordAudit(
  trx: Transaction<Database>,
  dialect: Dialect,
  workspaceId: string,
  by: AuditActor,
  entries: readonly AuditEntry[],
  reserved?: ChangeStamps,
): Promise<void> {
  if (entries.length === 0) return;
  const stamps = reserved ?? (await reserveChangeStamps(trx, workspaceId, entries.length));
  await trx
    .insertInto('audit_events')
    .values(
      entries.map((entry, i) => ({
        workspace_id: workspaceId,
        id: newId(stamps.changedAt),
        change_seq: stamps.firstSeq + i,
        occurred_at: stamps.changedAt,
        actor: by.actor,
        address: by.address,
        action: entry.action,
        target: entry.target ?? null,
        details: entry.details === undefined || entry.details === null ? null : dialect.encodeJson(entry.details),
      })),
    )
    .execute();
}
