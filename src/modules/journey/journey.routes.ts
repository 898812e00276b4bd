import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { apiResponses, Envelope } from '../../http/response-schemas.js';
import type { ServiceApi } from '../../lib/service-api.js';
import { JOURNEY_STAGES } from './journey-stages.js';
import { JourneyFunnel, JourneyMovements, MovementsQuery } from './journey.schema.js';
import type { JourneyService } from './journey.service.js';

const tags = ['Journey'];

/** `GET /journey-stages` (SPEC §3.12) and the Journey page's funnel and movements (extensions). */
export function registerJourneyRoutes(app: FastifyInstance, journey: ServiceApi<JourneyService>): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    '/journey-stages',
    {
      schema: {
        operationId: 'listJourneyStages',
        summary: 'The journey stages in funnel order',
        description: 'The stages `rtp_journey_stage` takes, from the top of the funnel down (extension; docs/api.md#journey).',
        tags,
        response: apiResponses(
          Envelope(Type.Array(Type.String()), { description: 'Stage names in funnel order', path: '/api/v1/journey-stages', example: [...JOURNEY_STAGES] }),
        ),
      },
    },
    async () => [...JOURNEY_STAGES],
  );

  api.get(
    '/journey/funnel',
    {
      schema: {
        operationId: 'getJourneyFunnel',
        summary: 'Accounts per journey stage now',
        description: 'Every stage in funnel order with how many of the workspace’s accounts are in it now (extension).',
        tags,
        response: apiResponses(
          Envelope(JourneyFunnel, {
            description: 'The funnel',
            path: '/api/v1/journey/funnel',
            example: {
              stages: [
                { stage: 'Unaware', accounts: 812 },
                { stage: 'Aware', accounts: 240 },
                { stage: 'Consideration', accounts: 96 },
                { stage: 'Opportunity', accounts: 31 },
                { stage: 'Customer', accounts: 12 },
              ],
              totalAccounts: 1191,
            },
          }),
        ),
      },
    },
    (request) => journey.funnel(request.workspaceId),
  );

  api.get(
    '/journey/movements',
    {
      schema: {
        operationId: 'getJourneyMovements',
        summary: 'Weekly journey stage movements',
        description:
          'Per ISO week (Monday 00:00 UTC) of the last `weeks` weeks, the current one included, and per stage: how many accounts ' +
          'entered it and how many left it, from the stage changes scoring runs record. Weeks without movements are listed with zeros (extension).',
        tags,
        querystring: MovementsQuery,
        response: apiResponses(
          Envelope(JourneyMovements, {
            description: 'The movements, oldest week first',
            path: '/api/v1/journey/movements',
            example: {
              stages: [...JOURNEY_STAGES],
              weeks: [
                {
                  weekStart: '2026-11-30T00:00:00.000Z',
                  movements: JOURNEY_STAGES.map((stage, i) => ({ stage, entered: i === 1 ? 14 : i === 2 ? 3 : 0, left: i === 0 ? 14 : i === 1 ? 3 : 0 })),
                },
              ],
            },
          }),
        ),
      },
    },
    (request) => journey.movements(request.workspaceId, request.query),
  );
}
