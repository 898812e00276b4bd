import type { Command } from 'commander';
import { configFrom, type CliIo } from '../context.js';

export function registerMigrate(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description('bring the DATABASE_URL database schema up to date (serve does this too)')
    .action(async () => {
      const config = configFrom(io);
      const { createDatabase, migrateToLatest } = await import('../../db/index.js');
      const database = createDatabase(config.database);
      try {
        const { applied, newer } = await migrateToLatest(database.db);
        if (newer.length > 0) io.stdout(`Database schema is newer than this release (${newer.join(', ')}); nothing to do.\n`);
        else if (applied.length === 0) io.stdout('Database schema is up to date.\n');
        for (const name of applied) io.stdout(`Applied migration ${name}\n`);
      } finally {
        await database.close();
      }
    });
}
