/**
 * Splits a list into consecutive slices of at most `size` items: long `IN (…)` lists and multi-row
 * inserts stay under the bound-parameter limits of both engines (SQLite 32766, PostgreSQL 65535).
 */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
