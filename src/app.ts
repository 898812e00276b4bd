import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';
import { dialectOf } from './db/index.js';
import { frameworkErrors, installHttpConventions } from './http/setup.js';
import { newRequestId, requestLogger } from './http/request-ids.js';
import { clientErrorHandler } from './http/client-errors.js';
import { installRouteCatalog } from './http/route-catalog.js';
import { OPENAPI_DOCUMENT_URL, registerOpenApiGenerator, registerOpenApiRoutes } from './http/openapi.js';
import { registerApiV1 } from './api/v1.js';
import { openRuntime, type Runtime } from './runtime/index.js';
import { registerHealthRoute } from './modules/workspaces/health.routes.js';
import { consoleRouteFallback, loadConsoleBuild, registerConsole } from './http/console.js';

export interface AppDeps {
  /** The services, open; when absent they are opened from the config (migrating it) and closed with the app. */
  runtime?: Runtime;
  /** Overrides the logger options (tests pass false). */
  logger?: FastifyServerOptions['logger'];
  /** The clock console sessions and sign-in throttling are judged by (tests move it); default Date.now. */
  clock?: () => number;
}

declare module 'fastify' {
  interface FastifyInstance {
    runtime: Runtime;
  }
}

/** The HTTP app around the services (src/services.ts builds those): routes and conventions. Never listens. */
export async function buildApp(config: Config, deps: AppDeps = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? loggerOptions(config),
    bodyLimit: config.bodyLimitBytes,
    genReqId: newRequestId,
    childLoggerFactory: requestLogger,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors,
    clientErrorHandler,
    // Behind a proxy (TRUST_PROXY): the client's address for sign-in throttling, https for the Secure cookie.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
  });
  const runtime = deps.runtime ?? (await openRuntime(config.database, { log: app.log }));
  if (!deps.runtime) app.addHook('onClose', () => runtime.close());
  app.decorate('runtime', runtime);
  const consoleBuild = loadConsoleBuild();
  if (!consoleBuild) app.log.warn('the web console is not built (dist/console): run `npm run build` to serve it at /');
  installHttpConventions(app, dialectOf(config.database.engine), config.bodyLimitBytes, {
    notFoundFallback: consoleRouteFallback(consoleBuild),
  });
  // Before any route: the generator collects routes as they are registered.
  await registerOpenApiGenerator(app);
  registerHealthRoute(app, runtime, config.healthTimeoutMs);
  // The OpenAPI document is public (a generator must fetch it without a key) and is not in the
  // envelope, so it is no API route: the auth contract and the fuzz tests must not walk it.
  installRouteCatalog(app, '/api/v1', { exclude: [OPENAPI_DOCUMENT_URL] });
  const auth = { clock: deps.clock ?? Date.now, idleMs: config.sessionIdleMinutes * 60_000 };
  const limits = { perMinute: config.rateLimitPerMinute, unauthenticatedPerMinute: config.unauthenticatedPerMinute, clock: auth.clock };
  await app.register(async (api) => registerApiV1(api, runtime.services, auth, limits, { retentionDays: config.tombstoneRetentionDays }, {
        clock: auth.clock,
        killBeforeResponse: config.killBeforeIdempotentResponse,
      }, { allowLoopback: config.webhooks.allowLoopback }), { prefix: '/api/v1' });
  await registerOpenApiRoutes(app);
  if (consoleBuild) await registerConsole(app, consoleBuild);
  return app;
}

/** TRUST_PROXY as a hop count: the nearest `hops` proxies are believed (Fastify's types take no number). */
function trustHops(hops: number) {
  return (_address: string, hop: number) => hop < hops;
}

/** The logger of the config: its level, and never an API key, session cookie or CSRF token. */
function loggerOptions(config: Config) {
  return {
    level: config.logLevel,
    redact: {
      paths: ['req.headers["x-api-key"]', 'req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
  };
}
