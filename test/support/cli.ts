import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import type { DatabaseConfig } from '../../src/config.js';
import { createTestDatabase, type EngineName, type TestDatabase } from './engines.js';

/** The real executable, spawned exactly as a user runs it. */
export const BIN = fileURLToPath(new URL('../../bin/intentbase', import.meta.url));
/** The project's root, where `npm start` runs. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Variables the CLI reads: stripped from the inherited environment so only the test's own count. */
const CONFIG_VARIABLES = [
  'DATABASE_URL',
  'PORT',
  'HOST',
  'LOG_LEVEL',
  'SCORING_CRON',
  'INTENTBASE_ADMIN_EMAIL',
  'INTENTBASE_ADMIN_API_KEY',
  'DATABASE_POOL_SIZE',
  'DATABASE_STATEMENT_TIMEOUT_MS',
  'DATABASE_QUERY_TIMEOUT_MS',
  'DATABASE_CONNECT_TIMEOUT_MS',
  'HEALTHZ_TIMEOUT_MS',
  'BODY_LIMIT_BYTES',
  'INTENTBASE_ADMIN_PASSWORD',
  'SESSION_IDLE_MINUTES',
  'TRUST_PROXY',
  'RATE_LIMIT_PER_MINUTE',
  'RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE',
  // The test runner marks its own children; the CLI is not one of them.
  'NODE_TEST_CONTEXT',
];

/**
 * Tests push and pull as fast as the machine allows, and walk every route without a key: the
 * default limits would answer 429s that say nothing about what a test checks. The tests of the
 * limits themselves (test/rate-limits.test.ts) pass their own.
 */
export const NO_RATE_LIMITS = { RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: '0' };

export const KEY_PATTERN = /^ib_[0-9A-Za-z]{40}$/;

export function databaseUrl(config: DatabaseConfig): string {
  return config.engine === 'sqlite' ? `sqlite:${config.path}` : config.url;
}

export function cliEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.entries(process.env).filter(([name]) => !CONFIG_VARIABLES.includes(name));
  return { ...Object.fromEntries(env), ...NO_RATE_LIMITS, ...vars };
}

/** A scratch working directory, so a developer's .env or ./data never leaks into a test. */
export function scratchDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'intentbase-cli-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

const live = new Set<ChildProcess>();

/** Kills every child still running (call from `after`). */
export function killAllChildren(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

function spawnCli(args: string[], env: NodeJS.ProcessEnv, cwd: string, input?: string): ChildProcess {
  const child = track(spawn(process.execPath, [BIN, ...args], { env, cwd, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] }));
  if (input !== undefined) child.stdin!.end(input);
  return child;
}

/** `npm start` in the project's root, as the README's quick start runs it. */
function spawnNpmStart(env: NodeJS.ProcessEnv): ChildProcess {
  return track(spawn('npm', ['start', '--silent'], { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
}

function track(child: ChildProcess): ChildProcess {
  live.add(child);
  child.on('exit', () => live.delete(child));
  return child;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion, `input` piped to its stdin; killed (and the test failed) if it outlives the timeout. */
export function runCli(args: string[], options: { env: NodeJS.ProcessEnv; cwd: string; timeoutMs?: number; input?: string }): Promise<CliResult> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, options.env, options.cwd, options.input);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`intentbase ${args.join(' ')} did not finish in ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

export interface ServeProcess {
  readonly child: ChildProcess;
  /** The URL from the "listening" log line. */
  readonly url: string;
  stdout(): string;
  /** Resolves once stdout (the log) matches `pattern`: a condition to wait on instead of a sleep. */
  logged(pattern: RegExp, timeoutMs?: number): Promise<void>;
  stderr(): string;
  /** Sends a signal and waits for the exit (SIGKILL after the timeout, which then rejects). */
  /** Sends `signal` (none with null: waits for an exit already under way) and resolves with how the process exited. */
  stop(signal?: NodeJS.Signals | null, timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * `intentbase serve` on 127.0.0.1 and a free port (PORT=0); resolves once it logs its URL, rejects
 * if it exits or stays silent past the timeout.
 */
export function startServe(options: { env: Record<string, string>; cwd: string; timeoutMs?: number; viaNpmStart?: boolean }): Promise<ServeProcess> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const env = cliEnv({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...options.env });
  const child = options.viaNpmStart ? spawnNpmStart(env) : spawnCli(['serve'], env, options.cwd);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );

  const logged: ServeProcess['logged'] = (pattern, waitMs = 10_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (!pattern.test(stdout)) return;
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve();
      };
      const timer = setTimeout(() => {
        child.stdout!.off('data', check);
        reject(new Error(`serve never logged ${pattern} within ${waitMs} ms\nstdout: ${stdout}`));
      }, waitMs);
      child.stdout!.on('data', check);
      check();
    });

  const stop: ServeProcess['stop'] = async (signal = 'SIGTERM', stopTimeoutMs = 15_000) => {
    if (signal !== null && child.exitCode === null && child.signalCode === null) child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`serve did not exit within ${stopTimeoutMs} ms of ${signal}`));
      }, stopTimeoutMs);
    });
    try {
      return await Promise.race([exited, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not listen within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    const onData = () => {
      const url = listeningUrl(stdout);
      if (!url) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve({ child, url, stdout: () => stdout, stderr: () => stderr, stop, logged });
    };
    child.stdout!.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (code ${code}, signal ${signal}) before listening\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
}

function listeningUrl(stdout: string): string | undefined {
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { url?: unknown; msg?: unknown };
      if (typeof entry.url === 'string' && typeof entry.msg === 'string' && entry.msg.startsWith('Intentbase listening')) {
        return entry.url;
      }
    } catch {
      // a partial line; the next chunk completes it
    }
  }
  return undefined;
}

/** The console password in a bootstrap block, if one was generated and printed. */
export function printedPassword(stdout: string): string | undefined {
  return /Password\s+([A-Za-z0-9]{24})\b/.exec(stdout)?.[1];
}

/** The API key in a bootstrap block, if one was printed. */
export function printedKey(stdout: string): string | undefined {
  return /API key\s+(ib_[0-9A-Za-z]{40})\b/.exec(stdout)?.[1];
}

export async function getJson(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

export interface PartialRequest {
  /** Sends the rest of the body. */
  finish(): void;
  /** Everything the server sent, once it closed the connection. */
  readonly response: Promise<string>;
}

/**
 * A POST whose body is only half sent: the request stays in flight until `finish()`, which is how
 * a test holds a request open across a shutdown signal.
 */
export async function startPartialPost(url: string, path: string, headers: Record<string, string>, body: string): Promise<PartialRequest> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let received = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
  const response = new Promise<string>((resolve, reject) => {
    socket.once('close', () => resolve(received));
    socket.once('error', reject);
  });
  response.catch(() => {});
  const head = Object.entries({ host: hostname, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const half = Math.floor(body.length / 2);
  socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n${body.slice(0, half)}`);
  return { finish: () => socket.write(body.slice(half)), response };
}

/**
 * For a suite that starts `intentbase serve` processes: a fresh database and a scratch working
 * directory per call, all dropped and removed (and every child killed) after the suite.
 */
export function useServeScratch(engine: EngineName): { database(): Promise<TestDatabase>; dir(): { path: string; remove(): void } } {
  const databases: TestDatabase[] = [];
  const dirs: Array<{ remove(): void }> = [];
  after(async () => {
    killAllChildren();
    for (const db of databases) await db.drop();
    for (const dir of dirs) dir.remove();
  });
  return {
    async database() {
      const database = await createTestDatabase(engine);
      databases.push(database);
      return database;
    },
    dir() {
      const dir = scratchDir();
      dirs.push(dir);
      return dir;
    },
  };
}
