import type { Command } from 'commander';
import { configFrom, type CliIo } from '../context.js';

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('start the HTTP server (migrates the database; bootstraps an empty one and prints its API key once)')
    .addHelpText(
      'after',
      '\nConfigured by environment variables (or a .env file): DATABASE_URL, PORT, HOST, LOG_LEVEL, SCORING_CRON,\n' +
        'INTENTBASE_ADMIN_EMAIL, INTENTBASE_ADMIN_API_KEY, INTENTBASE_ADMIN_PASSWORD, DATABASE_POOL_SIZE,\n' +
        'DATABASE_STATEMENT_TIMEOUT_MS, DATABASE_QUERY_TIMEOUT_MS, DATABASE_CONNECT_TIMEOUT_MS, HEALTHZ_TIMEOUT_MS,\n' +
        'BODY_LIMIT_BYTES, SESSION_IDLE_MINUTES, TRUST_PROXY.\n' +
        'SIGTERM or SIGINT drains in-flight requests and exits 0; a second signal exits at once.',
    )
    .action(async () => {
      const config = configFrom(io);
      const { startServer } = await import('../../server.js');
      // Returns once listening; the signal handlers own the process from then on.
      await startServer(config, { stdout: { write: (text: string) => io.stdout(text) } });
    });
}
