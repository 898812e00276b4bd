/* eslint-disable @typescript-eslint/prefer-for-of -- an indexed loop on purpose: hash32 runs for every synthetic record */
/**
 * Deterministic randomness for synthetic data (`intentbase seed`, the benchmarks): the same seed
 * always yields the same data, and any record can be generated on its own from (seed, index), so
 * generators stream in constant memory and never need to remember what they produced.
 */

/** A 32-bit hash of a few integers (murmur3 finaliser over a running mix). */
export function hash32(...values: number[]): number {
  let h = 0x9e3779b9;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    h = mix(h, value >>> 0);
    // The high half too, so indices above 2^32 still change the result.
    if (value >= 0x1_0000_0000 || value < 0) h = mix(h, Math.floor(value / 0x1_0000_0000) >>> 0);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mix(h: number, part: number): number {
  h = Math.imul(h ^ part, 0x85ebca6b);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** A small, fast seeded generator (mulberry32) with the helpers generators need. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** One of `entries`, each chosen in proportion to its weight. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** `count` distinct items of `items`, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    const n = Math.min(count, items.length);
    while (chosen.size < n) chosen.add(this.int(items.length));
    return [...chosen].map((i) => items[i]);
  }

  /** `length` characters drawn from `alphabet`. */
  string(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet[this.int(alphabet.length)];
    return out;
  }
}

/**
 * A seeded pseudo-random permutation of [0, size): a balanced Feistel network over the smallest
 * even power of two that covers `size`, with cycle walking. Maps index → a distinct slot, so
 * consecutive records land on unrelated combinations without a table of what is taken.
 */
export class SeededPermutation {
  private readonly halfBits: number;
  private readonly mask: number;

  constructor(
    private readonly size: number,
    private readonly seed: number,
  ) {
    if (!Number.isSafeInteger(size) || size < 1 || size > 2 ** 40) throw new RangeError(`permutation size ${size} out of range`);
    let bits = 2;
    while (2 ** bits < size) bits += 2;
    this.halfBits = bits / 2;
    this.mask = 2 ** this.halfBits - 1;
  }

  apply(index: number): number {
    if (index < 0 || index >= this.size) throw new RangeError(`index ${index} outside [0, ${this.size})`);
    let value = index;
    do value = this.encrypt(value);
    while (value >= this.size);
    return value;
  }

  private encrypt(value: number): number {
    const base = 2 ** this.halfBits;
    let left = Math.floor(value / base);
    let right = value % base;
    for (let round = 0; round < 4; round += 1) {
      const next = (left ^ (hash32(this.seed, round, right) & this.mask)) >>> 0;
      left = right;
      right = next;
    }
    return left * base + right;
  }
}
