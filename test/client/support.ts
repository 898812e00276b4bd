import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { EngineName } from '../support/engines.js';
import type { TestContext } from '../support/test-app.js';

/** The URL a fetch was called with, whichever form it took. */
export function urlOf(input: string | URL | Request): string {
  return input instanceof Request ? input.url : input.toString();
}

/** What a fetch wrapper saw of one request and its answer. */
export interface Exchange {
  method: string;
  path: string;
  idempotencyKey: string | null;
  status: number | 'network error';
  replayed: boolean;
}

/** The global fetch, recording every exchange: what a test asserts the client sent and got. */
export function recordingFetch(): { fetch: typeof fetch; exchanges: Exchange[] } {
  const exchanges: Exchange[] = [];
  const recording = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(urlOf(input));
    const base = { method: init?.method ?? 'GET', path: url.pathname, idempotencyKey: new Headers(init?.headers).get('idempotency-key') };
    try {
      const response = await fetch(input, init);
      exchanges.push({ ...base, status: response.status, replayed: response.headers.get('idempotent-replayed') === 'true' });
      return response;
    } catch (error) {
      exchanges.push({ ...base, status: 'network error', replayed: false });
      throw error;
    }
  };
  return { fetch: recording, exchanges };
}

/** The suite's app listening on 127.0.0.1 and a free port: the client needs real HTTP. */
export async function listen(app: FastifyInstance): Promise<string> {
  return app.listen({ host: '127.0.0.1', port: 0 });
}

/**
 * A second app over the suite's runtime (its database and services) with the environment given — the
 * rate limits, say — listening on a free port. The caller closes it.
 */
export async function listeningAppWith(ctx: TestContext, engine: EngineName, env: Record<string, string>): Promise<{ url: string; app: FastifyInstance }> {
  // The database config only names the engine here: the app runs on the suite's runtime.
  const databaseUrl = engine === 'postgres' ? process.env.TEST_DATABASE_URL : 'sqlite:./unused.db';
  const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: '0', ...env });
  const app = await buildApp(config, { runtime: ctx.app.runtime, logger: false });
  return { url: await listen(app), app };
}
