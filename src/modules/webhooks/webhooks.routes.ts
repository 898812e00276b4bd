import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { apiResponses, Envelope, Page } from '../../http/response-schemas.js';
import type { ServiceApi } from '../../lib/service-api.js';
import { ADMIN_MESSAGE, DELIVERY_NOT_FOUND_MESSAGE, DISABLED_RETRY_MESSAGE, NOT_FOUND_MESSAGE, type WebhookCaller, type WebhooksService } from './webhooks.service.js';
import {
  CreatedEndpoint,
  CreateEndpointBody,
  DeletedEndpoint,
  DeliveriesQuery,
  Delivery,
  DeliveryParams,
  Endpoint,
  EndpointList,
  EndpointParams,
  RolledSecret,
  UpdateEndpointBody,
} from './webhooks.schema.js';

export interface WebhookRouteOptions {
  /** WEBHOOK_ALLOW_LOOPBACK=1: endpoints on this machine are allowed (development, tests). */
  allowLoopback: boolean;
}

const tags = ['Webhooks'];
const ID = '674f1a2b3c4d5e6f70818283';
const DELIVERY_ID = '674f1a2c3c4d5e6f70818290';
const TIME = '2026-04-30T10:00:00.000Z';
const ENDPOINT_EXAMPLE = {
  id: ID,
  url: 'https://hooks.example.com/intentbase',
  description: 'CRM sync',
  events: ['account.created' as const, 'account.score_changed' as const],
  status: 'enabled' as const,
  previousSecretExpiresAt: null,
  failingSince: null,
  disabledAt: null,
  createdAt: TIME,
  updatedAt: TIME,
};
const DELIVERY_EXAMPLE = {
  id: DELIVERY_ID,
  endpointId: ID,
  status: 'succeeded' as const,
  eventIds: ['674f1a2c3c4d5e6f70818291'],
  attempts: 1,
  responseCode: 200,
  responseTimeMs: 84,
  error: null,
  createdAt: TIME,
  lastAttemptAt: TIME,
  nextAttemptAt: null,
  completedAt: TIME,
};
const PATH = `/api/v1/webhooks/${ID}`;
const notFound = { description: 'No webhook endpoint with this id in the key’s workspace', example: NOT_FOUND_MESSAGE };
const adminOnly = { description: 'The key’s or session’s user is not an admin', example: ADMIN_MESSAGE };
const badUrl = { description: 'A schema violation, or a url that is not https or points at a private address', example: 'A webhook url must use https' };

export function registerWebhookRoutes(app: FastifyInstance, webhooks: ServiceApi<WebhooksService>, options: WebhookRouteOptions): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const caller = (request: FastifyRequest): WebhookCaller => ({ userId: request.userId, by: request.auditActor, allowLoopback: options.allowLoopback });

  api.post(
    '/webhooks',
    {
      config: { answersSecret: true },
      schema: {
        operationId: 'createWebhook',
        summary: 'Add a webhook endpoint (admin)',
        description:
          'Subscribes an https URL to event types. The answer carries the signing secret this once (only an admin can roll it later). ' +
          'Deliveries are signed with it (docs/api.md#webhooks).',
        tags,
        body: CreateEndpointBody,
        response: apiResponses(Envelope(CreatedEndpoint, { description: 'The endpoint, with its secret', path: '/api/v1/webhooks', example: { ...ENDPOINT_EXAMPLE, secret: `whsec_${'A1b2C3d4E5'.repeat(4)}` } }), {
          body: true,
          400: badUrl,
          403: adminOnly,
        }),
      },
    },
    (request) => webhooks.create(request.workspaceId, request.body, caller(request)),
  );

  api.get(
    '/webhooks',
    {
      schema: {
        operationId: 'listWebhooks',
        summary: 'List webhook endpoints',
        description: 'Every endpoint of the workspace, oldest first; never their secrets.',
        tags,
        response: apiResponses(Envelope(EndpointList, { description: 'The endpoints', path: '/api/v1/webhooks', example: [ENDPOINT_EXAMPLE] })),
      },
    },
    (request) => webhooks.list(request.workspaceId),
  );

  api.get(
    '/webhooks/:webhookId',
    {
      schema: {
        operationId: 'getWebhook',
        summary: 'A webhook endpoint',
        tags,
        params: EndpointParams,
        response: apiResponses(Envelope(Endpoint, { description: 'The endpoint', path: PATH, example: ENDPOINT_EXAMPLE }), { 404: notFound }),
      },
    },
    (request) => webhooks.get(request.workspaceId, request.params.webhookId),
  );

  api.put(
    '/webhooks/:webhookId',
    {
      schema: {
        operationId: 'updateWebhook',
        summary: 'Change a webhook endpoint (admin)',
        description: 'Its url, events, description, or `enabled` (true re-enables an endpoint disabled after 3 days of failures).',
        tags,
        params: EndpointParams,
        body: UpdateEndpointBody,
        response: apiResponses(Envelope(Endpoint, { description: 'The endpoint', path: PATH, example: ENDPOINT_EXAMPLE }), { body: true, 400: badUrl, 403: adminOnly, 404: notFound }),
      },
    },
    (request) => webhooks.update(request.workspaceId, request.params.webhookId, request.body, caller(request), request.idempotentCall),
  );

  api.delete(
    '/webhooks/:webhookId',
    {
      schema: {
        operationId: 'deleteWebhook',
        summary: 'Delete a webhook endpoint (admin)',
        description: 'The endpoint goes with its deliveries; nothing more is sent to it.',
        tags,
        params: EndpointParams,
        response: apiResponses(Envelope(DeletedEndpoint, { description: 'Deleted', path: PATH, example: { id: ID, deleted: true } }), { body: true, 403: adminOnly, 404: notFound }),
      },
    },
    (request) => webhooks.remove(request.workspaceId, request.params.webhookId, caller(request)),
  );

  api.post(
    '/webhooks/:webhookId/roll-secret',
    {
      config: { answersSecret: true },
      schema: {
        operationId: 'rollWebhookSecret',
        summary: 'Roll a webhook endpoint’s signing secret (admin)',
        description: 'A new secret, answered this once. For 24 hours the previous one signs beside it (two `v1=` in `Intentbase-Signature`), so receivers can switch without losing a delivery.',
        tags,
        params: EndpointParams,
        response: apiResponses(Envelope(RolledSecret, { description: 'The new secret', path: `${PATH}/roll-secret` }), { body: true, 403: adminOnly, 404: notFound }),
      },
    },
    (request) => webhooks.rollSecret(request.workspaceId, request.params.webhookId, caller(request)),
  );

  api.post(
    '/webhooks/:webhookId/test',
    {
      schema: {
        operationId: 'testWebhook',
        summary: 'Send a test event (admin)',
        description: 'Queues a delivery of one `webhook.test` event to this endpoint, whatever it subscribes to; it is sent, signed and retried like any.',
        tags,
        params: EndpointParams,
        response: apiResponses(Envelope(Delivery, { description: 'The queued delivery', path: `${PATH}/test`, example: { ...DELIVERY_EXAMPLE, status: 'pending', attempts: 0, responseCode: null, responseTimeMs: null, lastAttemptAt: null, nextAttemptAt: TIME, completedAt: null } }), {
          body: true,
          403: adminOnly,
          404: notFound,
        }),
      },
    },
    (request) => webhooks.sendTest(request.workspaceId, request.params.webhookId, caller(request), request.idempotentCall),
  );

  api.get(
    '/webhooks/:webhookId/deliveries',
    {
      schema: {
        operationId: 'listWebhookDeliveries',
        summary: 'An endpoint’s deliveries',
        description: 'Newest first, keyset-paginated: status, attempts, the last attempt’s response code and time.',
        tags,
        params: EndpointParams,
        querystring: DeliveriesQuery,
        response: apiResponses(
          Envelope(Page(Delivery), { description: 'A page of deliveries', path: `${PATH}/deliveries`, example: { data: [DELIVERY_EXAMPLE], nextCursor: null, hasNextPage: false, syncTimestamp: TIME } }),
          { 404: notFound },
        ),
      },
    },
    (request) => webhooks.listDeliveries(request.workspaceId, request.params.webhookId, request.query),
  );

  api.post(
    '/webhooks/:webhookId/deliveries/:deliveryId/retry',
    {
      schema: {
        operationId: 'retryWebhookDelivery',
        summary: 'Retry a delivery (admin)',
        description: 'Due at once, with a new 24-hour retry window; a delivery that succeeded is sent again.',
        tags,
        params: DeliveryParams,
        response: apiResponses(Envelope(Delivery, { description: 'The delivery, due now', path: `${PATH}/deliveries/${DELIVERY_ID}/retry` }), {
          body: true,
          403: adminOnly,
          404: { description: 'No such endpoint, or no such delivery of it', example: DELIVERY_NOT_FOUND_MESSAGE },
          409: { description: 'The endpoint is disabled', example: DISABLED_RETRY_MESSAGE },
        }),
      },
    },
    (request) => webhooks.retryDelivery(request.workspaceId, request.params.webhookId, request.params.deliveryId, caller(request), request.idempotentCall),
  );
}
