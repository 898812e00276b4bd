import type { Worker } from 'node:worker_threads';
import type { DatabaseConfig } from '../config.js';
import { ApiError } from '../http/errors.js';
import type { Log } from '../lib/log.js';
import { startWorker } from '../lib/workers.js';
import type { ServicesApi } from '../services.js';
import type { Runtime, RuntimeOptions } from './index.js';
import { decodeError, type EncodedError } from './thread-errors.js';

/**
 * HTTP thread → service thread. A call's arguments (each on its own, so an omitted optional one stays
 * undefined) and every reply's value cross as JSON text: they are plain data (ServiceApi), and for
 * the payloads here — request bodies, list pages — JSON costs about half of what structured cloning
 * does on each side (docs/benchmarks.md).
 */
export type ThreadRequest =
  | { id: number; kind: 'call'; service: string; method: string; args: Array<string | undefined> }
  | { id: number; kind: 'ping' }
  | { id: number; kind: 'close' };

/** Service thread → HTTP thread: replies to requests, and notices of its own. */
export type ThreadMessage =
  | { kind: 'reply'; id: number; ok: true; value: string | undefined }
  | { kind: 'reply'; id: number; ok: false; error: EncodedError }
  | { kind: 'ready'; newerSchema: string[] }
  | { kind: 'failed'; error: EncodedError }
  | { kind: 'log'; level: keyof Log; obj: object; msg: string };

interface Pending { resolve(value: unknown): void; reject(error: unknown): void }

/**
 * The service thread's young generation, where V8 places new objects until they survive two
 * collections. V8 grows it up to 48 MB (three 16 MB semi-spaces) while the allocation rate stays
 * high, and a full scoring run at 1M accounts keeps it high for two minutes. Capped at 24 MB, the
 * peak RSS of `serve` during that run fell from 405–427 MB to 395 MB with ingest unchanged; at
 * 12 MB it fell to 391 MB, but ingest lost 8% (docs/benchmarks.md, "At 1M × 10M on a quiet machine").
 */
const SERVICE_THREAD_HEAP = { maxYoungGenerationSizeMb: 24 };

/** What every call gets once the service thread is gone: the same 503 as an unreachable database. */
const unavailable = () => new ApiError('SERVICE_UNAVAILABLE', 'The database is unavailable; retry shortly');

/**
 * Starts the service thread (service-thread.worker.ts) for a SQLite database and answers, once the
 * thread has migrated the database and built the services, a Runtime whose services are a proxy:
 * `services.accounts.createAccounts(ws, body)` posts `{ service: 'accounts', method:
 * 'createAccounts', args }` and resolves with the thread's reply. The thread runs calls as they
 * arrive, one connection, in arrival order at every await; a group commit gathers the writes that
 * arrive while a transaction is under way (db/group-commit.ts).
 */
export async function startServiceThread(config: DatabaseConfig, options: RuntimeOptions): Promise<Runtime> {
  const thread = new ServiceThread(
    startWorker(import.meta.url, 'service-thread.worker', { workerData: { config }, resourceLimits: SERVICE_THREAD_HEAP }),
    options.log,
  );
  const newerSchema = await thread.ready;
  return {
    services: thread.proxy(),
    newerSchema,
    ping: async () => {
      await thread.request({ kind: 'ping' });
    },
    // Replicas are PostgreSQL's (config.ts refuses DATABASE_READ_URL with SQLite).
    readReplicas: () => [],
    thread: thread.worker,
    close: () => thread.close(),
  };
}

class ServiceThread {
  readonly ready: Promise<string[]>;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private started = false;
  private stopped = false;
  private closing = false;
  private readonly exited: Promise<void>;

  constructor(
    readonly worker: Worker,
    private readonly log: Log,
  ) {
    let started!: (newerSchema: string[]) => void;
    let failed!: (error: Error) => void;
    this.ready = new Promise((resolve, reject) => ((started = resolve), (failed = reject)));
    this.exited = new Promise((resolve) => worker.once('exit', () => resolve()));
    worker.on('message', (message: ThreadMessage) => {
      if (message.kind === 'reply') this.settle(message);
      else if (message.kind === 'ready') {
        this.started = true;
        started(message.newerSchema);
      }
      else if (message.kind === 'failed') failed(decodeError(message.error));
      else this.log[message.level](message.obj, message.msg);
    });
    worker.on('error', (error) => {
      failed(error);
      this.log.error({ err: error }, 'the service thread failed');
    });
    worker.once('exit', (code) => {
      failed(new Error(`the service thread exited (code ${code}) before it was ready`));
      if (this.started && !this.closing) this.log.error({ code }, 'the service thread stopped: every request answers 503 and /healthz fails until the process restarts');
      this.stop();
    });
  }

  /** Sends a request; a request that cannot be sent rejects, like any failed call. */
  request(message: DistributiveOmit<ThreadRequest, 'id'>): Promise<unknown> {
    if (this.stopped) return Promise.reject(unavailable());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      try {
        this.worker.postMessage({ ...message, id });
      } catch (error) {
        this.pending.delete(id);
        reject(error);
      }
    });
  }

  /**
   * A service method call; arguments that have no JSON form (a function, a cycle) reject it. An
   * idempotent request's claim is one of the arguments (the write method's trailing `call`).
   */
  call(service: string, method: string, args: unknown[]): Promise<unknown> {
    let json: Array<string | undefined>;
    try {
      json = args.map((arg) => JSON.stringify(arg) as string | undefined);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.request({ kind: 'call', service, method, args: json });
  }

  /**
   * The services as a proxy: every method call becomes a `call` request. (Neither level is a
   * thenable: `then` is not a service or a method, so awaiting a proxy never sends anything.)
   */
  proxy(): ServicesApi {
    const named = (name: PropertyKey): name is string => typeof name === 'string' && name !== 'then';
    const services = new Map<string, object>();
    const serviceProxy = (service: string) =>
      new Proxy({}, { get: (_target, method) => (named(method) ? (...args: unknown[]) => this.call(service, method, args) : undefined) });
    return new Proxy({} as ServicesApi, {
      get: (_target, service) => {
        if (!named(service)) return undefined;
        if (!services.has(service)) services.set(service, serviceProxy(service));
        return services.get(service);
      },
    });
  }

  /** Asks the thread to close the runtime, then waits for it to end (ending it if it lingers). */
  async close(): Promise<void> {
    this.closing = true;
    if (!this.stopped) await this.request({ kind: 'close' }).catch((error: unknown) => this.log.warn({ err: error }, 'closing the service thread failed'));
    const lingering = setTimeout(() => void this.worker.terminate(), 5_000);
    await this.exited;
    clearTimeout(lingering);
  }

  private settle(reply: Extract<ThreadMessage, { kind: 'reply' }>): void {
    const waiter = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (reply.ok) waiter?.resolve(reply.value === undefined ? undefined : JSON.parse(reply.value));
    else waiter?.reject(decodeError(reply.error));
  }

  /** The thread is gone: every call waiting or yet to come is answered as the database being unavailable. */
  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const waiter of this.pending.values()) waiter.reject(unavailable());
    this.pending.clear();
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
