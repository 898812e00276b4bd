import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { apiResponses, Envelope, Page } from '../../http/response-schemas.js';
import type { ActivitiesService } from './activities.service.js';
import type { ServiceApi } from '../../lib/service-api.js';
import {
  AccountActivitiesParams,
  AccountActivitiesQuery,
  ACTIVITY_EXAMPLE,
  ActivityView,
  CreateActivitiesBody,
  CreateActivitiesResult,
} from './activities.schema.js';

const tags = ['Sales activities'];

/** SPEC §3.10 and the timeline extension; the CRM generation registers the same routes under its prefix. */
export function registerActivityRoutes(app: FastifyInstance, activities: ServiceApi<ActivitiesService>): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post(
    '/sales-activities',
    {
      schema: {
        operationId: 'createSalesActivities',
        summary: 'Push calls and emails',
        description:
          'Batch of 1–50 activities, create-only, keyed by `externalActivityId`. Per item: a type other than call/email is ' +
          '`skipped`; an existing externalActivityId `failed`; else `created`. Contacts are upserted by email (docs/api.md#sales-activities).',
        tags,
        body: CreateActivitiesBody,
        response: apiResponses(
          Envelope(CreateActivitiesResult, {
            description: 'One result per input item, in input order',
            path: '/api/v1/sales-activities',
            example: {
              results: [
                { externalActivityId: 'call-1', status: 'created' },
                { externalActivityId: 'call-1', status: 'failed', error: "Activity with externalActivityId 'call-1' already exists." },
                { externalActivityId: 'meeting-9', status: 'skipped', reason: 'Only call and email activity types are supported' },
              ],
              summary: { total: 3, created: 1, failed: 1, skipped: 1 },
            },
          }),
          { body: true },
        ),
      },
    },
    (request) => activities.createActivities(request.workspaceId, request.body, request.idempotentCall),
  );

  api.get(
    '/accounts/:rtp_aid/activities',
    {
      schema: {
        operationId: 'listAccountActivities',
        summary: 'An account’s sales-activity timeline',
        description: 'Newest first by occurrence, keyset-paginated; activities pushed before the account existed are included (extension).',
        tags,
        params: AccountActivitiesParams,
        querystring: AccountActivitiesQuery,
        response: apiResponses(
          Envelope(Page(ActivityView), {
            description: 'A page of activities',
            path: '/api/v1/accounts/663abc0e5f1c2a0012345678/activities',
            example: { data: [ACTIVITY_EXAMPLE], nextCursor: null, hasNextPage: false, syncTimestamp: '2026-04-30T10:00:00.000Z' },
          }),
          {
            404: { description: 'No account with this id in the key’s workspace', example: 'Account not found' },
            400: { description: 'Invalid rtp_aid format, limit or cursor', example: 'Invalid rtp_aid format' },
          },
        ),
      },
    },
    (request) => activities.listAccountActivities(request.workspaceId, request.params.rtp_aid, request.query),
  );
}
