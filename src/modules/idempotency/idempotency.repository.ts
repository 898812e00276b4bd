import type { Executor } from '../../db/dialects/types.js';
import type { IdempotencyKeyRow } from '../../db/schema.js';
import { STATEMENT_COMMITS_WITHOUT_WAITING_FOR_DISK } from '../../db/undurable-commit.js';

/** Forgets the workspace's keys claimed before `before` (kept 24 hours). */
export async function deleteExpiredKeys(db: Executor, workspaceId: string, before: number): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('workspace_id', '=', workspaceId).where('claimed_at', '<', before).execute();
}

/**
 * Claims a key no one holds (PostgreSQL, outside a transaction); false when the key is already
 * there. Its commit need not wait for the disk: a claim lost in a power cut belongs to a request
 * that never answered, so its client retries.
 */
export async function insertClaim(db: Executor, row: IdempotencyKeyRow): Promise<boolean> {
  const inserted = await db
    .insertInto('idempotency_keys')
    .values(row)
    .onConflict((oc) => oc.columns(['workspace_id', 'idempotency_key']).doNothing())
    .returning(['token', STATEMENT_COMMITS_WITHOUT_WAITING_FOR_DISK.as('undurable')])
    .executeTakeFirst();
  return inserted !== undefined;
}

export function findKey(db: Executor, workspaceId: string, key: string): Promise<IdempotencyKeyRow | undefined> {
  return db.selectFrom('idempotency_keys').selectAll().where('workspace_id', '=', workspaceId).where('idempotency_key', '=', key).executeTakeFirst();
}

/**
 * Replaces a claim with `row` if the claim is still the one seen (compare and set on its token and
 * state: a token goes from running to done once): one whose lease ran out, or a key past its 24 hours.
 */
export async function takeOverClaim(db: Executor, seen: IdempotencyKeyRow, row: IdempotencyKeyRow): Promise<boolean> {
  const updated = await db
    .updateTable('idempotency_keys')
    .set(row)
    .where('workspace_id', '=', seen.workspace_id)
    .where('idempotency_key', '=', seen.idempotency_key)
    .where('token', '=', seen.token)
    .where('state', '=', seen.state)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

/** Forgets the key's row as seen (one past its day, or a claim whose holder is gone), if it is still that one. */
export async function deleteKey(db: Executor, seen: IdempotencyKeyRow): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('workspace_id', '=', seen.workspace_id)
    .where('idempotency_key', '=', seen.idempotency_key)
    .where('token', '=', seen.token)
    .execute();
}

/** Lets a claim go that recorded no result (the request wrote nothing): a retry runs afresh. */
export async function deleteUnfinishedClaim(db: Executor, workspaceId: string, key: string, token: string): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('workspace_id', '=', workspaceId)
    .where('idempotency_key', '=', key)
    .where('token', '=', token)
    .where('state', '=', 'running')
    .execute();
}
