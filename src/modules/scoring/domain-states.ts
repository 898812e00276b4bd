import {
  decayFactor,
  emptyState,
  mergeBombora,
  weekStart,
  type BomboraWeek,
  type ScoreState,
  type ScoringLayout,
} from './scoring-model.js';

/** Component codes besides a layout index (see addComponent and signalScan). */
export const BOMBORA = -1;
export const IGNORED = -2;

/**
 * The running states of many domains at one time, folded from a stream of signals: what an
 * incremental run builds from the signals ingested since the last one (a full run folds in SQL,
 * a chunk of domains at a time: signal-fold.ts). Typed arrays rather than an object per domain: a million domains cost
 * ~120 MB and little garbage collection. Folding a signal here is exactly `addSignal`.
 */
export class DomainStates {
  private readonly slots = new Map<string, number>();
  private readonly width: number;
  private values: Float64Array;
  private last: Float64Array;
  private readonly bombora = new Map<number, BomboraWeek>();

  constructor(
    private readonly layout: ScoringLayout,
    readonly asOf: number,
    capacity = 1024,
  ) {
    this.width = layout.components.length;
    this.values = new Float64Array(capacity * this.width);
    this.last = new Float64Array(capacity).fill(Number.NaN);
  }

  get size(): number {
    return this.slots.size;
  }

  domains(): IterableIterator<string> {
    return this.slots.keys();
  }

  /** Folds one signal (effective time: the earlier of its date and its ingest) at `asOf`. */
  add(domain: string, source: string, type: string, occurredAt: number, ingestedAt: number, count: number, topic: string | null, score: number | null): void {
    const k = source === 'bombora' ? BOMBORA : (this.layout.index.get(source)?.get(type) ?? IGNORED);
    this.addComponent(domain, k, occurredAt < ingestedAt ? occurredAt : ingestedAt, count, topic, score);
  }

  /**
   * The same, with the signal already classified: `k` its component in the layout, BOMBORA, or
   * IGNORED (a switched-off source or an unknown type); `at` its effective time.
   */
  addComponent(domain: string, k: number, at: number, count: number, topic: string | null, score: number | null): void {
    if (k === IGNORED || k >= this.width) return;
    if (k === BOMBORA && (!this.layout.config.sources.bombora.enabled || topic == null || topic === '' || score == null)) return;
    const slot = this.slot(domain);
    if (k >= 0) {
      const c = this.layout.components[k];
      this.values[slot * this.width + k] += c.increment * count * decayFactor(this.asOf - at, c.halfLifeMs);
    } else {
      const merged = mergeBombora(this.bombora.get(slot) ?? null, { week: weekStart(at), top: [[topic!, score!]] }, this.layout.config.sources.bombora);
      if (merged) this.bombora.set(slot, merged);
    }
    const previous = this.last[slot];
    if (Number.isNaN(previous) || at > previous) this.last[slot] = at;
  }

  /** The domain's state at `asOf`; undefined when none of its signals counted. */
  state(domain: string): ScoreState | undefined {
    const slot = this.slots.get(domain);
    if (slot === undefined) return undefined;
    const state = emptyState(this.layout, this.asOf);
    for (let k = 0; k < this.width; k += 1) state.values[k] = this.values[slot * this.width + k];
    state.lastSignalAt = Number.isNaN(this.last[slot]) ? null : this.last[slot];
    const b = this.bombora.get(slot);
    state.bombora = b ? { week: b.week, top: b.top.map(([t, s]): [string, number] => [t, s]) } : null;
    return state;
  }

  private slot(domain: string): number {
    let slot = this.slots.get(domain);
    if (slot !== undefined) return slot;
    slot = this.slots.size;
    this.slots.set(domain, slot);
    if (slot >= this.last.length) {
      const capacity = this.last.length * 2;
      const values = new Float64Array(capacity * this.width);
      values.set(this.values);
      this.values = values;
      const last = new Float64Array(capacity).fill(Number.NaN);
      last.set(this.last);
      this.last = last;
    }
    return slot;
  }
}
