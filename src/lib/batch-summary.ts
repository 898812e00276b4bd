/** A batch answer's `summary` (SPEC §3): how many results, and how many of each listed status. */
export function summarise<S extends string>(results: ReadonlyArray<{ status: string }>, statuses: readonly S[]): { total: number } & Record<S, number> {
  const summary = { total: results.length } as { total: number } & Record<S, number>;
  for (const status of statuses) (summary as Record<string, number>)[status] = results.filter((r) => r.status === status).length;
  return summary;
}
