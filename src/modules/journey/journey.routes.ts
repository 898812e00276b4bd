import type { FastifyInstance } from 'fastify';
import { JOURNEY_STAGES } from './journey-stages.js';

/** `GET /journey-stages` (SPEC §3.12): the workspace's stages in funnel order. */
export function registerJourneyRoutes(app: FastifyInstance): void {
  app.get('/journey-stages', async () => [...JOURNEY_STAGES]);
}
