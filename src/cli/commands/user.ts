import { Option, type Command } from 'commander';
import { CliError, parseEmail, withServices, type CliIo } from '../context.js';
import { passwordProblem } from '../../modules/console/password-hash.js';
import { readNewPassword } from '../secret-input.js';

export function registerUser(program: Command, io: CliIo): void {
  const user = program.command('user').description('manage the users of a workspace');

  user
    .command('add')
    .description('add a user to a workspace (then give them a key with `key create`)')
    .requiredOption('--workspace <id>', 'id of the workspace')
    .requiredOption('--email <email>', "the user's email, their login", parseEmail)
    .addOption(new Option('--role <role>', 'role in the workspace').choices(['admin', 'member']).default('member'))
    .action(async (options: { workspace: string; email: string; role: 'admin' | 'member' }) => {
      const added = await withServices(io, (services) =>
        services.workspaces.addUser(options.workspace, options.email, options.role),
      );
      io.stderr(`Added ${added.email} (${added.role}) to workspace ${added.workspaceId}.\n`);
    });

  user
    .command('password')
    .description("set a user's console password (ends their console sessions); read from stdin, or prompted for twice")
    .requiredOption('--email <email>', 'the user', parseEmail)
    .option('--workspace <id>', 'the workspace, when the email belongs to users in several')
    .addHelpText('after', `\nAt least 12 characters. Example:\n  printf '%s' "$NEW_PASSWORD" | intentbase user password --email admin@example.com`)
    .action(async (options: { email: string; workspace?: string }) => {
      const password = await readNewPassword(io.stdin, (text) => io.stderr(text));
      // Checked before the database is opened, so a short password fails at once.
      const problem = passwordProblem(password);
      if (problem) throw new CliError(problem);
      const user = await withServices(io, (services) => services.console.setPassword(options.email, password, options.workspace));
      io.stderr(`Password set for ${user.email} in workspace ${user.workspaceId}; their console sessions were ended.\n`);
    });
}
