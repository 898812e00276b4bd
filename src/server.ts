import type { FastifyInstance } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { displayPrefix } from './modules/workspaces/api-key.js';
import { generatePassword } from './modules/console/password-hash.js';
import type { CreatedKey } from './modules/workspaces/workspaces.service.js';
import { startScoringSchedule } from './modules/scoring/scoring-schedule.js';
import { startWebhookDispatcher } from './modules/webhooks/webhook-dispatcher.js';

/** How long a graceful shutdown may take before the process gives up on draining and exits 1. */
const SHUTDOWN_DEADLINE_MS = 30_000;

export interface ServerOptions {
  /** Where the one-time bootstrap block goes (stdout). */
  stdout?: { write(text: string): unknown };
  /** Install SIGTERM/SIGINT handlers that drain and exit (default true). */
  handleSignals?: boolean;
  /** Called with the exit code once shutdown is over (default process.exit). */
  exit?: (code: number) => void;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  /** A URL a client on this machine can use, e.g. http://localhost:3000. */
  readonly url: string;
  /** Stops accepting connections, drains in-flight requests, closes the database. */
  stop(): Promise<void>;
}

/**
 * Builds the app (which opens and migrates the database), bootstraps an empty database (printing its
 * key once), then listens. The only place that listens; `buildApp` stays socket-free for tests.
 */
export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const stdout = options.stdout ?? process.stdout;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const app = await buildApp(config);
  try {
    // Hashed only if the database turns out to be empty; printed only if it was generated here.
    const password = config.adminPassword ?? generatePassword();
    const created = await app.runtime.services.workspaces.bootstrapIfEmpty(config.adminEmail, config.adminApiKey, password);
    // Printed, never logged: stdout once, before anything can fail, so the key is never lost.
    if (created) stdout.write(bootstrapBlock(created, password, config));
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close().catch(() => {});
    throw error;
  }
  const newerSchema = app.runtime.newerSchema;

  // Responses still being produced when a shutdown starts: told to close their connection, so a
  // keep-alive client cannot hold the drain open until its idle timeout.
  const inFlight = new Set<ServerResponse>();
  app.server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
  });

  if (newerSchema.length > 0) {
    app.log.warn({ migrations: newerSchema }, 'the database schema is newer than this release (a rolling upgrade?): serving with it');
  }
  const url = localUrl(app, config.host);
  app.log.info({ url }, `Intentbase listening on ${url}`);
  // Scoring on its schedule (SPEC §4.5); the lease makes several processes run once per tick.
  const scoringSchedule = startScoringSchedule(app.runtime.services.scoring, config.scoringCron, app.log);
  // Webhook deliveries; a lease per workspace makes one process at a time deliver its events.
  const webhookDispatcher = startWebhookDispatcher(app.runtime.services.webhooks, config.webhooks, app.log);

  const running = app;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // No new scheduled runs; closing the app interrupts a running one resumably.
      scoringSchedule.stop();
      await webhookDispatcher.stop();
      for (const response of inFlight) if (!response.headersSent) response.shouldKeepAlive = false;
      // Fastify reaps idle keep-alive sockets once; a socket whose response ends later is reaped here.
      const reaper = setInterval(() => running.server.closeIdleConnections(), 100);
      reaper.unref();
      try {
        await running.close();
      } finally {
        clearInterval(reaper);
      }
    })());

  if (options.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        running.log.warn({ signal }, 'second signal: exiting without draining');
        exit(1);
        return;
      }
      running.log.info({ signal }, 'shutting down: draining in-flight requests');
      const deadline = setTimeout(() => {
        running.log.error('shutdown did not finish in time; exiting');
        exit(1);
      }, SHUTDOWN_DEADLINE_MS);
      deadline.unref();
      stop().then(
        () => {
          clearTimeout(deadline);
          running.log.info('shutdown complete');
          exit(0);
        },
        (error: unknown) => {
          clearTimeout(deadline);
          running.log.error({ err: error }, 'shutdown failed');
          exit(1);
        },
      );
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }

  return { app, url, stop };
}

function localUrl(app: FastifyInstance, host: string): string {
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

function bootstrapBlock(created: CreatedKey, password: string, config: Config): string {
  const preset = config.adminApiKey !== undefined;
  const presetPassword = config.adminPassword !== undefined;
  // A key or password the operator supplied is not echoed: stdout of an unattended start usually ends up in logs.
  const key = preset ? `${displayPrefix(created.apiKey)}… (from INTENTBASE_ADMIN_API_KEY)` : created.apiKey;
  const shownPassword = presetPassword ? '(from INTENTBASE_ADMIN_PASSWORD)' : password;
  const rule = '='.repeat(72);
  const lines = [
    rule,
    'Intentbase: first start on an empty database. Created:',
    '',
    `  Workspace id   ${created.workspaceId}`,
    `  Admin login    ${created.email}`,
    `  API key        ${key}`,
    `  Password       ${shownPassword}`,
    '',
    preset
      ? 'The workspace is ready; use the API key you configured.'
      : 'This is the only time the API key is shown. Store it now; a lost key can be replaced with\n' +
        `  intentbase key create --email ${created.email}`,
    presetPassword
      ? 'Sign in to the console with the password you configured.'
      : 'This is the only time the password is shown. Sign in to the console with it; change it with\n' +
        `  intentbase user password --email ${created.email}`,
    '',
    `Try it:  curl -H "X-Api-Key: ${preset ? '<your key>' : created.apiKey}" localhost:${config.port || '<port>'}/api/v1/segments`,
    rule,
    '',
  ];
  return lines.join('\n');
}
