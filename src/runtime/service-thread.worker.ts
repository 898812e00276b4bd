import { parentPort, workerData } from 'node:worker_threads';
import type { DatabaseConfig } from '../config.js';
import type { Log } from '../lib/log.js';
import { openInProcess, type Runtime } from './index.js';
import type { ThreadMessage, ThreadRequest } from './service-thread.js';
import { encodeError } from './thread-errors.js';

/**
 * The service thread (service-thread.ts): opens the database in this thread, migrates it, builds
 * the services exactly as a PostgreSQL process does (openInProcess), and runs the calls the HTTP
 * thread sends. Each call is answered on its own, as soon as it settles; nothing a call does or
 * returns can end the thread.
 */
const port = parentPort!;
const post = (message: ThreadMessage) => port.postMessage(message);

/** Log lines go to the HTTP thread's logger, so there is one log with one configuration. */
const log: Log = {
  info: (obj, msg) => post({ kind: 'log', level: 'info', obj: loggable(obj), msg }),
  warn: (obj, msg) => post({ kind: 'log', level: 'warn', obj: loggable(obj), msg }),
  error: (obj, msg) => post({ kind: 'log', level: 'error', obj: loggable(obj), msg }),
};

function loggable(obj: object): object {
  const { err, ...rest } = obj as { err?: unknown };
  return err === undefined ? rest : { ...rest, err: encodeError(err) };
}

async function handle(runtime: Runtime, request: ThreadRequest): Promise<unknown> {
  switch (request.kind) {
    case 'call': {
      const service = (runtime.services as unknown as Record<string, Record<string, unknown> | undefined>)[request.service];
      const method = service?.[request.method];
      if (typeof method !== 'function') throw new Error(`no service method ${request.service}.${request.method}`);
      const args = request.args.map((arg) => (arg === undefined ? undefined : (JSON.parse(arg) as unknown)));
      return (method as (...args: unknown[]) => Promise<unknown>).apply(service, args);
    }
    case 'ping':
      return runtime.ping();
    case 'close':
      return runtime.close();
  }
}

function reply(id: number, outcome: { ok: true; value: unknown } | { ok: false; error: unknown }): void {
  try {
    // JSON.stringify answers undefined for undefined (a method that returns nothing).
    const value = outcome.ok ? (JSON.stringify(outcome.value) as string | undefined) : undefined;
    post(outcome.ok ? { kind: 'reply', id, ok: true, value } : { kind: 'reply', id, ok: false, error: encodeError(outcome.error) });
  } catch (error) {
    // The value has no JSON form: the caller gets that error instead of waiting for ever.
    post({ kind: 'reply', id, ok: false, error: encodeError(error) });
  }
}

try {
  const runtime = await openInProcess((workerData as { config: DatabaseConfig }).config, { log });
  port.on('message', (request: ThreadRequest) => {
    handle(runtime, request).then(
      (value) => {
        reply(request.id, { ok: true, value });
        // Once closed, nothing is left to keep this thread's event loop alive: it ends.
        if (request.kind === 'close') port.close();
      },
      (error: unknown) => reply(request.id, { ok: false, error }),
    );
  });
  post({ kind: 'ready', newerSchema: runtime.newerSchema });
} catch (error) {
  post({ kind: 'failed', error: encodeError(error) });
  port.close();
}
