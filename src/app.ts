import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { createDatabase, type DatabaseHandle } from './db/index.js';
import { frameworkErrors, installHttpConventions } from './http/setup.js';
import { newRequestId, requestLogger } from './http/request-ids.js';
import { clientErrorHandler } from './http/client-errors.js';
import { installRouteCatalog } from './http/route-catalog.js';
import { OPENAPI_DOCUMENT_URL, registerOpenApiGenerator, registerOpenApiRoutes } from './http/openapi.js';
import { registerApiV1 } from './api/v1.js';
import { createServices, type Services } from './services.js';
import { registerHealthRoute } from './modules/workspaces/health.routes.js';

export interface AppDeps {
  /** An open, migrated database; when absent one is opened from the config and closed with the app. */
  database?: DatabaseHandle;
  /** Overrides the logger (tests pass false). */
  logger?: boolean | object;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

/** The composition root: database, services and routes. Builds the app; never listens. */
export async function buildApp(config: Config, deps: AppDeps = {}): Promise<FastifyInstance> {
  const database = deps.database ?? createDatabase(config.database);
  const app = Fastify({
    logger: deps.logger ?? {
      level: config.logLevel,
      redact: { paths: ['req.headers["x-api-key"]', 'req.headers.authorization'], censor: '[redacted]' },
    },
    bodyLimit: config.bodyLimitBytes,
    genReqId: newRequestId,
    childLoggerFactory: requestLogger,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors,
    clientErrorHandler,
  });
  const services = createServices(database);
  app.decorate('services', services);
  installHttpConventions(app, database.dialect, config.bodyLimitBytes);
  // Before any route: the generator collects routes as they are registered.
  await registerOpenApiGenerator(app);
  registerHealthRoute(app, database.db, config.healthTimeoutMs);
  // The OpenAPI document is public (a generator must fetch it without a key) and is not in the
  // envelope, so it is no API route: the auth contract and the fuzz tests must not walk it.
  installRouteCatalog(app, '/api/v1', { exclude: [OPENAPI_DOCUMENT_URL] });
  await app.register(async (api) => registerApiV1(api, services), { prefix: '/api/v1' });
  await registerOpenApiRoutes(app);
  if (!deps.database) app.addHook('onClose', async () => database.close());
  return app;
}
