import type { Worker } from 'node:worker_threads';
import type { DatabaseConfig } from '../config.js';
import { createDatabase, migrateToLatest, type ReplicaHealth } from '../db/index.js';
import type { Log } from '../lib/log.js';
import { createServices, type ServicesApi } from '../services.js';
import { startServiceThread } from './service-thread.js';

/**
 * The services over the configured database, ready for the HTTP layer and the CLI. Where they run
 * depends on the engine (docs/architecture.md, "The runtime"):
 *
 * - PostgreSQL: here, in this thread; the pool's connections do the waiting.
 * - SQLite: on a thread of their own, the service thread. better-sqlite3 is synchronous, so every
 *   statement and every commit's fsync would otherwise stop request handling; here the HTTP thread
 *   parses, validates and serialises while the service thread runs the services — the same
 *   `createServices` over the same kind of handle — on its one connection. `services` is then a
 *   proxy whose every call is a message.
 */
export interface Runtime {
  readonly services: ServicesApi;
  /** Migrations of a newer release that the database already has (a rolling upgrade in progress). */
  readonly newerSchema: string[];
  /** Resolves when every part the API needs answers: the service thread and its database, or the pool. */
  ping(): Promise<void>;
  /** Each read replica's state at its last check (DATABASE_READ_URL; empty without replicas). */
  readReplicas(): ReplicaHealth[];
  /** The service thread, on SQLite (for supervision: it is what `ping` checks). */
  readonly thread?: Worker;
  /** Stops scoring runs (resumably), closes the database and ends the service thread. */
  close(): Promise<void>;
}

export interface RuntimeOptions {
  log: Log;
}

export function openRuntime(config: DatabaseConfig, options: RuntimeOptions): Promise<Runtime> {
  return config.engine === 'sqlite' ? startServiceThread(config, options) : openInProcess(config, options);
}

/** The database migrated and the services built over it, in this thread (what the service thread runs, too). */
export async function openInProcess(config: DatabaseConfig, options: RuntimeOptions): Promise<Runtime> {
  const database = createDatabase(config);
  try {
    const { newer } = await migrateToLatest(database.db);
    const { services, close } = createServices(database, { log: options.log });
    return {
      services,
      newerSchema: newer,
      ping: () => database.ping(),
      readReplicas: () => database.reads.health(),
      close: async () => {
        try {
          await close();
        } finally {
          await database.close();
        }
      },
    };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
