import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './support/engines.js';
import {
  cliEnv,
  databaseUrl,
  getJson,
  killAllChildren,
  runCli,
  scratchDir,
  startServe,
  type CliResult,
  type ServeProcess,
} from './support/cli.js';

after(killAllChildren);

const ID = /^[0-9a-f]{24}\n$/;
const KEY_LINE = /^ib_[0-9A-Za-z]{40}\n$/;

function assertFails(result: CliResult, stderr: RegExp): void {
  assert.equal(result.code, 1, `expected exit 1, got ${result.code}; stderr: ${result.stderr}`);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, stderr);
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
}

describeEachEngine('intentbase CLI commands', (engine) => {
  let testDb: TestDatabase;
  let cwd: ReturnType<typeof scratchDir>;
  let server: ServeProcess | undefined;
  const cli = (...args: string[]) =>
    runCli(args, { env: cliEnv({ DATABASE_URL: databaseUrl(testDb.config), LOG_LEVEL: 'silent' }), cwd: cwd.path });

  before(async () => {
    testDb = await createTestDatabase(engine);
    cwd = scratchDir();
  });
  after(async () => {
    await server?.stop('SIGKILL').catch(() => {});
    killAllChildren();
    await testDb?.drop();
    cwd?.remove();
  });

  test('migrate applies the schema once, then reports it is up to date', async () => {
    const first = await cli('migrate');
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^Applied migration \S+\n/);
    const second = await cli('migrate');
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout, 'Database schema is up to date.\n');
  });

  test('several processes migrating one fresh database at once all succeed', async () => {
    const fresh = await createTestDatabase(engine);
    try {
      const env = cliEnv({ DATABASE_URL: databaseUrl(fresh.config), LOG_LEVEL: 'silent' });
      const results = await Promise.all([1, 2, 3].map(() => runCli(['migrate'], { env, cwd: cwd.path })));
      for (const result of results) assert.equal(result.code, 0, result.stderr);
      const applied = results.filter((result) => result.stdout.startsWith('Applied migration'));
      assert.equal(applied.length, 1, 'exactly one process applies the migrations');
    } finally {
      await fresh.drop();
    }
  });

  test('workspace, user and key commands; key create revokes the old key at once', async () => {
    const workspace = await cli('workspace', 'create', '--name', 'Acme');
    assert.equal(workspace.code, 0, workspace.stderr);
    assert.match(workspace.stdout, ID);
    const workspaceId = workspace.stdout.trim();

    const user = await cli('user', 'add', '--workspace', workspaceId, '--email', 'Ana@Example.com', '--role', 'admin');
    assert.equal(user.code, 0, user.stderr);
    assert.equal(user.stdout, '');
    assert.match(user.stderr, /ana@example\.com/);

    const firstKey = await cli('key', 'create', '--email', 'ana@example.com');
    assert.equal(firstKey.code, 0, firstKey.stderr);
    assert.match(firstKey.stdout, KEY_LINE);
    assert.equal(firstKey.stderr, '');
    const oldKey = firstKey.stdout.trim();

    // The database already has a workspace: serve bootstraps nothing and prints no key.
    server = await startServe({ env: { DATABASE_URL: databaseUrl(testDb.config) }, cwd: cwd.path });
    assert.doesNotMatch(server.stdout(), /ib_[0-9A-Za-z]{40}/);
    const probe = `${server.url}/api/v1/no-such-route`;
    assert.equal((await getJson(probe, { 'X-Api-Key': oldKey })).status, 404);

    const secondKey = await cli('key', 'create', '--email', 'ana@example.com', '--workspace', workspaceId);
    assert.equal(secondKey.code, 0, secondKey.stderr);
    assert.match(secondKey.stdout, KEY_LINE);
    const newKey = secondKey.stdout.trim();
    assert.notEqual(newKey, oldKey);

    const revoked = await getJson(probe, { 'X-Api-Key': oldKey });
    assert.equal(revoked.status, 401);
    assert.equal(revoked.body.message, 'Unauthorized');
    assert.equal(revoked.body.customMessage, 'Invalid API key');
    assert.equal((await getJson(probe, { 'X-Api-Key': newKey })).status, 404);

    // A read-only key beside the full one (SPEC §2.1): it reads, its writes are refused, the full key stays.
    const readOnly = await cli('key', 'create', '--email', 'ana@example.com', '--read-only');
    assert.equal(readOnly.code, 0, readOnly.stderr);
    assert.match(readOnly.stdout, KEY_LINE);
    const readOnlyKey = readOnly.stdout.trim();
    assert.equal((await getJson(`${server.url}/api/v1/accounts`, { 'X-Api-Key': readOnlyKey })).status, 200);
    const write = await fetch(`${server.url}/api/v1/segments`, {
      method: 'POST',
      headers: { 'x-api-key': readOnlyKey, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Nope', type: 'static' }),
    });
    assert.deepEqual([write.status, ((await write.json()) as { customMessage: string }).customMessage], [403, 'This API key is read-only']);
    assert.equal((await getJson(probe, { 'X-Api-Key': newKey })).status, 404, 'the full key still works');

    // The API switch, flipped by another process while the server runs.
    const off = await cli('workspace', 'api-access', workspaceId, 'off');
    assert.equal(off.code, 0, off.stderr);
    assert.equal(off.stdout, '');
    const refused = await getJson(probe, { 'X-Api-Key': newKey });
    assert.equal(refused.status, 401);
    assert.equal(refused.body.message, 'Unauthorized');
    assert.equal(refused.body.customMessage, 'API access is not enabled for this workspace');
    const on = await cli('workspace', 'api-access', workspaceId, 'on');
    assert.equal(on.code, 0, on.stderr);
    assert.equal((await getJson(probe, { 'X-Api-Key': newKey })).status, 404);

    // A workspace created without API access.
    const closed = await cli('workspace', 'create', '--name', 'Closed', '--no-api-access');
    assert.match(closed.stdout, ID);
    assert.equal((await cli('user', 'add', '--workspace', closed.stdout.trim(), '--email', 'bo@example.com')).code, 0);
    const closedKey = await cli('key', 'create', '--email', 'bo@example.com');
    assert.match(closedKey.stdout, KEY_LINE);
    assert.equal((await getJson(probe, { 'X-Api-Key': closedKey.stdout.trim() })).status, 401, 'API access is off');

    // One email in two workspaces: key create must be told which.
    assert.equal((await cli('user', 'add', '--workspace', closed.stdout.trim(), '--email', 'ana@example.com')).code, 0);
    assertFails(await cli('key', 'create', '--email', 'ana@example.com'), /several workspaces; name one with --workspace/);
    assert.match((await cli('key', 'create', '--email', 'ana@example.com', '--workspace', workspaceId)).stdout, KEY_LINE);

    const stopped = await server.stop('SIGTERM');
    server = undefined;
    assert.equal(stopped.code, 0);
  });

  test('clear errors: exit 1, one message on stderr, nothing on stdout', async () => {
    assertFails(await cli('user', 'add', '--workspace', 'f'.repeat(24), '--email', 'x@example.com'), /^intentbase: Workspace 'f{24}' not found\n$/);
    assertFails(await cli('key', 'create', '--email', 'nobody@example.com'), /^intentbase: No user with email 'nobody@example\.com'\n$/);
    assertFails(await cli('key', 'create', '--email', 'not-an-email'), /^intentbase: 'not-an-email' is not an email address\n$/);
    assertFails(await cli('key', 'create'), /required option '--email <email>' not specified/);
    assertFails(await cli('user', 'add', '--workspace', 'x', '--email', 'x@example.com', '--role', 'boss'), /--role.*boss/);
    assertFails(await cli('workspace', 'api-access', 'f'.repeat(24), 'maybe'), /maybe/);
    assertFails(await cli('workspace', 'api-access', 'f'.repeat(24), 'on'), /^intentbase: Workspace 'f{24}' not found\n$/);
    assertFails(await cli('workspace', 'create'), /required option '--name <name>' not specified/);
    assertFails(await cli('no-such-command'), /unknown command 'no-such-command'/);
  });
});

describe('intentbase --help', () => {
  let cwd: ReturnType<typeof scratchDir>;
  before(() => {
    cwd = scratchDir();
  });
  after(() => cwd?.remove());

  const commands = [[], ['serve'], ['migrate'], ['workspace', 'create'], ['workspace', 'api-access'], ['user', 'add'], ['key', 'create']];
  for (const command of commands) {
    test(`intentbase ${[...command, '--help'].join(' ')}`, async () => {
      const result = await runCli([...command, '--help'], { env: cliEnv({}), cwd: cwd.path });
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, new RegExp(`^Usage: intentbase${command.map((c) => ` ${c}`).join('')} `));
      assert.equal(result.stderr, '');
    });
  }
});
