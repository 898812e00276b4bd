import type { Command } from 'commander';
import { parseEmail, withServices, type CliIo } from '../context.js';

export function registerKey(program: Command, io: CliIo): void {
  const key = program.command('key').description("manage users' API keys");

  key
    .command('create')
    .description("issue a new API key for a user, revoking their old one of the same kind at once; prints the key alone on stdout")
    .requiredOption('--email <email>', 'the user the key belongs to', parseEmail)
    .option('--workspace <id>', 'the workspace, when the email belongs to users in several')
    .option('--read-only', 'a key that may only read (writes answer 403); revokes only the user\'s previous read-only key')
    .addHelpText('after', '\nExample:\n  KEY=$(intentbase key create --email admin@example.com)')
    .action(async (options: { email: string; workspace?: string; readOnly?: boolean }) => {
      const created = await withServices(io, (services) =>
        services.workspaces.createKey(options.email, options.workspace, undefined, { readOnly: options.readOnly === true }),
      );
      io.stdout(`${created.apiKey}\n`);
    });
}
