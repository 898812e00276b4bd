import type { FastifyInstance, InjectOptions } from 'fastify';
import { after, before } from 'node:test';
import { buildApp } from '../../src/app.js';
import { loadConfig, type DatabaseConfig } from '../../src/config.js';
import { createDatabase, type DatabaseHandle } from '../../src/db/index.js';
import type { ServicesApi } from '../../src/services.js';
import { NO_RATE_LIMITS } from './cli.js';
import { createTestDatabase, type EngineName, type TestDatabase } from './engines.js';

export interface Tenant {
  workspaceId: string;
  email: string;
  apiKey: string;
  /** An inject call carrying this tenant's key. */
  request(method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
}

export interface Reply {
  statusCode: number;
  headers: Record<string, unknown>;
  body: any;
  raw: string;
}

export interface TestContext {
  app: FastifyInstance;
  /** The app's services (on SQLite, the proxy to its service thread). */
  services: ServicesApi;
  /** A connection of the test's own to the app's database, for setup and checks the API does not offer. */
  database: DatabaseHandle;
  /** Where the app's database is, for tools that open it themselves. */
  databaseConfig: DatabaseConfig;
  engine: EngineName;
  /** A new workspace with API access on, one admin user and that user's key. */
  newTenant(): Promise<Tenant>;
  inject(options: InjectOptions): Promise<Reply>;
}

export async function injectJson(app: FastifyInstance, options: InjectOptions): Promise<Reply> {
  const response = await app.inject(options);
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    body = undefined;
  }
  return { statusCode: response.statusCode, headers: response.headers, body, raw: response.body };
}

export async function openTestApp(engine: EngineName, env: Record<string, string> = {}): Promise<{ context: TestContext; close: () => Promise<void> }> {
  const testDb: TestDatabase = await createTestDatabase(engine);
  const config = loadConfig({ LOG_LEVEL: 'silent', ...NO_RATE_LIMITS, ...env });
  const app = await buildApp({ ...config, database: testDb.config }, { logger: false });
  await app.ready();
  const database = createDatabase(testDb.config);
  const services = app.runtime.services;
  let tenantCount = 0;
  const context: TestContext = {
    app,
    services,
    database,
    databaseConfig: testDb.config,
    engine,
    inject: (options) => injectJson(app, options),
    async newTenant() {
      tenantCount += 1;
      const workspace = await services.workspaces.createWorkspace(`Tenant ${tenantCount}`);
      const email = `admin${tenantCount}@example.com`;
      await services.workspaces.addUser(workspace.id, email, 'admin');
      const { apiKey } = await services.workspaces.createKey(email, workspace.id);
      return {
        workspaceId: workspace.id,
        email,
        apiKey,
        request: (method, url, body, headers = {}) =>
          injectJson(app, {
            method,
            url,
            headers: { 'x-api-key': apiKey, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
            ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
          }),
      };
    },
  };
  return {
    context,
    close: async () => {
      await app.close();
      await database.close();
      await testDb.drop();
    },
  };
}

/** Registers before/after hooks that open one app per suite; read `ctx()` inside tests. `env` adds configuration (config.ts). */
export function useTestApp(engine: EngineName, env: Record<string, string> = {}): () => TestContext {
  let opened: Awaited<ReturnType<typeof openTestApp>> | undefined;
  before(async () => {
    opened = await openTestApp(engine, env);
  });
  after(async () => {
    await opened?.close();
  });
  return () => {
    if (!opened) throw new Error('test app not open');
    return opened.context;
  };
}
