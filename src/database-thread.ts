import { parentPort, workerData } from 'node:worker_threads';
import type { DatabaseHandle } from './db/index.js';
import { openSqliteConnection } from './db/dialects/sqlite-connection.js';
import { serveSqliteThread } from './db/dialects/sqlite-thread-host.js';

/**
 * The SQLite writer thread (db/dialects/sqlite-thread.ts): the write connection, and the same
 * services as the main thread over it, so a procedure that group commit sends here runs exactly the
 * code it would run in-process (accounts' batch write, with the listeners other modules hang on it).
 *
 * Single statements are served as soon as the connection is open. Kysely and the services — most
 * of the code base, about a second to load through the TypeScript loader in a fresh thread — load
 * meanwhile, and the first procedure group waits for them.
 */
const { path, procedures } = workerData as { path: string; procedures: boolean };
const connection = openSqliteConnection(path);
let loaded: DatabaseHandle | undefined;
const services: Promise<DatabaseHandle> = (async () => {
  if (!procedures) throw new Error('this SQLite thread runs single statements only');
  const [{ openLocalDatabase }, { createServices }] = await Promise.all([import('./db/index.js'), import('./services.js')]);
  const database = openLocalDatabase({ engine: 'sqlite', connection });
  createServices(database);
  return (loaded = database);
})();
services.catch(() => {}); // a thread without procedures: only a group request would see this
serveSqliteThread(parentPort!, {
  connection,
  runGroup: async (calls) => (await services).runGroup(calls),
  // Closing does not wait for services still loading: nothing but this connection needs closing.
  close: async () => (loaded ? loaded.close() : connection.close()),
});
