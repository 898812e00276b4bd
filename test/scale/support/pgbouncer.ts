import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './servers.js';

/**
 * A PgBouncer of the test's own, in transaction pooling mode, in front of the PostgreSQL server of
 * a given URL: its own pgbouncer.ini, auth file, log and port in a temp directory — never the
 * system service. These are the settings docs/operations.md ("Behind PgBouncer") gives operators.
 *
 * PgBouncer refuses to run as root; when the tests run as root it runs as the `postgres` OS user.
 */
export interface PgBouncer {
  readonly port: number;
  /** The same database URL, through this PgBouncer. */
  url(databaseUrl: string): string;
  /** PgBouncer's log, for assertion messages. */
  log(): string;
  /** Stops PgBouncer and deletes its directory. Safe to call twice. */
  remove(): Promise<void>;
}

const BINARY = '/usr/sbin/pgbouncer';

/** The pgbouncer.ini of docs/operations.md, pointed at one server. */
export function pgbouncerIni(options: { dir: string; port: number; serverHost: string; serverPort: number; extra?: string }): string {
  return `[databases]
* = host=${options.serverHost} port=${options.serverPort}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${options.port}
unix_socket_dir =
auth_type = trust
auth_file = ${join(options.dir, 'userlist.txt')}
logfile = ${join(options.dir, 'pgbouncer.log')}
pidfile = ${join(options.dir, 'pgbouncer.pid')}
pool_mode = transaction
; Intentbase sends its timeouts as start-up parameters; PgBouncer cannot track them per client,
; so they are set on the database (or role) instead: ALTER DATABASE … SET statement_timeout.
ignore_startup_parameters = statement_timeout,idle_in_transaction_session_timeout
max_client_conn = 500
default_pool_size = 20
; After a failed connect (the server restarting), try again after 1 s instead of 15 s.
server_login_retry = 1
${options.extra ?? ''}`;
}

function postgresOwner(): { uid: number; gid: number } {
  return {
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
  };
}

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** `extra`: more [pgbouncer] settings, one per line, for a test that needs them. */
export async function startPgBouncer(serverUrl: string, extra?: string): Promise<PgBouncer> {
  if (!existsSync(BINARY)) throw new Error(`${BINARY} not found: apt-get install pgbouncer (.ci/run installs it)`);
  const server = new URL(serverUrl);
  const dir = mkdtempSync(join(tmpdir(), 'intentbase-pgbouncer-'));
  const port = await freePort();
  const user = decodeURIComponent(server.username || 'postgres');
  writeFileSync(join(dir, 'userlist.txt'), `"${user}" ""\n`);
  writeFileSync(join(dir, 'pgbouncer.ini'), pgbouncerIni({ dir, port, serverHost: server.hostname, serverPort: Number(server.port || 5432), extra }));
  const owner = userInfo().uid === 0 ? postgresOwner() : undefined;
  if (owner) for (const path of [dir, join(dir, 'userlist.txt'), join(dir, 'pgbouncer.ini')]) chownSync(path, owner.uid, owner.gid);

  const child: ChildProcess = spawn(BINARY, [join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'pipe', 'pipe'], ...owner });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let running = true;
  void exited.then(() => (running = false));
  const log = () => {
    const path = join(dir, 'pgbouncer.log');
    return `${output}${existsSync(path) ? readFileSync(path, 'utf8') : ''}`;
  };

  const deadline = Date.now() + 15_000;
  while (!(await listening(port))) {
    if (!running || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`pgbouncer did not start:\n${log().slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  const kill = () => {
    if (running) child.kill('SIGKILL');
  };
  // A test process that dies without its `after` hook still takes its PgBouncer down.
  process.once('exit', kill);
  let removed = false;
  return {
    port,
    url: (databaseUrl) => {
      const url = new URL(databaseUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    log,
    remove: async () => {
      if (removed) return;
      removed = true;
      // SIGINT: PgBouncer's "safe shutdown" waits for clients; SIGTERM closes everything at once.
      if (running) child.kill('SIGTERM');
      const timer = setTimeout(kill, 10_000);
      await exited;
      clearTimeout(timer);
      process.removeListener('exit', kill);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
