import { loadConfig, type Config } from '../config.js';
import type { Services } from '../services.js';

/** What a command may touch: its environment and two output streams (tests pass their own). */
export interface CliIo {
  readonly env: Record<string, string | undefined>;
  /** Results only: what a script captures with $(…). */
  stdout(text: string): void;
  /** Everything meant for a human: progress, confirmations, errors. */
  stderr(text: string): void;
  /** stderr is a terminal: commands may draw progress bars on it. */
  readonly stderrIsTTY?: boolean;
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
 * Runs one unit of work against the DATABASE_URL database, migrated to the latest schema first,
 * and closes it afterwards whatever happens.
 */
export async function withServices<T>(io: CliIo, work: (services: Services, config: Config) => Promise<T>): Promise<T> {
  const config = configFrom(io);
  // Loaded on use: --help and configuration errors stay instant.
  const { createDatabase, migrateToLatest } = await import('../db/index.js');
  const { createServices } = await import('../services.js');
  const database = createDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    return await work(createServices(database), config);
  } finally {
    await database.close();
  }
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** commander argParser for --email. */
export function parseEmail(value: string): string {
  const email = value.trim().toLowerCase();
  if (!EMAIL_PATTERN.test(email)) throw new CliError(`'${value}' is not an email address`);
  return email;
}
