import { loadConfig, type Config } from '../config.js';
import type { Log } from '../lib/log.js';
import type { ServicesApi } from '../services.js';
import type { SecretInput } from './secret-input.js';

/** What a command may touch: its environment and two output streams (tests pass their own). */
export interface CliIo {
  readonly env: Record<string, string | undefined>;
  /** Results only: what a script captures with $(…). */
  stdout(text: string): void;
  /** Everything meant for a human: progress, confirmations, errors. */
  stderr(text: string): void;
  /** stderr is a terminal: commands may draw progress bars on it. */
  readonly stderrIsTTY?: boolean;
  /** Where secrets are read from (`user password`): piped in, or typed at a terminal. */
  readonly stdin?: SecretInput;
}

/** A failure the user can fix; printed as one line on stderr, exit code 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export function configFrom(io: CliIo): Config {
  return loadConfig(io.env);
}

/**
 * What the services log goes to stderr, as a server writes it to its log: a scoring run's record
 * says only that it failed (API clients see it too); the error itself is here.
 */
function stderrLog(io: CliIo): Log {
  const line = (level: string) => (fields: object, message: string) => {
    const { err } = fields as { err?: { message?: unknown } };
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a thrown value's message may be anything; String() shows it
    io.stderr(`  ${level}: ${message}${err?.message === undefined ? '' : `: ${String(err.message)}`}\n`);
  };
  return { info: line('info'), warn: line('warn'), error: line('error') };
}

/**
 * Runs one unit of work with the services over the DATABASE_URL database (migrated to the latest
 * schema first, exactly as `serve` opens it), and closes them afterwards whatever happens.
 */
export async function withServices<T>(io: CliIo, work: (services: ServicesApi, config: Config) => Promise<T>): Promise<T> {
  const config = configFrom(io);
  // Loaded on use: --help and configuration errors stay instant.
  const { openRuntime } = await import('../runtime/index.js');
  const runtime = await openRuntime(config.database, { log: stderrLog(io) });
  try {
    return await work(runtime.services, config);
  } finally {
    await runtime.close();
  }
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** commander argParser for --email. */
export function parseEmail(value: string): string {
  const email = value.trim().toLowerCase();
  if (!EMAIL_PATTERN.test(email)) throw new CliError(`'${value}' is not an email address`);
  return email;
}
