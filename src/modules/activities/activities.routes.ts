import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { ActivitiesService } from './activities.service.js';
import { AccountActivitiesParams, AccountActivitiesQuery, CreateActivitiesBody } from './activities.schema.js';

/** SPEC §3.10 and the timeline extension; the CRM generation registers the same routes under its prefix. */
export function registerActivityRoutes(app: FastifyInstance, activities: ActivitiesService): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post('/sales-activities', { schema: { body: CreateActivitiesBody } }, (request) =>
    activities.createActivities(request.workspaceId, request.body),
  );

  api.get('/accounts/:rtp_aid/activities', { schema: { params: AccountActivitiesParams, querystring: AccountActivitiesQuery } }, (request) =>
    activities.listAccountActivities(request.workspaceId, request.params.rtp_aid, request.query),
  );
}
