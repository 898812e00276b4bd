import { Argument, type Command } from 'commander';
import { CliError, withServices, type CliIo } from '../context.js';

export function registerWorkspace(program: Command, io: CliIo): void {
  const workspace = program.command('workspace').description('manage workspaces');

  workspace
    .command('create')
    .description('create a workspace and print its id (alone on stdout)')
    .requiredOption('--name <name>', 'display name of the workspace')
    .option('--no-api-access', 'create it with API access switched off')
    .action(async (options: { name: string; apiAccess: boolean }) => {
      const name = options.name.trim();
      if (!name) throw new CliError('--name must not be empty');
      const created = await withServices(io, (services) => services.workspaces.createWorkspace(name, options.apiAccess));
      io.stdout(`${created.id}\n`);
    });

  workspace
    .command('api-access')
    .description("switch a workspace's API access on or off")
    .argument('<workspaceId>', 'id of the workspace')
    .addArgument(new Argument('<state>', 'on or off').choices(['on', 'off']))
    .action(async (workspaceId: string, state: 'on' | 'off') => {
      await withServices(io, (services) => services.workspaces.setApiAccess(workspaceId, state === 'on'));
      io.stderr(`API access for workspace ${workspaceId} is now ${state}.\n`);
    });
}
