import { Cron } from 'croner';
import { statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { isApiKeyFormat } from './modules/workspaces/api-key.js';
import { passwordProblem } from './modules/console/password-hash.js';

export type DatabaseConfig =
  | { engine: 'sqlite'; path: string }
  | {
      engine: 'postgres';
      url: string;
      poolSize: number;
      /** Server side (`statement_timeout`, `idle_in_transaction_session_timeout`); 0 = off. */
      statementTimeoutMs: number;
      /** Client side: the longest wait for a connection, new or from the pool. */
      connectTimeoutMs: number;
      /** Client side: the longest wait for one query's answer before the connection is dropped; 0 = off. */
      queryTimeoutMs: number;
      /** Streaming replicas that list endpoints read from (DATABASE_READ_URL); none = the primary only. */
      readUrls?: string[];
      /** A replica further behind the primary than this is skipped (DATABASE_READ_MAX_LAG_MS, default 5,000). */
      readMaxLagMs?: number;
    };

export interface Config {
  readonly database: DatabaseConfig;
  readonly port: number;
  readonly host: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly scoringCron: string;
  readonly bodyLimitBytes: number;
  /** How long `GET /healthz` waits for the database before it answers 503. */
  readonly healthTimeoutMs: number;
  readonly adminEmail: string | undefined;
  readonly adminApiKey: string | undefined;
  /** The first admin's console password at first start; generated and printed once when unset. */
  readonly adminPassword: string | undefined;
  /** A console session ends after this long without a request (it ends 7 days after sign-in regardless). */
  readonly sessionIdleMinutes: number;
  /** Fastify's `trustProxy`: whether (and which) X-Forwarded-* headers are believed. */
  readonly trustProxy: TrustProxy;
  /** Requests a minute per API key or console user, in bursts of a tenth of it; 0 = no limit. */
  readonly rateLimitPerMinute: number;
  /** Requests a minute that fail authentication, per client address; 0 = no limit. */
  readonly unauthenticatedPerMinute: number;
  /** How long deleted accounts' and deals' tombstones are kept for delta sync. */
  readonly tombstoneRetentionDays: number;
  /**
   * Fault injection for tests only (FAULT_KILL_BEFORE_IDEMPOTENT_RESPONSE=1): the process kills
   * itself after an idempotent request's writes commit and before its response is sent.
   */
  readonly killBeforeIdempotentResponse: boolean;
  readonly webhooks: WebhookConfig;
}

/** The webhook dispatcher (docs/operations.md, "Webhooks"). */
export interface WebhookConfig {
  /** WEBHOOK_ALLOW_LOOPBACK=1: endpoints on this machine (http to loopback) are allowed; for development and tests. */
  readonly allowLoopback: boolean;
  /** How often an idle dispatcher looks for new events and due retries. */
  readonly pollMs: number;
  /** How long a process holds a workspace's dispatcher lease without renewing it (a killed process's lease runs out after it). */
  readonly leaseMs: number;
}

/** false (the default), true (any proxy), a hop count, or the proxies' addresses/CIDRs. */
export type TrustProxy = boolean | number | string;

/** A configuration value that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is at `path`: a directory, something else, or nothing (also when a parent is no directory). */
function entryAt(path: string): 'directory' | 'other' | 'none' {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats === undefined ? 'none' : stats.isDirectory() ? 'directory' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return 'none';
    throw error;
  }
}

/**
 * A sqlite path must name a file, which is created (with any missing directories) on first use.
 * Checked here so a directory, or a path under a file, stops the start with a message naming the
 * variable rather than failing later inside the database thread.
 */
function checkSqlitePath(path: string): void {
  if (path === ':memory:') return;
  if (path.endsWith(sep) || entryAt(path) === 'directory') {
    throw new ConfigError('DATABASE_URL', `sqlite:${path} is a directory; name a database file in it, e.g. sqlite:${join(path, 'intentbase.db')}`);
  }
  for (let parent = dirname(path); ; parent = dirname(parent)) {
    const entry = entryAt(parent);
    if (entry === 'other') throw new ConfigError('DATABASE_URL', `sqlite:${path} cannot be created: ${parent} is not a directory`);
    if (entry === 'directory' || dirname(parent) === parent) return;
  }
}

function parseDatabase(raw: string | undefined, env: Record<string, string | undefined>): DatabaseConfig {
  const value = raw?.trim() || 'sqlite:./data/intentbase.db';
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length);
    if (!path) throw new ConfigError('DATABASE_URL', 'a sqlite URL needs a file path, e.g. sqlite:./data/intentbase.db');
    if (env.DATABASE_READ_URL?.trim()) throw new ConfigError('DATABASE_READ_URL', 'read replicas need a postgres:// DATABASE_URL');
    checkSqlitePath(path);
    return { engine: 'sqlite', path };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid postgres:// URL');
    }
    const statementTimeoutMs = parseInteger(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 4_000, 0, 86_400_000);
    return {
      engine: 'postgres',
      url: value,
      poolSize: parseInteger(env, 'DATABASE_POOL_SIZE', 10, 1, 1000),
      statementTimeoutMs,
      connectTimeoutMs: parseInteger(env, 'DATABASE_CONNECT_TIMEOUT_MS', 5_000, 100, 600_000),
      queryTimeoutMs: parseQueryTimeout(env, statementTimeoutMs),
      readUrls: parseReadUrls(env.DATABASE_READ_URL),
      readMaxLagMs: parseInteger(env, 'DATABASE_READ_MAX_LAG_MS', 5_000, 0, 86_400_000),
    };
  }
  throw new ConfigError('DATABASE_URL', `must start with sqlite: or postgres:// (got '${value}')`);
}

/** DATABASE_READ_URL: one or several postgres:// URLs of streaming replicas, comma-separated. */
function parseReadUrls(value: string | undefined): string[] {
  const urls = (value ?? '').split(',').map((url) => url.trim()).filter((url) => url !== '');
  for (const url of urls) {
    let valid = /^postgres(ql)?:\/\//.test(url);
    try {
      new URL(url);
    } catch {
      valid = false;
    }
    // Not echoed: a URL may hold a password.
    if (!valid) throw new ConfigError('DATABASE_READ_URL', 'must be postgres:// URLs, comma-separated');
  }
  return urls;
}

/** How much longer than the statement timeout the client waits before it takes silence for a cut network. */
const QUERY_TIMEOUT_MARGIN_MS = 1_000;

/**
 * The client-side query timeout. It must outlast the statement timeout: a slow statement is then
 * cancelled by the server, which answers and keeps the connection usable, and only a server that
 * does not answer at all (a network cut, a frozen host) makes the client give up and drop the
 * connection. Defaults to the statement timeout plus a margin, and to off when that is off.
 */
function parseQueryTimeout(env: Record<string, string | undefined>, statementTimeoutMs: number): number {
  const fallback = statementTimeoutMs === 0 ? 0 : statementTimeoutMs + QUERY_TIMEOUT_MARGIN_MS;
  const value = parseInteger(env, 'DATABASE_QUERY_TIMEOUT_MS', fallback, 0, 86_400_000 + QUERY_TIMEOUT_MARGIN_MS);
  if (value !== 0 && statementTimeoutMs !== 0 && value <= statementTimeoutMs) {
    throw new ConfigError(
      'DATABASE_QUERY_TIMEOUT_MS',
      `must be longer than DATABASE_STATEMENT_TIMEOUT_MS (${statementTimeoutMs}), so the server cancels a slow statement before the client gives up on its connection (got ${value})`,
    );
  }
  return value;
}

function parseInteger(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be an integer (got '${raw}')`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max} (got ${value})`);
  return value;
}

function parseCron(raw: string | undefined): string {
  const value = raw?.trim() || '*/15 * * * *';
  try {
    new Cron(value, { paused: true }).stop();
  } catch {
    throw new ConfigError('SCORING_CRON', `is not a cron expression (got '${value}')`);
  }
  return value;
}

/**
 * TRUST_PROXY: unset/`false` → X-Forwarded-* ignored; `true` → believed from any peer; an integer →
 * that many proxy hops; otherwise a comma-separated list of proxy addresses or CIDRs (or
 * `loopback`, `linklocal`, `uniquelocal`), as Fastify's `trustProxy` takes it.
 */
function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value.toLowerCase() === 'false') return false;
  if (value.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  if (entries.some((entry) => !/^[0-9A-Za-z.:/]+$/.test(entry))) {
    throw new ConfigError('TRUST_PROXY', `must be true, false, a hop count or a comma-separated list of addresses/CIDRs (got '${value}')`);
  }
  return entries.join(',');
}

/** Reads the environment once; nothing else in the code base reads process.env. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')} (got '${env.LOG_LEVEL ?? ''}')`);
  }
  const adminEmail = env.INTENTBASE_ADMIN_EMAIL?.trim() || undefined;
  if (adminEmail !== undefined && !EMAIL_PATTERN.test(adminEmail)) {
    throw new ConfigError('INTENTBASE_ADMIN_EMAIL', `is not an email address (got '${adminEmail}')`);
  }
  const adminApiKey = env.INTENTBASE_ADMIN_API_KEY?.trim() || undefined;
  if (adminApiKey !== undefined && !isApiKeyFormat(adminApiKey)) {
    throw new ConfigError('INTENTBASE_ADMIN_API_KEY', "must be 'ib_' followed by 40 letters or digits");
  }
  // Never echoed in an error: the value is a secret.
  const adminPassword = env.INTENTBASE_ADMIN_PASSWORD === undefined || env.INTENTBASE_ADMIN_PASSWORD === '' ? undefined : env.INTENTBASE_ADMIN_PASSWORD;
  const passwordIssue = adminPassword === undefined ? undefined : passwordProblem(adminPassword);
  if (passwordIssue !== undefined) throw new ConfigError('INTENTBASE_ADMIN_PASSWORD', passwordIssue.replace(/^Password /, ''));
  return Object.freeze({
    database: Object.freeze(parseDatabase(env.DATABASE_URL, env)),
    port: parseInteger(env, 'PORT', 3000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    logLevel,
    scoringCron: parseCron(env.SCORING_CRON),
    bodyLimitBytes: parseInteger(env, 'BODY_LIMIT_BYTES', 5 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    healthTimeoutMs: parseInteger(env, 'HEALTHZ_TIMEOUT_MS', 2_000, 100, 60_000),
    adminEmail,
    adminApiKey,
    adminPassword,
    sessionIdleMinutes: parseInteger(env, 'SESSION_IDLE_MINUTES', 60, 1, 7 * 24 * 60),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    rateLimitPerMinute: parseInteger(env, 'RATE_LIMIT_PER_MINUTE', 6_000, 0, 100_000_000),
    unauthenticatedPerMinute: parseInteger(env, 'RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE', 60, 0, 100_000_000),
    tombstoneRetentionDays: parseInteger(env, 'TOMBSTONE_RETENTION_DAYS', 90, 1, 3650),
    killBeforeIdempotentResponse: env.FAULT_KILL_BEFORE_IDEMPOTENT_RESPONSE === '1',
    webhooks: Object.freeze({
      allowLoopback: env.WEBHOOK_ALLOW_LOOPBACK === '1',
      pollMs: parseInteger(env, 'WEBHOOK_POLL_MS', 1_000, 10, 600_000),
      leaseMs: parseInteger(env, 'WEBHOOK_LEASE_MS', 30_000, 1_000, 3_600_000),
    }),
  });
}
