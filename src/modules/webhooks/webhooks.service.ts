import type { Kysely, Transaction } from 'kysely';
import type { Dialect } from '../../db/index.js';
import type { Database, WebhookDeliveryRow } from '../../db/schema.js';
import { readChangeClock } from '../../db/change-stamps.js';
import { recordedTransaction, type IdempotentCall } from '../../db/idempotent-calls.js';
import { commitWithoutWaitingForDisk } from '../../db/undurable-commit.js';
import { ApiError } from '../../http/errors.js';
import { decodeCursor, toPage, type Page } from '../../http/cursor.js';
import { isId, newId } from '../../lib/ids.js';
import { recordAudit, SYSTEM_ACTOR, type AuditActor } from '../audit/audit.js';
import { TEST_EVENT_TYPE, forgetSubscriptions, type WebhookEvent, type WebhookEventType } from './webhook-events.js';
import { postWebhook } from './webhook-http.js';
import { DEFAULT_RETRY_POLICY, SECRET_OVERLAP_MS, checkEndpointUrl, nextAttemptAt, type RetryPolicy } from './webhook-policy.js';
import { generateSigningSecret, signatureHeader } from './webhook-signature.js';
import * as repo from './webhooks.repository.js';
import type { StoredDelivery, StoredEndpoint } from './webhooks.repository.js';

export const ADMIN_MESSAGE = 'Webhooks are managed by admins: use an admin user’s key or session';
export const NOT_FOUND_MESSAGE = 'Webhook endpoint not found';
export const DELIVERY_NOT_FOUND_MESSAGE = 'Delivery not found';
export const DISABLED_RETRY_MESSAGE = 'The endpoint is disabled: enable it first (PUT with "enabled": true)';
/** Events per delivery body. */
export const EVENTS_PER_DELIVERY = 100;
/** Outbox events one pass turns into deliveries. */
const FAN_OUT_BATCH = 5000;
/** Due deliveries one pass attempts per workspace. */
const ATTEMPTS_PER_PASS = 100;
const CURSOR_KIND = 'webhook-deliveries';

export interface EndpointView {
  id: string;
  url: string;
  description: string | null;
  events: WebhookEventType[];
  status: 'enabled' | 'disabled';
  /** Until when the secret before the last roll still signs beside the current one. */
  previousSecretExpiresAt: string | null;
  failingSince: string | null;
  disabledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DeliveryView {
  id: string;
  endpointId: string;
  status: 'pending' | 'succeeded' | 'failed';
  eventIds: string[];
  attempts: number;
  responseCode: number | null;
  responseTimeMs: number | null;
  error: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  completedAt: string | null;
}

export interface EndpointBody {
  url: string;
  events: WebhookEventType[];
  description?: string | null;
}

export interface EndpointChanges {
  url?: string;
  events?: WebhookEventType[];
  description?: string | null;
  /** true re-enables a disabled endpoint (its failures are forgotten); false disables it. */
  enabled?: boolean;
}

/** Who asks, and what the server's configuration allows them. */
export interface WebhookCaller {
  userId: string;
  by: AuditActor;
  /** WEBHOOK_ALLOW_LOOPBACK=1. */
  allowLoopback: boolean;
}

export interface DispatchOptions {
  /** Who holds the leases this pass takes (one id per process). */
  owner: string;
  leaseMs: number;
  allowLoopback: boolean;
  /** The clock the schedule is judged by (tests move it); the signature's `t` is always the wall clock. */
  now?: number;
  policy?: RetryPolicy;
  timeoutMs?: number;
}

export interface DispatchSummary {
  /** Workspaces whose lease this pass held. */
  workspaces: number;
  attempts: number;
  succeeded: number;
  /** A pass stopped at its limits: more is waiting, so the next pass should not wait. */
  backlog: boolean;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

/**
 * Signed webhooks (docs/api.md, "Webhooks"): endpoints and their secrets, and the dispatcher that
 * turns the outbox's events into deliveries and POSTs them, one process per workspace at a time.
 */
export class WebhooksService {
  /** Until when this process holds each workspace's dispatcher lease (its own clock), to renew it only past half its time. */
  private readonly leasesHeld = new Map<string, number>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  async list(workspaceId: string): Promise<EndpointView[]> {
    return (await repo.listEndpoints(this.db, workspaceId)).map((row) => this.present(row));
  }

  async get(workspaceId: string, id: string): Promise<EndpointView> {
    return this.present(await this.requireEndpoint(this.db, workspaceId, id));
  }

  /** `POST /webhooks`: the answer carries the signing secret, this once. */
  async create(workspaceId: string, body: EndpointBody, caller: WebhookCaller): Promise<EndpointView & { secret: string }> {
    await this.requireAdmin(workspaceId, caller.userId);
    const url = checkEndpointUrl(body.url, caller.allowLoopback);
    const now = Date.now();
    const secret = generateSigningSecret();
    const row = {
      workspace_id: workspaceId,
      id: newId(now),
      url,
      description: body.description ?? null,
      events: this.dialect.encodeJson(uniqueEvents(body.events)),
      status: 'enabled' as const,
      secret,
      previous_secret: null,
      previous_secret_until: null,
      failing_since: null,
      disabled_at: null,
      created_at: now,
      updated_at: now,
    };
    return this.db.transaction().execute(async (trx) => {
      await repo.insertEndpoint(trx, row);
      forgetSubscriptions(trx);
      await recordAudit(trx, this.dialect, workspaceId, caller.by, [{ action: 'webhook.created', target: row.id, details: { url, events: uniqueEvents(body.events) } }]);
      return { ...this.present((await repo.findEndpoint(trx, workspaceId, row.id))!), secret };
    });
  }

  /** `PUT /webhooks/:id`. */
  async update(workspaceId: string, id: string, changes: EndpointChanges, caller: WebhookCaller, call?: IdempotentCall): Promise<EndpointView> {
    await this.requireAdmin(workspaceId, caller.userId);
    const url = changes.url === undefined ? undefined : checkEndpointUrl(changes.url, caller.allowLoopback);
    return recordedTransaction(this.db, call, async (trx) => {
      const before = await this.requireEndpoint(trx, workspaceId, id);
      const now = Date.now();
      const status = changes.enabled === undefined ? before.status : changes.enabled ? 'enabled' : 'disabled';
      await repo.updateEndpoint(trx, workspaceId, id, {
        ...(url === undefined ? {} : { url }),
        ...(changes.events === undefined ? {} : { events: this.dialect.encodeJson(uniqueEvents(changes.events)) }),
        ...(changes.description === undefined ? {} : { description: changes.description }),
        status,
        // Re-enabled: its failures start over. Disabled by hand: when.
        ...(status === before.status ? {} : status === 'enabled' ? { failing_since: null, disabled_at: null } : { disabled_at: now }),
        updated_at: now,
      });
      forgetSubscriptions(trx);
      const after = this.present((await repo.findEndpoint(trx, workspaceId, id))!);
      const was = this.present(before);
      await recordAudit(trx, this.dialect, workspaceId, caller.by, [
        { action: 'webhook.changed', target: id, details: { before: auditedFields(was), after: auditedFields(after) } },
      ]);
      return after;
    });
  }

  /** `DELETE /webhooks/:id`: the endpoint goes with its deliveries. */
  async remove(workspaceId: string, id: string, caller: WebhookCaller): Promise<{ id: string; deleted: true }> {
    await this.requireAdmin(workspaceId, caller.userId);
    return this.db.transaction().execute(async (trx) => {
      const endpoint = await this.requireEndpoint(trx, workspaceId, id);
      await repo.deleteEndpoint(trx, workspaceId, id);
      forgetSubscriptions(trx);
      await recordAudit(trx, this.dialect, workspaceId, caller.by, [{ action: 'webhook.deleted', target: id, details: { url: endpoint.url } }]);
      return { id, deleted: true as const };
    });
  }

  /** `POST /webhooks/:id/roll-secret`: a new secret, answered this once; the old one signs beside it for 24 hours. */
  async rollSecret(workspaceId: string, id: string, caller: WebhookCaller): Promise<{ id: string; secret: string; previousSecretExpiresAt: string }> {
    await this.requireAdmin(workspaceId, caller.userId);
    const secret = generateSigningSecret();
    return this.db.transaction().execute(async (trx) => {
      const endpoint = await this.requireEndpoint(trx, workspaceId, id);
      const now = Date.now();
      const until = now + SECRET_OVERLAP_MS;
      await repo.updateEndpoint(trx, workspaceId, id, { secret, previous_secret: endpoint.secret, previous_secret_until: until, updated_at: now });
      await recordAudit(trx, this.dialect, workspaceId, caller.by, [{ action: 'webhook.secret_rolled', target: id }]);
      return { id, secret, previousSecretExpiresAt: new Date(until).toISOString() };
    });
  }

  /** `POST /webhooks/:id/test`: a `webhook.test` event, to this endpoint only, delivered by the dispatcher like any. */
  async sendTest(workspaceId: string, id: string, caller: WebhookCaller, call?: IdempotentCall): Promise<DeliveryView> {
    await this.requireAdmin(workspaceId, caller.userId);
    return recordedTransaction(this.db, call, async (trx) => {
      const endpoint = await this.requireEndpoint(trx, workspaceId, id);
      const now = Date.now();
      const event: WebhookEvent = {
        id: newId(now),
        type: TEST_EVENT_TYPE,
        createdAt: new Date(now).toISOString(),
        workspaceId,
        sequence: null,
        data: { endpointId: endpoint.id, message: 'A test event from Intentbase' },
      };
      const delivery = newDelivery(workspaceId, endpoint.id, [{ id: event.id, payload: JSON.stringify(event) }], now);
      await repo.insertDeliveries(trx, [delivery]);
      return presentDelivery(delivery);
    });
  }

  /** `GET /webhooks/:id/deliveries`: newest first. */
  async listDeliveries(workspaceId: string, id: string, query: { limit?: number; cursor?: string }): Promise<Page<DeliveryView>> {
    const limit = query.limit ?? 100;
    const beforeId = query.cursor === undefined ? undefined : String(decodeCursor(query.cursor, CURSOR_KIND, ['string'])[0]);
    return this.dialect.readSnapshot(this.db, async (trx) => {
      await this.requireEndpoint(trx, workspaceId, id);
      const syncTimestamp = new Date(await readChangeClock(trx, workspaceId)).toISOString();
      const rows = await repo.listDeliveries(trx, workspaceId, id, beforeId, limit);
      return { ...toPage(rows, limit, CURSOR_KIND, (row) => [row.id], presentDelivery), syncTimestamp };
    });
  }

  /** `POST /webhooks/:id/deliveries/:deliveryId/retry`: due now, with a new 24-hour window. */
  async retryDelivery(workspaceId: string, id: string, deliveryId: string, caller: WebhookCaller, call?: IdempotentCall): Promise<DeliveryView> {
    await this.requireAdmin(workspaceId, caller.userId);
    return recordedTransaction(this.db, call, async (trx) => {
      const endpoint = await this.requireEndpoint(trx, workspaceId, id);
      if (!isId(deliveryId)) throw ApiError.badRequest('Invalid delivery id');
      const delivery = await repo.findDelivery(trx, workspaceId, id, deliveryId);
      if (delivery === undefined) throw ApiError.notFound(DELIVERY_NOT_FOUND_MESSAGE);
      if (endpoint.status !== 'enabled') throw ApiError.conflict(DISABLED_RETRY_MESSAGE);
      const now = Date.now();
      await repo.updateDelivery(trx, workspaceId, deliveryId, { status: 'pending', next_attempt_at: now, window_started_at: now, completed_at: null });
      return presentDelivery((await repo.findDelivery(trx, workspaceId, id, deliveryId))!);
    });
  }

  /**
   * One pass of the dispatcher (webhook-dispatcher.ts runs it in every server process): for each
   * workspace whose lease this process holds or takes, the outbox becomes deliveries and due
   * deliveries are attempted. Its transactions are nobody's answer (they record no idempotent call).
   */
  async dispatch(options: DispatchOptions): Promise<DispatchSummary> {
    const summary: DispatchSummary = { workspaces: 0, attempts: 0, succeeded: 0, backlog: false };
    for (const workspaceId of await repo.workspacesToDispatch(this.db)) {
      const now = options.now ?? Date.now();
      if (!(await this.holdLease(workspaceId, options))) continue;
      summary.workspaces += 1;
      const fannedOut = await this.fanOut(workspaceId, now);
      const outcome = await this.deliverDue(workspaceId, now, options);
      summary.attempts += outcome.attempts;
      summary.succeeded += outcome.succeeded;
      summary.backlog ||= fannedOut === FAN_OUT_BATCH || outcome.due === ATTEMPTS_PER_PASS;
    }
    return summary;
  }

  /** Gives up this process's leases (a stopping server), so another process continues at once. */
  releaseDispatchLeases(owner: string): Promise<void> {
    this.leasesHeld.clear();
    return repo.releaseLeases(this.db, owner, Date.now());
  }

  /**
   * Takes or renews the workspace's lease when less than half its time is left — the fencing check
   * before every attempt: no other process takes a lease before it runs out, so one held for more
   * than half its time needs no write. Wall-clock time, whatever clock the schedule is judged by.
   */
  private async holdLease(workspaceId: string, options: DispatchOptions): Promise<boolean> {
    const now = Date.now();
    if ((this.leasesHeld.get(workspaceId) ?? 0) - now > options.leaseMs / 2) return true;
    const held = await this.commitRedoable((trx) => repo.tryAcquireLease(trx, workspaceId, options.owner, now, options.leaseMs));
    if (held) this.leasesHeld.set(workspaceId, now + options.leaseMs);
    else this.leasesHeld.delete(workspaceId);
    return held;
  }

  /**
   * The dispatcher's writes commit without waiting for the disk (src/db/undurable-commit.ts): each
   * can be lost to a power cut without losing an event — a lost fan-out leaves its events in the
   * outbox, a lost attempt record leaves its delivery pending (sent again: at-least-once), a lost
   * lease runs out — and on SQLite they share the one writer with ingest.
   */
  private commitRedoable<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return commitWithoutWaitingForDisk(this.db, this.dialect, work);
  }

  /**
   * Turns the oldest outbox events into deliveries, up to 100 events each, for every enabled
   * endpoint subscribed to them, and removes them from the outbox — in one transaction, so an event
   * is either still in the outbox or in its deliveries. Events no enabled endpoint wants are dropped.
   */
  private async fanOut(workspaceId: string, now: number): Promise<number> {
    return this.commitRedoable(async (trx) => {
      const events = await repo.readOutbox(trx, workspaceId, FAN_OUT_BATCH);
      if (events.length === 0) return 0;
      const endpoints = (await repo.listEndpoints(trx, workspaceId)).filter((endpoint) => endpoint.status === 'enabled');
      const deliveries = endpoints.flatMap((endpoint) => {
        const wanted = new Set(this.dialect.decodeJson<string[]>(endpoint.events));
        const matching = events.filter((event) => wanted.has(event.type));
        return chunk(matching, EVENTS_PER_DELIVERY).map((batch) => newDelivery(workspaceId, endpoint.id, batch, now));
      });
      await repo.insertDeliveries(trx, deliveries);
      // Fewer removed: another process fanned them out meanwhile (its lease ran out under us); ours roll back.
      if ((await repo.removeFromOutbox(trx, workspaceId, events.map((event) => event.id))) !== events.length) throw new LeaseLost();
      return events.length;
    }).catch((error: unknown) => {
      if (!(error instanceof LeaseLost)) throw error;
      return 0;
    });
  }

  /** Attempts the due deliveries: each endpoint's in order, the endpoints side by side. */
  private async deliverDue(workspaceId: string, now: number, options: DispatchOptions): Promise<{ due: number; attempts: number; succeeded: number }> {
    const due = await repo.dueDeliveries(this.db, workspaceId, now, ATTEMPTS_PER_PASS);
    const byEndpoint = new Map<string, StoredDelivery[]>();
    for (const delivery of due) byEndpoint.set(delivery.endpoint_id, [...(byEndpoint.get(delivery.endpoint_id) ?? []), delivery]);
    const results = await Promise.all([...byEndpoint].map(([endpointId, deliveries]) => this.deliverInOrder(workspaceId, endpointId, deliveries, now, options)));
    const totals = results.reduce((sum, result) => ({ attempts: sum.attempts + result.attempts, succeeded: sum.succeeded + result.succeeded }), { attempts: 0, succeeded: 0 });
    return { due: due.length, ...totals };
  }

  /** An endpoint's due deliveries, oldest first; a failure ends its turn (the rest wait for its retry). */
  private async deliverInOrder(workspaceId: string, endpointId: string, deliveries: StoredDelivery[], now: number, options: DispatchOptions) {
    let attempts = 0;
    let succeeded = 0;
    for (const delivery of deliveries) {
      // The fencing check: a process that lost the lease (a long pause) stops before sending.
      if (!(await this.holdLease(workspaceId, options))) break;
      const endpoint = await repo.findEndpoint(this.db, workspaceId, endpointId);
      if (endpoint?.status !== 'enabled') break;
      const outcome = await postWebhook(endpoint.url, this.headersFor(endpoint, delivery, now), delivery.body, { allowLoopback: options.allowLoopback, timeoutMs: options.timeoutMs });
      attempts += 1;
      if (!(await this.recordAttempt(workspaceId, endpoint, delivery, outcome, now, options))) break;
      if (!outcome.ok) break;
      succeeded += 1;
    }
    return { attempts, succeeded };
  }

  private headersFor(endpoint: StoredEndpoint, delivery: StoredDelivery, now: number): Record<string, string> {
    const secrets = [endpoint.secret];
    if (endpoint.previous_secret !== null && Number(endpoint.previous_secret_until) > now) secrets.push(endpoint.previous_secret);
    return {
      'intentbase-signature': signatureHeader(secrets, Math.floor(Date.now() / 1000), delivery.body),
      'intentbase-event-id': delivery.event_ids,
      'intentbase-delivery-id': delivery.id,
    };
  }

  /**
   * Records an attempt: success ends the delivery and the endpoint's failing streak; a failure
   * schedules the next attempt, marks the delivery failed once its window is over, and disables
   * the endpoint (with an audit entry) once it has failed for `disableAfterMs` without a success.
   * Fenced: written only while the lease is still ours (renewed with it) — a process whose lease ran
   * out during the attempt, and was taken, would overwrite the new holder's outcome; false then.
   */
  private async recordAttempt(
    workspaceId: string,
    endpoint: StoredEndpoint,
    delivery: StoredDelivery,
    outcome: { ok: boolean; statusCode: number | null; durationMs: number; error: string | null },
    now: number,
    options: DispatchOptions,
  ): Promise<boolean> {
    const policy = options.policy ?? DEFAULT_RETRY_POLICY;
    const leaseFrom = Date.now();
    return this.commitRedoable(async (trx) => {
      if (!(await repo.tryAcquireLease(trx, workspaceId, options.owner, leaseFrom, options.leaseMs))) throw new LeaseLost();
      const attempts = delivery.attempts + 1;
      const windowEnd = Number(delivery.window_started_at) + policy.windowMs;
      const finished = outcome.ok || now >= windowEnd;
      await repo.updateDelivery(trx, workspaceId, delivery.id, {
        attempts,
        last_attempt_at: now,
        response_code: outcome.statusCode,
        response_ms: outcome.durationMs,
        error: outcome.error,
        status: outcome.ok ? 'succeeded' : finished ? 'failed' : 'pending',
        next_attempt_at: finished ? now : nextAttemptAt(policy, attempts, now, windowEnd),
        completed_at: finished ? now : null,
      });
      if (outcome.ok) {
        if (endpoint.failing_since !== null) await repo.updateEndpoint(trx, workspaceId, endpoint.id, { failing_since: null });
      } else {
        await this.noteFailure(trx, workspaceId, endpoint, now, policy);
      }
      return true;
    }).then(
      (recorded) => {
        this.leasesHeld.set(workspaceId, leaseFrom + options.leaseMs);
        return recorded;
      },
      (error: unknown) => {
        if (!(error instanceof LeaseLost)) throw error;
        this.leasesHeld.delete(workspaceId);
        return false;
      },
    );
  }

  private async noteFailure(trx: Transaction<Database>, workspaceId: string, endpoint: StoredEndpoint, now: number, policy: RetryPolicy): Promise<void> {
    const failingSince = endpoint.failing_since === null ? now : Number(endpoint.failing_since);
    if (now - failingSince < policy.disableAfterMs) {
      if (endpoint.failing_since === null) await repo.updateEndpoint(trx, workspaceId, endpoint.id, { failing_since: now });
      return;
    }
    await repo.updateEndpoint(trx, workspaceId, endpoint.id, { status: 'disabled', disabled_at: now, updated_at: now });
    await recordAudit(trx, this.dialect, workspaceId, SYSTEM_ACTOR, [
      { action: 'webhook.disabled', target: endpoint.id, details: { url: endpoint.url, failingSince: new Date(failingSince).toISOString() } },
    ]);
  }

  private async requireEndpoint(db: Kysely<Database> | Transaction<Database>, workspaceId: string, id: string): Promise<StoredEndpoint> {
    const endpoint = isId(id) ? await repo.findEndpoint(db, workspaceId, id) : undefined;
    if (endpoint === undefined) throw ApiError.notFound(NOT_FOUND_MESSAGE);
    return endpoint;
  }

  private async requireAdmin(workspaceId: string, userId: string): Promise<void> {
    const user = await this.db.selectFrom('users').select('role').where('workspace_id', '=', workspaceId).where('id', '=', userId).executeTakeFirst();
    if (user?.role !== 'admin') throw new ApiError('FORBIDDEN', ADMIN_MESSAGE);
  }

  private present(row: StoredEndpoint): EndpointView {
    const previousValid = row.previous_secret_until !== null && Number(row.previous_secret_until) > Date.now();
    return {
      id: row.id,
      url: row.url,
      description: row.description,
      events: this.dialect.decodeJson<WebhookEventType[]>(row.events),
      status: row.status,
      previousSecretExpiresAt: previousValid ? iso(row.previous_secret_until) : null,
      failingSince: iso(row.failing_since),
      disabledAt: iso(row.disabled_at),
      createdAt: iso(row.created_at)!,
      updatedAt: iso(row.updated_at)!,
    };
  }
}

class LeaseLost extends Error {}

function uniqueEvents(events: WebhookEventType[]): WebhookEventType[] {
  return [...new Set(events)];
}

function auditedFields(view: EndpointView) {
  return { url: view.url, events: view.events, description: view.description, status: view.status };
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** A delivery of events (their stored JSON, byte for byte) to one endpoint: `{ "id": <delivery id>, "events": [...] }`. */
function newDelivery(workspaceId: string, endpointId: string, events: Array<{ id: string; payload: string }>, now: number): WebhookDeliveryRow {
  const id = newId(now);
  return {
    workspace_id: workspaceId,
    id,
    endpoint_id: endpointId,
    status: 'pending',
    body: `{"id":"${id}","events":[${events.map((event) => event.payload).join(',')}]}`,
    event_ids: events.map((event) => event.id).join(','),
    event_count: events.length,
    created_at: now,
    window_started_at: now,
    next_attempt_at: now,
    attempts: 0,
    last_attempt_at: null,
    response_code: null,
    response_ms: null,
    error: null,
    completed_at: null,
  };
}

function presentDelivery(row: WebhookDeliveryRow): DeliveryView {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    status: row.status,
    eventIds: row.event_ids.split(','),
    attempts: Number(row.attempts),
    responseCode: row.response_code === null ? null : Number(row.response_code),
    responseTimeMs: row.response_ms === null ? null : Number(row.response_ms),
    error: row.error,
    createdAt: iso(row.created_at)!,
    lastAttemptAt: iso(row.last_attempt_at),
    nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
    completedAt: iso(row.completed_at),
  };
}
