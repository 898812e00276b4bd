import type { Dialect, Executor } from '../../db/index.js';
import { emptyState, mergeBombora, type ScoreState, type ScoringLayout } from './scoring-model.js';
import { signalFold, type FoldRow } from './scoring.repository.js';

/**
 * A full run's signals, folded per account as it goes (issue 14). The run visits accounts in id
 * order, a chunk at a time; for each chunk the database folds the signals of the chunk's accounts
 * in one GROUP BY (scoring.repository.ts, signalFold) and this turns its rows into the domains'
 * states at the run's time. Only a chunk's states are held at once, whatever the size of the
 * workspace, and each signal of an account is read once, from the covering index on the domain.
 */
export interface FoldedChunk {
  /** Per domain with at least one scored signal: its state at `asOf`. */
  states: Map<string, ScoreState>;
  /** Signals folded. */
  signals: number;
}

/** The states of the domains of the accounts with ids in (after, last] at `asOf`, from the signals ingested up to `toSeq`. */
export async function foldAccountSignals(
  db: Executor,
  dialect: Dialect,
  workspaceId: string,
  layout: ScoringLayout,
  asOf: number,
  toSeq: number,
  accounts: { after: string | null; last: string },
): Promise<FoldedChunk> {
  const foldLayout = { components: layout.components, bomboraEnabled: layout.config.sources.bombora.enabled };
  return statesOfFoldRows(layout, asOf, await signalFold(db, dialect, workspaceId, foldLayout, asOf, toSeq, accounts));
}

/**
 * The states the rows add up to: per component the decayed sums (already at `asOf`), the latest
 * effective time, and Bombora's latest week with its best topics — what `addSignal` builds from the
 * same signals one at a time.
 */
export function statesOfFoldRows(layout: ScoringLayout, asOf: number, rows: readonly FoldRow[]): FoldedChunk {
  const states = new Map<string, ScoreState>();
  let signals = 0;
  for (const row of rows) {
    let state = states.get(row.domain);
    if (state === undefined) {
      state = emptyState(layout, asOf);
      states.set(row.domain, state);
    }
    if (row.source === 'bombora') {
      const week = { week: Number(row.bombora_week), top: [[row.bombora_topic!, Number(row.best_score)] as [string, number]] };
      state.bombora = mergeBombora(state.bombora, week, layout.config.sources.bombora);
    } else {
      const k = layout.index.get(row.source)?.get(row.type);
      if (k !== undefined) state.values[k] += Number(row.value);
    }
    const at = Number(row.last_at);
    if (state.lastSignalAt === null || at > state.lastSignalAt) state.lastSignalAt = at;
    signals += Number(row.n);
  }
  return { states, signals };
}
