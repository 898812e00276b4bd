import { Command, CommanderError } from 'commander';
import { config as loadDotenv } from 'dotenv';
import { ConfigError } from '../config.js';
import { WorkspaceError } from '../modules/workspaces/workspaces.service.js';
import { registerAudit } from './commands/audit.js';
import { registerKey } from './commands/key.js';
import { registerMigrate } from './commands/migrate.js';
import { registerScore } from './commands/score.js';
import { registerSeed } from './commands/seed.js';
import { registerServe } from './commands/serve.js';
import { registerSignals } from './commands/signals.js';
import { registerUser } from './commands/user.js';
import { registerWorkspace } from './commands/workspace.js';
import { CliError, type CliIo } from './context.js';

/**
 * Every command, in help order. A new command is one file in ./commands exporting
 * `register<Name>(program, io)` and one line here (score, seed and `signals import` go here).
 */
const COMMANDS: Array<(program: Command, io: CliIo) => void> = [
  registerServe,
  registerMigrate,
  registerWorkspace,
  registerUser,
  registerKey,
  registerSeed,
  registerSignals,
  registerScore,
  registerAudit,
];

export function createProgram(io: CliIo): Command {
  const program = new Command('intentbase')
    .description('Intentbase: self-hosted ABM data platform with a Recotap-compatible API')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) })
    .exitOverride();
  // Subcommands are created with .command(), so they inherit the output and exit settings above.
  for (const register of COMMANDS) register(program, io);
  return program;
}

/** Parses argv (node, script, …args) and runs the command; resolves to the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    await createProgram(io).parseAsync(argv);
    return 0;
  } catch (error) {
    // commander has already printed its own message (or the help).
    if (error instanceof CommanderError) return error.exitCode;
    io.stderr(`intentbase: ${describe(error)}\n`);
    return 1;
  }
}

function describe(error: unknown): string {
  if (error instanceof ConfigError) return `invalid configuration: ${error.message}`;
  if (error instanceof CliError || error instanceof WorkspaceError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null | undefined)?.code;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a thrown value's code may be anything; String() shows it
  return (message || String(code ?? 'unknown error')).split('\n')[0];
}

/** The `intentbase` executable: environment (plus .env, never overriding real variables) → run. */
export async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  process.exitCode = await run(process.argv, {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare -- typed boolean, but undefined when stderr is not a terminal
    stderrIsTTY: process.stderr.isTTY === true,
    stdin: process.stdin,
  });
}
