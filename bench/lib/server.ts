import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/intentbase', import.meta.url));

/** The key the server's first start creates (INTENTBASE_ADMIN_API_KEY), so the bench can call it. */
export const BENCH_API_KEY = 'ib_' + 'BenchKey0'.repeat(5).slice(0, 40);

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** Highest resident set size the OS saw (VmHWM), in MB. */
  peakRssMb(): number;
  /** Current resident set size (VmRSS), in MB. */
  rssMb(): number;
  /** Total CPU time the process has used so far, in ms (utime + stime). */
  cpuMs(): number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
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

function statusField(pid: number, field: string): number {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

const CLOCK_TICKS_PER_MS = 100 / 1000;

function cpuTimeMs(pid: number): number {
  // /proc/<pid>/stat fields 14 and 15 (utime, stime) in clock ticks; the name field may hold spaces.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_MS;
}

/**
 * Starts `intentbase serve` exactly as an operator does (node bin/intentbase serve) on a free port,
 * waits for /healthz, and logs to a file (LOG_LEVEL as given; the default `info` logs every request).
 */
export async function startServer(
  databaseUrl: string,
  options: { logFile: string; logLevel: string; nodeArgs?: string[]; cwd?: string; env?: Record<string, string> },
): Promise<ServerProcess> {
  const port = await freePort();
  const logFd = openSync(options.logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, 'serve'], {
    cwd: options.cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: options.logLevel,
      INTENTBASE_ADMIN_API_KEY: BENCH_API_KEY,
      // A bench measures what the server can take; bench/rate-limits.ts measures what limiting costs.
      RATE_LIMIT_PER_MINUTE: '0',
      ...options.env,
    },
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );

  const deadline = Date.now() + 60_000;
  for (;;) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the exit listener
    if (exited) throw new Error(`server exited during start; see ${options.logFile}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become healthy in 60 s; see ${options.logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  const pid = child.pid!;
  return {
    url,
    pid,
    peakRssMb: () => statusField(pid, 'VmHWM'),
    rssMb: () => statusField(pid, 'VmRSS'),
    cpuMs: () => cpuTimeMs(pid),
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exit;
      clearTimeout(killer);
    },
  };
}
