import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './servers.js';

/**
 * A PostgreSQL cluster of the test's own — initdb into a temp directory, on a free port of
 * 127.0.0.1 — that the database-restart test may stop and start at will. The shared server on
 * 5432 is never touched: other suites run against it at the same time.
 *
 * PostgreSQL refuses to run as root; when the tests run as root the cluster runs as the `postgres`
 * OS user (runuser), otherwise as the current user.
 */
export interface PrivatePostgres {
  readonly port: number;
  /** postgres:// URL of a database on this cluster. */
  url(database?: string): string;
  /** Stops the server: `immediate` is a crash (recovery on the next start), `fast` a clean shutdown. */
  stop(mode: 'immediate' | 'fast'): Promise<void>;
  start(): Promise<void>;
  /** Stops the server if it runs and deletes its directory. Safe to call twice. */
  remove(): void;
}

function binDir(): string {
  const fromEnv = process.env.POSTGRES_BINDIR;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'initdb'))) return dir;
  } catch {
    // no pg_config on PATH: look where Debian and Ubuntu install the server
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error('no PostgreSQL server binaries (initdb) found; set POSTGRES_BINDIR');
  return join(root, versions[0], 'bin');
}

/** The server binaries, and how to run them: as the `postgres` OS user when the tests run as root. */
function tools() {
  const bin = binDir();
  const asRoot = userInfo().uid === 0;
  const argv = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
  const runSync = (tool: string, args: string[]) => {
    const [command, rest] = argv(tool, args);
    const result = spawnSync(command, rest, { encoding: 'utf8', timeout: 120_000 });
    if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
  };
  // Asynchronous, so the load the test drives keeps flowing while the server stops and starts.
  const run = (tool: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const [command, rest] = argv(tool, args);
      execFile(command, rest, { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) =>
        error ? reject(new Error(`${tool} ${args.join(' ')} failed: ${stderr || stdout || error.message}`)) : resolve(),
      );
    });
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'intentbase-pg-'));
    if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })));
    return dir;
  };
  return { runSync, run, newDir };
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const { runSync, newDir } = tools();
  const dir = newDir();
  const data = join(dir, 'data');
  runSync('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  return startCluster(dir, data, await freePort());
}

/**
 * A hot standby of `primary` (pg_basebackup -R: streaming replication from it), on a port of its
 * own: what DATABASE_READ_URL points at in the read-replica test.
 */
export async function startPrivateStandby(primary: PrivatePostgres): Promise<PrivatePostgres> {
  const { runSync, newDir } = tools();
  const dir = newDir();
  const data = join(dir, 'data');
  runSync('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', data, '-R', '-X', 'stream', '--checkpoint=fast', '--no-sync']);
  return startCluster(dir, data, await freePort());
}

async function startCluster(dir: string, data: string, port: number): Promise<PrivatePostgres> {
  const { runSync, run } = tools();
  // Durable as in production (fsync on): the test checks that acknowledged writes survive a crash.
  const options = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    '-c max_connections=60',
    '-c shared_buffers=32MB',
    '-c fsync=on',
  ].join(' ');
  const startArgs = ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start'];
  const stopArgs = (mode: string) => ['-D', data, '-m', mode, '-w', '-t', '60', 'stop'];
  let running = false;
  const start = async () => {
    await run('pg_ctl', startArgs);
    running = true;
  };
  const stop = async (mode: 'immediate' | 'fast') => {
    await run('pg_ctl', stopArgs(mode));
    running = false;
  };

  await start();
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    if (running || existsSync(join(data, 'postmaster.pid'))) {
      try {
        runSync('pg_ctl', stopArgs('immediate'));
      } catch {
        // already down
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // A test process that dies without its `after` hook still takes its cluster down.
  process.once('exit', remove);
  return {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop,
    start,
    remove,
  };
}
