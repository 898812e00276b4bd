import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { apiResponses, Envelope } from '../../http/response-schemas.js';
import { JOURNEY_STAGES } from './journey-stages.js';

/** `GET /journey-stages` (SPEC §3.12): the workspace's stages in funnel order. */
export function registerJourneyRoutes(app: FastifyInstance): void {
  app.get(
    '/journey-stages',
    {
      schema: {
        operationId: 'listJourneyStages',
        summary: 'The journey stages in funnel order',
        description: 'The stages `rtp_journey_stage` takes, from the top of the funnel down (extension; docs/api.md#journey).',
        tags: ['Journey'],
        response: apiResponses(
          Envelope(Type.Array(Type.String()), { description: 'Stage names in funnel order', path: '/api/v1/journey-stages', example: [...JOURNEY_STAGES] }),
        ),
      },
    },
    async () => [...JOURNEY_STAGES],
  );
}
