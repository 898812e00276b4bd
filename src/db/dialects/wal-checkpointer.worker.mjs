// Takes SQLite WAL checkpoints on a thread of its own while a batch job writes (see bulk-io.ts):
// a checkpoint copies the WAL back into the database file and fsyncs it — 100-200 ms with a
// random-access job's WAL — and taken by the writing connection it would stall the event loop the
// API runs on. PASSIVE: it never blocks the writer or readers, it only copies what it can.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
let stopping = false;
parentPort.on('message', (message) => {
  if (message === 'stop') stopping = true;
});
while (!stopping) {
  await new Promise((resolve) => setTimeout(resolve, workerData.intervalMs));
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // busy or the file went away: the next round (or the API's own autocheckpoint) catches up
  }
}
try {
  db.pragma('wal_checkpoint(PASSIVE)');
} finally {
  db.close();
  parentPort.postMessage('stopped');
}
