import type { FastifyInstance } from 'fastify';
import type { ServicesApi } from '../services.js';
import { registerCustomFieldRoutes } from '../modules/custom-fields/custom-fields.routes.js';
import { registerSegmentRoutes } from '../modules/segments/segments.routes.js';
import { registerAccountRoutes } from '../modules/accounts/accounts.routes.js';
import { registerDealRoutes } from '../modules/deals/deals.routes.js';
import { registerJourneyRoutes } from '../modules/journey/journey.routes.js';
import { registerActivityRoutes } from '../modules/activities/activities.routes.js';
import { registerSignalRoutes } from '../modules/signals/signals.routes.js';
import { registerDeletionRoutes, type DeletionRouteOptions } from '../modules/deletions/deletions.routes.js';

/** Routes both generations serve unchanged; the CRM differences (SPEC §5) live in api/crm.ts. */
export function registerSharedRoutes(api: FastifyInstance, services: ServicesApi, deletions: DeletionRouteOptions): void {
  registerCustomFieldRoutes(api, services.customFields);
  registerSegmentRoutes(api, services.segments);
  registerAccountRoutes(api, services.accounts);
  registerDealRoutes(api, services.deals);
  registerJourneyRoutes(api, services.journey);
  registerActivityRoutes(api, services.activities);
  registerSignalRoutes(api, services.signals);
  registerDeletionRoutes(api, services.deletions, deletions);
}
