import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { BIN, cliEnv } from '../../support/cli.js';

/** Output kept per process for diagnostics and the log checks: the tail, bounded. */
const LOG_TAIL_BYTES = 512 * 1024;

export interface ServerProcess {
  readonly index: number;
  readonly url: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** stdout and stderr as they came, the last 512 KiB. */
  output(): string;
  alive(): boolean;
  /** Resolves when the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends a signal and waits (SIGKILL after the timeout) for the exit. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const live = new Set<ChildProcess>();

/** SIGKILLs every server this harness started that is still running (call from `after`). */
export function killAllServers(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `intentbase serve` exactly as an operator runs it, on 127.0.0.1 and a free port, resolved once
 * GET /healthz answers 200. Requests are not logged (LOG_LEVEL=warn by default): three servers under
 * load would otherwise spend a good part of two cores writing log lines.
 */
export async function startServer(options: {
  index: number;
  env: Record<string, string>;
  cwd: string;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const port = await freePort();
  const env = cliEnv({ HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...options.env, PORT: String(port) });
  const child = spawn(process.execPath, [BIN, 'serve'], { env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  let output = '';
  const append = (chunk: string) => {
    output += chunk;
    if (output.length > LOG_TAIL_BYTES * 2) output = output.slice(-LOG_TAIL_BYTES);
  };
  child.stdout.setEncoding('utf8').on('data', append);
  child.stderr.setEncoding('utf8').on('data', append);
  let done = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => {
      done = true;
      live.delete(child);
      resolve({ code, signal });
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 45_000);
  for (;;) {
    if (done) throw new Error(`server ${options.index} exited before it was healthy:\n${output.slice(-4000)}`);
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server ${options.index} was not healthy within the timeout:\n${output.slice(-4000)}`);
    }
    await sleep(100);
  }

  const stop: ServerProcess['stop'] = async (signal = 'SIGTERM', timeoutMs = 20_000) => {
    if (!done) child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  };
  return { index: options.index, url, pid: child.pid!, child, output: () => output, alive: () => !done, exited, stop };
}

/** Starts `count` servers at the same moment on one database (they migrate and bootstrap concurrently). */
export async function startServers(count: number, env: Record<string, string>, cwd: string): Promise<ServerProcess[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => startServer({ index, env, cwd })));
}

/**
 * Log lines that mean a request failed unexpectedly (a 500, an unhandled rejection, a crash).
 * Returned for the assertion message; an empty list is the healthy outcome.
 */
export function unexpectedErrors(server: ServerProcess, options: { anyError?: boolean } = {}): string[] {
  // Without faults injected, any error-level line is unexpected (a failed scoring run included);
  // with them, only what no outage explains.
  const pattern = options.anyError ? /"level":(50|60)|Unhandled|uncaught|FATAL ERROR/i : /"msg":"unhandled error"|Unhandled|uncaught|FATAL ERROR|"level":60/i;
  return server
    .output()
    .split('\n')
    .filter((line) => pattern.test(line))
    .slice(0, 5);
}
