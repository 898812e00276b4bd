import { parentPort, workerData } from 'node:worker_threads';
import { iterateSqliteRows } from '../../db/dialects/bulk-io.js';
import { DomainStates } from './domain-states.js';
import { resolveScoringConfig } from './scoring-config.js';
import { scoringLayout } from './scoring-model.js';
import { decodeScanRow } from './scoring.repository.js';
import type { FoldResult, FoldTask } from './signal-fold.js';

/** Worker entry (signal-fold.ts): folds one half of a run's signal scan and posts the states back. */
function fold(task: FoldTask): FoldResult {
  const layout = scoringLayout(resolveScoringConfig(task.overrides));
  const states = new DomainStates(layout, task.asOf, 1 << 16);
  let signals = 0;
  for (const row of iterateSqliteRows(task.path, task.sql, task.parameters)) {
    states.addComponent(...decodeScanRow(row));
    signals += 1;
  }
  return { states: states.export(), signals };
}

try {
  const result = fold(workerData as FoldTask);
  parentPort!.postMessage(result, [result.states.values.buffer as ArrayBuffer, result.states.last.buffer as ArrayBuffer]);
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
