import type { Selectable } from 'kysely';
import type { Executor } from '../../db/index.js';
import type { WebhookDeliveryRow, WebhookEndpointRow, WebhookOutboxRow } from '../../db/schema.js';

// The webhooks module's SQL: endpoints, the outbox, deliveries and the dispatcher's lease.

export type StoredEndpoint = Selectable<WebhookEndpointRow>;
export type StoredDelivery = Selectable<WebhookDeliveryRow>;
export type StoredOutboxEvent = Selectable<WebhookOutboxRow>;

// ---- endpoints ---------------------------------------------------------------------------------

export function listEndpoints(db: Executor, workspaceId: string): Promise<StoredEndpoint[]> {
  return db.selectFrom('webhook_endpoints').selectAll().where('workspace_id', '=', workspaceId).orderBy('id').execute();
}

export function findEndpoint(db: Executor, workspaceId: string, id: string): Promise<StoredEndpoint | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export async function insertEndpoint(db: Executor, row: WebhookEndpointRow): Promise<void> {
  await db.insertInto('webhook_endpoints').values(row).execute();
}

export async function updateEndpoint(db: Executor, workspaceId: string, id: string, changes: Partial<WebhookEndpointRow>): Promise<void> {
  await db.updateTable('webhook_endpoints').set(changes).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

export async function deleteEndpoint(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('webhook_deliveries').where('workspace_id', '=', workspaceId).where('endpoint_id', '=', id).execute();
  await db.deleteFrom('webhook_endpoints').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** Workspaces the dispatcher has something to do for: enabled endpoints, or events still in the outbox. */
export async function workspacesToDispatch(db: Executor): Promise<string[]> {
  const withEndpoints = db.selectFrom('webhook_endpoints').select('workspace_id').where('status', '=', 'enabled');
  const rows = await db.selectFrom('webhook_outbox').select('workspace_id').union(withEndpoints).execute();
  return rows.map((row) => row.workspace_id);
}

// ---- outbox ------------------------------------------------------------------------------------

/** The oldest events of the workspace's outbox, in commit order. */
export function readOutbox(db: Executor, workspaceId: string, limit: number): Promise<StoredOutboxEvent[]> {
  return db.selectFrom('webhook_outbox').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').orderBy('id').limit(limit).execute();
}

/** Removes events turned into deliveries; answers how many it removed (fewer: another dispatcher took them). */
export async function removeFromOutbox(db: Executor, workspaceId: string, ids: string[]): Promise<number> {
  let removed = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const result = await db.deleteFrom('webhook_outbox').where('workspace_id', '=', workspaceId).where('id', 'in', ids.slice(i, i + 500)).executeTakeFirst();
    removed += Number(result.numDeletedRows);
  }
  return removed;
}

// ---- deliveries --------------------------------------------------------------------------------

export async function insertDeliveries(db: Executor, rows: WebhookDeliveryRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('webhook_deliveries').values(rows.slice(i, i + 100)).execute();
}

export function findDelivery(db: Executor, workspaceId: string, endpointId: string, id: string): Promise<StoredDelivery | undefined> {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('endpoint_id', '=', endpointId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A page of an endpoint's deliveries, newest first, after the cursor's delivery. */
export function listDeliveries(db: Executor, workspaceId: string, endpointId: string, beforeId: string | undefined, limit: number): Promise<StoredDelivery[]> {
  let query = db.selectFrom('webhook_deliveries').selectAll().where('workspace_id', '=', workspaceId).where('endpoint_id', '=', endpointId);
  if (beforeId !== undefined) query = query.where('id', '<', beforeId);
  return query.orderBy('id', 'desc').limit(limit + 1).execute();
}

/** Pending deliveries due by `now` to enabled endpoints, oldest first. */
export function dueDeliveries(db: Executor, workspaceId: string, now: number, limit: number): Promise<StoredDelivery[]> {
  return db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_endpoints as e', (join) => join.onRef('e.workspace_id', '=', 'd.workspace_id').onRef('e.id', '=', 'd.endpoint_id'))
    .selectAll('d')
    .where('d.workspace_id', '=', workspaceId)
    .where('d.status', '=', 'pending')
    .where('d.next_attempt_at', '<=', now)
    .where('e.status', '=', 'enabled')
    .orderBy('d.created_at')
    .orderBy('d.id')
    .limit(limit)
    .execute();
}

export async function updateDelivery(db: Executor, workspaceId: string, id: string, changes: Partial<WebhookDeliveryRow>): Promise<void> {
  await db.updateTable('webhook_deliveries').set(changes).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

// ---- lease -------------------------------------------------------------------------------------

/**
 * Takes the workspace's dispatcher lease when it is free, expired or already ours — one atomic
 * upsert on both engines, as scoring's lease (scoring-runs.repository.ts). It is also the fencing
 * check before each attempt: false when another process holds it.
 */
export async function tryAcquireLease(db: Executor, workspaceId: string, owner: string, now: number, ttlMs: number): Promise<boolean> {
  const rows = await db
    .insertInto('webhook_leases')
    .values({ workspace_id: workspaceId, owner, expires_at: now + ttlMs })
    .onConflict((oc) =>
      oc
        .column('workspace_id')
        .doUpdateSet((eb) => ({ owner: eb.ref('excluded.owner'), expires_at: eb.ref('excluded.expires_at') }))
        .where((eb) => eb.or([eb('webhook_leases.expires_at', '<', now), eb('webhook_leases.owner', '=', owner)])),
    )
    .returning('owner')
    .execute();
  return rows.length === 1 && rows[0].owner === owner;
}

export async function releaseLeases(db: Executor, owner: string, now: number): Promise<void> {
  await db.updateTable('webhook_leases').set({ expires_at: now - 1 }).where('owner', '=', owner).execute();
}
