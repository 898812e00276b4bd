import { parentPort, workerData } from 'node:worker_threads';
import type { DatabaseHandle } from './db/index.js';
import { openSqliteConnection } from './db/dialects/sqlite-connection.js';
import type { ThreadRole } from './db/dialects/sqlite-thread.js';
import { serveSqliteThread } from './db/dialects/sqlite-thread-host.js';

/**
 * A SQLite thread (db/dialects/sqlite-thread.ts): one connection, and the same services as the main
 * thread over it, so a procedure sent here runs exactly the code it would run in-process — the
 * writer runs group commit's groups (accounts' batch write, with the listeners other modules hang
 * on it), the reader runs read procedures (accounts' list page) on a query_only connection.
 *
 * Single statements are served as soon as the connection is open. Kysely and the services — most
 * of the code base, about a second to load through the TypeScript loader in a fresh thread — load
 * meanwhile, and the first procedure waits for them.
 */
const { path, role } = workerData as { path: string; role: ThreadRole };
const connection = openSqliteConnection(path, { queryOnly: role === 'reader' });
let loaded: DatabaseHandle | undefined;
const services: Promise<DatabaseHandle> = (async () => {
  if (role === 'statements') throw new Error('this SQLite thread runs single statements only');
  const [{ openLocalDatabase }, { createServices }] = await Promise.all([import('./db/index.js'), import('./services.js')]);
  const database = openLocalDatabase({ engine: 'sqlite', connection });
  createServices(database);
  return (loaded = database);
})();
services.catch(() => {}); // a statements thread: only a procedure request would see this
serveSqliteThread(parentPort!, {
  connection,
  runGroup: async (calls) => (await services).runGroup(calls),
  runRead: async (call) => (await services).runRead(call),
  // Closing does not wait for services still loading: nothing but this connection needs closing.
  close: async () => (loaded ? loaded.close() : connection.close()),
});
