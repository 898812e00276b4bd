import type { FastifyInstance, FastifySchema, HTTPMethods, RouteOptions } from 'fastify';

/** One route as registered: its method, its full URL pattern (`/api/v1/segments/:segmentId`) and its schema. */
export interface CatalogedRoute {
  readonly method: HTTPMethods;
  readonly url: string;
  readonly schema: FastifySchema | undefined;
  /** Who may call it (src/http/auth.ts): a key or a session by default, `public`, or a console `session` only. */
  readonly access: 'credentials' | 'public' | 'session';
  /** Answers a secret shown once (a new key, a generated password): it takes no Idempotency-Key. */
  readonly answersSecret: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Every route registered under the catalogued prefix, in registration order. Complete once the
     * app is ready; the shared route-contract and fuzz tests walk it, so a new route is covered by
     * them the moment it is registered.
     */
    routeCatalog: readonly CatalogedRoute[];
  }
}

function isUnder(url: string, prefix: string): boolean {
  return url === prefix || url.startsWith(`${prefix}/`);
}

/**
 * Records routes through Fastify's `onRoute` hook. Call it on the root instance before the plugins
 * whose routes it should see are registered: hooks reach only the plugins registered after them.
 * The HEAD twin Fastify adds for every GET route is skipped; an explicit HEAD route is kept.
 * `exclude` lists URLs under the prefix that are not API routes (they answer without a key).
 */
export function installRouteCatalog(app: FastifyInstance, prefix: string, options: { exclude?: readonly string[] } = {}): void {
  const routes: CatalogedRoute[] = [];
  const excluded = new Set(options.exclude ?? []);
  app.decorate('routeCatalog', routes);
  app.addHook('onRoute', (options: RouteOptions) => {
    const url = options.url;
    if (!isUnder(url, prefix) || excluded.has(url)) return;
    const methods = Array.isArray(options.method) ? options.method : [options.method];
    for (const method of methods) {
      const autoHead = method === 'HEAD' && routes.some((route) => route.method === 'GET' && route.url === url);
      if (autoHead) continue;
      const access = options.config?.access ?? 'credentials';
      routes.push(Object.freeze({ method, url, schema: options.schema, access, answersSecret: options.config?.answersSecret === true }));
    }
  });
}
