import type { Transaction } from 'kysely';
import type { Dialect } from '../../db/index.js';
import type { Database } from '../../db/schema.js';
import { newId } from '../../lib/ids.js';
import type { MembershipChange } from '../segments/dynamic-members.js';

/** What an endpoint may subscribe to (docs/api.md, "Webhooks"). */
export const WEBHOOK_EVENT_TYPES = [
  'account.created',
  'account.updated',
  'account.deleted',
  'account.score_changed',
  'account.stage_changed',
  'segment.membership_changed',
  'deal.stage_changed',
  'scoring.run_completed',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The event `POST /webhooks/:id/test` sends: to that endpoint only, whatever it subscribed to. */
export const TEST_EVENT_TYPE = 'webhook.test';

/** An event as delivered (Stripe's envelope, plus the account's change sequence to order and de-duplicate by). */
export interface WebhookEvent {
  id: string;
  type: WebhookEventType | typeof TEST_EVENT_TYPE;
  createdAt: string;
  workspaceId: string;
  /** The account's change sequence after this change (its `GET /accounts` order); null when no account changed. */
  sequence: number | null;
  data: Record<string, unknown>;
}

/** One change to announce: its type, the account's change sequence if an account changed, and what changed. */
export interface ChangeEvent {
  type: WebhookEventType;
  sequence: number | null;
  data: Record<string, unknown>;
}

/**
 * The event types some enabled endpoint of the workspace subscribes to, read once per transaction:
 * a transaction that writes many changes asks once, and one in a workspace without webhooks costs
 * this one indexed read.
 */
const subscribedInTransaction = new WeakMap<Transaction<Database>, Promise<ReadonlySet<string>>>();

async function readSubscribedTypes(trx: Transaction<Database>, dialect: Dialect, workspaceId: string): Promise<ReadonlySet<string>> {
  const rows = await trx.selectFrom('webhook_endpoints').select('events').where('workspace_id', '=', workspaceId).where('status', '=', 'enabled').execute();
  return new Set(rows.flatMap((row) => dialect.decodeJson<string[]>(row.events)));
}

function subscribedTypes(trx: Transaction<Database>, dialect: Dialect, workspaceId: string): Promise<ReadonlySet<string>> {
  let types = subscribedInTransaction.get(trx);
  if (types === undefined) {
    types = readSubscribedTypes(trx, dialect, workspaceId);
    subscribedInTransaction.set(trx, types);
  }
  return types;
}

/**
 * Writes the events of a change to the outbox, in the change's own transaction: the change and its
 * events commit together or not at all (docs/architecture.md, "Webhooks"). Events no enabled
 * endpoint subscribes to are not written. `changedAt` is the change's time (its change stamps):
 * strictly increasing across the workspace's transactions, so the dispatcher sends them in commit order.
 */
export async function emitWebhookEvents(
  trx: Transaction<Database>,
  dialect: Dialect,
  workspaceId: string,
  events: readonly ChangeEvent[],
  changedAt: number,
): Promise<void> {
  if (events.length === 0) return;
  const subscribed = await subscribedTypes(trx, dialect, workspaceId);
  const wanted = events.filter((event) => subscribed.has(event.type));
  if (wanted.length === 0) return;
  const createdAt = new Date(changedAt).toISOString();
  const rows = wanted.map((event) => {
    const payload: WebhookEvent = { id: newId(changedAt), type: event.type, createdAt, workspaceId, sequence: event.sequence, data: event.data };
    return { workspace_id: workspaceId, id: payload.id, type: event.type, created_at: changedAt, payload: JSON.stringify(payload) };
  });
  // Chunked: a scoring run's chunk or a big batch stays under the engines' bound-parameter limits.
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('webhook_outbox').values(rows.slice(i, i + 500)).execute();
}

/** Forgets the transaction's cached subscriptions: an endpoint written in it changes them. */
export function forgetSubscriptions(trx: Transaction<Database>): void {
  subscribedInTransaction.delete(trx);
}

/**
 * One `segment.membership_changed` per segment whose members moved (added and removed account
 * ids), with the run that moved them when a scoring run did. Every membership change emits it
 * (segments/dynamic-members.ts `applyMembershipChanges`, and static members added or removed).
 */
export function membershipEvents(changes: readonly MembershipChange[], runId?: string): ChangeEvent[] {
  const bySegment = new Map<string, { added: string[]; removed: string[] }>();
  const entry = (segmentId: string) => bySegment.get(segmentId) ?? bySegment.set(segmentId, { added: [], removed: [] }).get(segmentId)!;
  for (const change of changes) {
    for (const segmentId of change.add) entry(segmentId).added.push(change.accountId);
    for (const segmentId of change.remove) entry(segmentId).removed.push(change.accountId);
  }
  return [...bySegment].map(([segmentId, { added, removed }]) => ({
    type: 'segment.membership_changed',
    sequence: null,
    data: { segmentId, added, removed, ...(runId === undefined ? {} : { runId }) },
  }));
}
