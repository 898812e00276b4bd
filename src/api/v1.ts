import type { FastifyInstance } from 'fastify';
import { credentialsAuth, type CredentialsAuthOptions } from '../http/auth.js';
import { rateLimited, type RateLimitOptions } from '../http/rate-limit.js';
import { installIdempotency, type IdempotencyOptions } from '../http/idempotency.js';
import { notFoundHandler } from '../http/setup.js';
import type { ServicesApi } from '../services.js';
import { registerExternalAccountRoutes } from '../modules/accounts/accounts.routes.js';
import { registerDealStageRoutes } from '../modules/deal-stages/deal-stages.routes.js';
import { registerScoringRoutes } from '../modules/scoring/scoring.routes.js';
import { registerConsoleRoutes } from '../modules/console/console.routes.js';
import { registerConsoleAdminRoutes } from '../modules/console/console-admin.routes.js';
import { registerSignalUploadRoute } from '../modules/signals/signal-upload.routes.js';
import { registerCrmApi } from './crm.js';
import { registerSharedRoutes } from './shared-routes.js';
import { registerAuditRoutes } from '../modules/audit/audit.routes.js';
import { registerAccountDeletionRoute, type DeletionRouteOptions } from '../modules/deletions/deletions.routes.js';
import { registerWebhookRoutes, type WebhookRouteOptions } from '../modules/webhooks/webhooks.routes.js';

/** The External API generation, `/api/v1/…` (SPEC §3), with the CRM generation under `/api/v1/crm/`. */
export async function registerApiV1(
  api: FastifyInstance,
  services: ServicesApi,
  auth: CredentialsAuthOptions,
  limits: RateLimitOptions,
  deletions: DeletionRouteOptions,
  idempotency: IdempotencyOptions,
  webhooks: WebhookRouteOptions,
): Promise<void> {
  // A key, or the console's session cookie (with its CSRF token on writes), within its rate limit.
  api.addHook('onRequest', rateLimited(credentialsAuth(services, auth), services.rateLimits, limits));
  installIdempotency(api, services.idempotency, idempotency);
  // Unknown /api/v1 paths go through the key check too: no key → 401, not a route map.
  api.setNotFoundHandler(notFoundHandler);
  registerSharedRoutes(api, services, deletions);
  registerAccountDeletionRoute(api, services.deletions, deletions);
  registerAuditRoutes(api, services.audit);
  registerWebhookRoutes(api, services.webhooks, webhooks);
  registerExternalAccountRoutes(api, services.accounts);
  registerDealStageRoutes(api, services.dealStages);
  registerScoringRoutes(api, services.scoring);
  registerConsoleRoutes(api, services.console, auth);
  registerConsoleAdminRoutes(api, services.workspaces);
  registerSignalUploadRoute(api, services.signals);
  await api.register(async (crm) => registerCrmApi(crm, services, deletions), { prefix: '/crm' });
}
