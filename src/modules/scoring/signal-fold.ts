import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { iterateSqliteRows } from '../../db/dialects/bulk-io.js';
import { DomainStates, type ExportedStates } from './domain-states.js';
import { resolveScoringConfig, type ScoringConfigOverrides } from './scoring-config.js';
import { scoringLayout } from './scoring-model.js';

/**
 * Folding a full run's signals on a second core. A full run reads every signal of the workspace
 * (10 rows per account in the benchmark); on SQLite the scan is CPU-bound in this process — rows
 * turned into JavaScript values and looked up by domain — so the run splits the ingest-sequence
 * range in two: this worker folds one half on its own read-only connection while the run folds the
 * other, and the halves merge (DomainStates.merge). Only for a file-backed SQLite database (the
 * rows come from db/dialects/bulk-io.ts, which owns the engine-specific reading).
 */

export interface FoldTask {
  path: string;
  /** The scan statement (signalScan's, compiled) and its parameters for this half. */
  sql: string;
  parameters: unknown[];
  overrides: ScoringConfigOverrides | null;
  asOf: number;
}

export interface FoldResult {
  states: ExportedStates;
  signals: number;
}

/** Row layout of signalScan: [domain, component, effective_at, count, topic, score, ingested_seq]. */
function fold(task: FoldTask): FoldResult {
  const layout = scoringLayout(resolveScoringConfig(task.overrides));
  const states = new DomainStates(layout, task.asOf, 1 << 16);
  let signals = 0;
  for (const row of iterateSqliteRows(task.path, task.sql, task.parameters)) {
    states.addComponent(row[0] as string, Number(row[1]), Number(row[2]), Number(row[3]), row[4] as string | null, row[5] === null ? null : Number(row[5]));
    signals += 1;
  }
  return { states: states.export(), signals };
}

/** Runs `task` on a worker thread; `cancel` terminates it. */
export function foldOnWorker(task: FoldTask): { result: Promise<FoldResult>; cancel(): void } {
  const worker = new Worker(new URL('./signal-fold.worker.mjs', import.meta.url), { workerData: task });
  const result = new Promise<FoldResult>((resolve, reject) => {
    worker.once('message', (message: FoldResult | { error: string }) => {
      if ('error' in message) reject(new Error(message.error));
      else resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`signal fold worker exited with code ${code}`)));
  });
  result.catch(() => {});
  return { result, cancel: () => void worker.terminate() };
}

if (!isMainThread && parentPort && (workerData as FoldTask | undefined)?.sql) {
  try {
    const result = fold(workerData as FoldTask);
    parentPort.postMessage(result, [result.states.values.buffer, result.states.last.buffer] as never);
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}
