import type { Executor } from '../../db/dialects/types.js';
import type { IdempotencyKeyRow } from '../../db/schema.js';

/** Forgets the workspace's keys claimed before `before` (kept 24 hours). */
export async function deleteExpiredKeys(db: Executor, workspaceId: string, before: number): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('workspace_id', '=', workspaceId).where('claimed_at', '<', before).execute();
}

/** Claims a key no one holds; false when the key is already there. */
export async function insertClaim(db: Executor, row: IdempotencyKeyRow): Promise<boolean> {
  const inserted = await db
    .insertInto('idempotency_keys')
    .values(row)
    .onConflict((oc) => oc.columns(['workspace_id', 'idempotency_key']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}

export function findKey(db: Executor, workspaceId: string, key: string): Promise<IdempotencyKeyRow | undefined> {
  return db.selectFrom('idempotency_keys').selectAll().where('workspace_id', '=', workspaceId).where('idempotency_key', '=', key).executeTakeFirst();
}

/** Takes over a claim whose lease ran out, if it is still the one seen (compare and set on its token). */
export async function takeOverClaim(
  db: Executor,
  seen: IdempotencyKeyRow,
  claim: Pick<IdempotencyKeyRow, 'token' | 'claimed_at' | 'lease_until'>,
): Promise<boolean> {
  const updated = await db
    .updateTable('idempotency_keys')
    .set(claim)
    .where('workspace_id', '=', seen.workspace_id)
    .where('idempotency_key', '=', seen.idempotency_key)
    .where('token', '=', seen.token)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
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
