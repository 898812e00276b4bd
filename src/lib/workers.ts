import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on the module `name` next to the calling module (`from`: its
 * import.meta.url). The server runs compiled: the entry is `name.js` beside the caller in dist/.
 * Tests and benchmarks run the TypeScript sources through tsx, which a worker does not inherit, so
 * there the worker starts on a small shim that registers tsx and then imports `name.ts`.
 */
export function startWorker(from: string, name: string, options: WorkerOptions = {}): Worker {
  if (from.endsWith('.js')) return new Worker(new URL(`./${name}.js`, from), options);
  const entry = new URL(`./${name}.ts`, from).href;
  return new Worker(new URL('./tsx-worker.mjs', import.meta.url), { ...options, argv: [entry, ...((options.argv ?? []) as unknown[])] });
}
