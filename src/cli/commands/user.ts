import { Option, type Command } from 'commander';
import { parseEmail, withServices, type CliIo } from '../context.js';

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
}
