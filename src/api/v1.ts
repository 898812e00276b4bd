import type { FastifyInstance } from 'fastify';
import { apiKeyAuth } from '../http/auth.js';
import { notFoundHandler } from '../http/setup.js';
import type { Services } from '../services.js';
import { registerCustomFieldRoutes } from '../modules/custom-fields/custom-fields.routes.js';
import { registerSegmentRoutes } from '../modules/segments/segments.routes.js';
import { registerAccountRoutes } from '../modules/accounts/accounts.routes.js';
import { registerDealRoutes } from '../modules/deals/deals.routes.js';
import { registerDealStageRoutes } from '../modules/deal-stages/deal-stages.routes.js';
import { registerJourneyRoutes } from '../modules/journey/journey.routes.js';
import { registerActivityRoutes } from '../modules/activities/activities.routes.js';
import { registerSignalRoutes } from '../modules/signals/signals.routes.js';

/** The External API generation, `/api/v1/…` (SPEC §3): every route behind the API-key check. */
export async function registerApiV1(api: FastifyInstance, services: Services): Promise<void> {
  api.addHook('onRequest', apiKeyAuth(services.workspaces));
  // Unknown /api/v1 paths go through the key check too: no key → 401, not a route map.
  api.setNotFoundHandler(notFoundHandler);
  registerCustomFieldRoutes(api, services);
  registerSegmentRoutes(api, services.segments);
  registerAccountRoutes(api, services.accounts);
  registerDealRoutes(api, services.deals);
  registerDealStageRoutes(api, services.dealStages);
  registerJourneyRoutes(api);
  registerActivityRoutes(api, services.activities);
  registerSignalRoutes(api, services.signals);
}
