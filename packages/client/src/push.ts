/**
 * A push of any number of items: split into the route's batch size (docs/api.md "Limits"), sent a few
 * requests at a time, and answered as one: the per-item results in input order, the summaries added up.
 */

/** The answer of one batch request: one result per item, and counts. */
export interface BatchAnswer<Result> {
  results: Result[];
  summary: Record<string, number>;
}

export interface PushOptions {
  /** How many batch requests run at once (default 4). */
  concurrency?: number;
  signal?: AbortSignal;
}

export const DEFAULT_PUSH_CONCURRENCY = 4;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

function addSummaries(zero: Record<string, number>, summaries: Array<Record<string, number>>): Record<string, number> {
  const total: Record<string, number> = { ...zero };
  for (const summary of summaries) {
    for (const [name, count] of Object.entries(summary)) total[name] = (total[name] ?? 0) + count;
  }
  return total;
}

/**
 * Runs `task` over every index with at most `concurrency` running. After a failure no further task
 * starts; those already running finish (their writes are the server's either way), then the first
 * failure is thrown.
 */
async function runBounded(count: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (failure === undefined && next < count) {
      const index = next;
      next += 1;
      try {
        await task(index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
  if (failure !== undefined) throw failure.error;
}

/**
 * Sends `items` in batches of `batchSize`. `send` gets each batch and the input index of its first item
 * (results that carry an `index`, as the signals push's do, are shifted by it so they name the input).
 * `zero` is the summary of no items: what an empty push answers, without a request.
 */
export async function pushInBatches<Item, Result, Summary extends object>(
  items: readonly Item[],
  batch: { size: number; zero: Summary },
  options: PushOptions,
  send: (batch: Item[], offset: number) => Promise<{ results: Result[]; summary: Summary }>,
): Promise<{ results: Result[]; summary: Summary }> {
  const batchSize = batch.size;
  const batches = chunk(items, batchSize);
  const answers: Array<BatchAnswer<Result>> = new Array<BatchAnswer<Result>>(batches.length);
  await runBounded(batches.length, options.concurrency ?? DEFAULT_PUSH_CONCURRENCY, async (index) => {
    const offset = index * batchSize;
    const answer = await send(batches[index]!, offset);
    answers[index] = { results: answer.results.map((result) => reindex(result, offset)), summary: answer.summary as Record<string, number> };
  });
  return {
    results: answers.flatMap((answer) => answer.results),
    summary: addSummaries(batch.zero as Record<string, number>, answers.map((answer) => answer.summary)) as Summary,
  };
}

function reindex<Result>(result: Result, offset: number): Result {
  if (offset === 0 || typeof result !== 'object' || result === null || !('index' in result) || typeof result.index !== 'number') return result;
  return { ...result, index: result.index + offset };
}
