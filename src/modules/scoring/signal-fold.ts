import { startWorker } from '../../lib/workers.js';
import type { ExportedStates } from './domain-states.js';
import type { ScoringConfigOverrides } from './scoring-config.js';

/**
 * Folding a full run's signals on a second core. A full run reads every signal of the workspace
 * (10 rows per account in the benchmark); on SQLite the scan is CPU-bound — rows turned into
 * JavaScript values and looked up by domain — so the run splits the ingest-sequence range in two:
 * a worker (signal-fold.worker.ts) folds one half on its own read-only connection while the run
 * folds the other, and the halves merge (DomainStates.merge). Only for a SQLite file.
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

/** Runs `task` on a worker thread; `cancel` terminates it. */
export function foldOnWorker(task: FoldTask): { result: Promise<FoldResult>; cancel(): void } {
  const worker = startWorker(import.meta.url, 'signal-fold.worker', { workerData: task });
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
