import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './support/engines.js';
import {
  cliEnv,
  databaseUrl,
  getJson,
  KEY_PATTERN,
  killAllChildren,
  printedKey,
  runCli,
  scratchDir,
  startPartialPost,
  startServe,
} from './support/cli.js';

after(killAllChildren);

const PRESET_KEY = `ib_${'Preset0123456789'.repeat(2)}abcdefgh`;

describeEachEngine('intentbase serve', (engine) => {
  let testDb: TestDatabase;
  let cwd: ReturnType<typeof scratchDir>;
  before(async () => {
    testDb = await createTestDatabase(engine);
    cwd = scratchDir();
  });
  after(async () => {
    killAllChildren();
    await testDb?.drop();
    cwd?.remove();
  });

  test('first start bootstraps and prints the key once; the key works; SIGTERM exits 0; a restart prints no key', async () => {
    const env = { DATABASE_URL: databaseUrl(testDb.config) };
    const first = await startServe({ env, cwd: cwd.path });
    const key = printedKey(first.stdout());
    assert.ok(key, `no key in:\n${first.stdout()}`);
    assert.match(key, KEY_PATTERN);
    assert.match(first.stdout(), /Workspace id\s+[0-9a-f]{24}\n/);
    assert.match(first.stdout(), /Admin login\s+admin@intentbase\.local\n/);
    // Printed in the block only, never through the logger.
    const logLines = first.stdout().split('\n').filter((line) => line.startsWith('{'));
    assert.ok(logLines.length > 0);
    assert.ok(logLines.every((line) => !line.includes(key)));

    assert.deepEqual(await getJson(`${first.url}/healthz`), { status: 200, body: { status: 'ok' } });

    const authenticated = await getJson(`${first.url}/api/v1/no-such-route?x=1`, { 'X-Api-Key': key });
    assert.equal(authenticated.status, 404);
    assert.equal(authenticated.body.statusCode, 404);
    assert.equal(authenticated.body.path, '/api/v1/no-such-route');
    assert.equal(authenticated.body.message, 'Not Found');
    assert.equal(authenticated.body.customMessage, 'Cannot GET /api/v1/no-such-route');
    assert.equal(authenticated.body.data, null);

    const segments = await getJson(`${first.url}/api/v1/segments`, { 'X-Api-Key': key });
    assert.equal(segments.status, 200);
    assert.equal(segments.body.statusCode, 200);

    const anonymous = await getJson(`${first.url}/api/v1/no-such-route`);
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.message, 'Unauthorized');
    assert.equal(anonymous.body.customMessage, 'X-Api-Key header is required');

    const stopped = await first.stop('SIGTERM');
    assert.deepEqual(stopped, { code: 0, signal: null });
    assert.equal(first.stderr(), '');
    assert.match(first.stdout(), /"msg":"shutdown complete"/);

    const second = await startServe({ env, cwd: cwd.path });
    try {
      assert.equal(printedKey(second.stdout()), undefined);
      assert.doesNotMatch(second.stdout(), /ib_[0-9A-Za-z]{40}/);
      assert.equal((await getJson(`${second.url}/api/v1/no-such-route`, { 'X-Api-Key': key })).status, 404);
    } finally {
      assert.equal((await second.stop('SIGINT')).code, 0);
    }
  });

  async function rotateAdminKey(): Promise<string> {
    const env = cliEnv({ DATABASE_URL: databaseUrl(testDb.config) });
    const result = await runCli(['key', 'create', '--email', 'admin@intentbase.local'], { env, cwd: cwd.path });
    assert.equal(result.code, 0, result.stderr);
    return result.stdout.trim();
  }

  test('npm start: SIGTERM to npm reaches the server, which drains, frees its port and exits; npm exits with it', async () => {
    const env = { DATABASE_URL: databaseUrl(testDb.config) };
    const server = await startServe({ env, cwd: cwd.path, viaNpmStart: true });
    assert.equal((await getJson(`${server.url}/healthz`)).status, 200);
    // The signal goes to npm, the process a supervisor started; the script ends in the server itself.
    const stopped = await server.stop('SIGTERM');
    assert.deepEqual(stopped, { code: 0, signal: null });
    assert.match(server.stdout(), /"msg":"shutdown complete"/);
    await assert.rejects(getJson(`${server.url}/healthz`), 'the port is free');
  });

  test('SIGTERM lets an in-flight request finish, then closes its connection and exits 0', async () => {
    const server = await startServe({ env: { DATABASE_URL: databaseUrl(testDb.config) }, cwd: cwd.path });
    const key = await rotateAdminKey();
    const request = await startPartialPost(server.url, '/api/v1/drain-probe', { 'x-api-key': key }, JSON.stringify({ hold: 'open' }));
    await server.logged(/"url":"\/api\/v1\/drain-probe".*"msg":"incoming request"/);
    server.child.kill('SIGTERM');
    await delay(500);
    assert.equal(server.child.exitCode, null, 'exited while a request was still in flight');
    request.finish();
    const response = await request.response;
    assert.match(response, /^HTTP\/1\.1 404 /);
    assert.match(response, /\r\nconnection: close\r\n/i);
    assert.match(response, /"customMessage":"Cannot POST \/api\/v1\/drain-probe"/);
    // The shutdown the first SIGTERM started finishes on its own (another signal would cut it short).
    assert.deepEqual(await server.stop(null), { code: 0, signal: null });
  });

  test('a second signal exits at once without waiting for the drain', async () => {
    const server = await startServe({ env: { DATABASE_URL: databaseUrl(testDb.config) }, cwd: cwd.path });
    const key = await rotateAdminKey();
    const request = await startPartialPost(server.url, '/api/v1/drain-probe', { 'x-api-key': key }, '{"held":true}');
    await server.logged(/"url":"\/api\/v1\/drain-probe".*"msg":"incoming request"/);
    server.child.kill('SIGTERM');
    await delay(500);
    assert.equal(server.child.exitCode, null);
    const exit = await server.stop('SIGINT', 5_000);
    assert.equal(exit.code, 1);
    assert.match(server.stdout(), /second signal/);
    await request.response.catch(() => '');
  });

  test('INTENTBASE_ADMIN_EMAIL and INTENTBASE_ADMIN_API_KEY are used on a first start', async () => {
    const fresh = await createTestDatabase(engine);
    try {
      const env = {
        DATABASE_URL: databaseUrl(fresh.config),
        INTENTBASE_ADMIN_EMAIL: 'Ops@Example.com',
        INTENTBASE_ADMIN_API_KEY: PRESET_KEY,
      };
      const server = await startServe({ env, cwd: cwd.path });
      try {
        assert.match(server.stdout(), /Admin login\s+ops@example\.com\n/);
        // The operator supplied the key: it is not echoed to stdout (which usually ends up in logs).
        assert.ok(!server.stdout().includes(PRESET_KEY));
        assert.equal((await getJson(`${server.url}/api/v1/no-such-route`, { 'X-Api-Key': PRESET_KEY })).status, 404);
        const wrong = await getJson(`${server.url}/api/v1/no-such-route`, { 'X-Api-Key': `ib_${'x'.repeat(40)}` });
        assert.equal(wrong.status, 401);
        assert.equal(wrong.body.customMessage, 'Invalid API key');
      } finally {
        assert.equal((await server.stop()).code, 0);
      }
      // The admin user exists under the configured email.
      const rotated = await runCli(['key', 'create', '--email', 'ops@example.com'], { env: cliEnv(env), cwd: cwd.path });
      assert.equal(rotated.code, 0, rotated.stderr);
      assert.match(rotated.stdout, /^ib_[0-9A-Za-z]{40}\n$/);
    } finally {
      await fresh.drop();
    }
  });
});

describe('intentbase: configuration errors stop the start', () => {
  let cwd: ReturnType<typeof scratchDir>;
  before(() => {
    cwd = scratchDir();
  });
  after(() => cwd?.remove());

  const cases: Array<[string, Record<string, string>, string[]]> = [
    ['PORT', { PORT: 'abc' }, ['serve']],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }, ['serve']],
    ['INTENTBASE_ADMIN_API_KEY', { INTENTBASE_ADMIN_API_KEY: 'short' }, ['serve']],
    ['INTENTBASE_ADMIN_EMAIL', { INTENTBASE_ADMIN_EMAIL: 'not-an-email' }, ['serve']],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }, ['serve']],
    ['SCORING_CRON', { SCORING_CRON: 'every tuesday' }, ['serve']],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }, ['key', 'create', '--email', 'a@example.com']],
  ];
  for (const [variable, vars, args] of cases) {
    test(`${Object.entries(vars)[0].join('=')} → exit 1 naming ${variable} (${args[0]})`, async () => {
      const env = cliEnv({ DATABASE_URL: `sqlite:${join(cwd.path, 'never.db')}`, PORT: '0', ...vars });
      const result = await runCli(args, { env, cwd: cwd.path });
      assert.equal(result.code, 1);
      assert.equal(result.stdout, '');
      const lines = result.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, `expected one line, got:\n${result.stderr}`);
      assert.match(lines[0], new RegExp(`^intentbase: invalid configuration: ${variable}: `));
    });
  }

  test('DATABASE_URL=sqlite:<a directory> or a path under a file → exit 1 with one line naming the variable', async () => {
    const file = join(cwd.path, 'plain-file');
    writeFileSync(file, 'not a directory');
    const cases: Array<[string, string]> = [
      [`sqlite:${cwd.path}`, `sqlite:${cwd.path} is a directory; name a database file in it, e.g. sqlite:${join(cwd.path, 'intentbase.db')}`],
      [`sqlite:${cwd.path}/`, `sqlite:${cwd.path}/ is a directory; name a database file in it, e.g. sqlite:${join(cwd.path, 'intentbase.db')}`],
      [`sqlite:${file}/sub/x.db`, `sqlite:${file}/sub/x.db cannot be created: ${file} is not a directory`],
    ];
    for (const [url, reason] of cases) {
      for (const args of [['serve'], ['migrate']]) {
        const result = await runCli(args, { env: cliEnv({ DATABASE_URL: url, PORT: '0' }), cwd: cwd.path });
        assert.deepEqual(
          [result.code, result.stdout, result.stderr],
          [1, '', `intentbase: invalid configuration: DATABASE_URL: ${reason}\n`],
          `${url} ${args[0]}`,
        );
      }
    }
  });

  test('DATABASE_URL=sqlite:<a file that is not a database> → exit 1 with the engine’s one line, from every command', async () => {
    const file = join(cwd.path, 'notes.txt');
    writeFileSync(file, 'these are notes, not a database\n'.repeat(100));
    for (const args of [['serve'], ['migrate'], ['workspace', 'create', '--name', 'X'], ['score']]) {
      const result = await runCli(args, { env: cliEnv({ DATABASE_URL: `sqlite:${file}`, PORT: '0' }), cwd: cwd.path });
      assert.deepEqual([result.code, result.stdout, result.stderr], [1, '', 'intentbase: file is not a database\n'], args.join(' '));
    }
  });

  test('a .env file in the working directory is read, and real environment variables win over it', async () => {
    const fromFile = join(cwd.path, 'from-dotenv.db');
    const fromEnv = join(cwd.path, 'from-env.db');
    const dir = scratchDir();
    try {
      writeFileSync(join(dir.path, '.env'), `DATABASE_URL=sqlite:${fromFile}\nLOG_LEVEL=silent\n`);
      const viaFile = await runCli(['workspace', 'create', '--name', 'Dotenv'], { env: cliEnv({}), cwd: dir.path });
      assert.equal(viaFile.code, 0, viaFile.stderr);
      assert.match(viaFile.stdout, /^[0-9a-f]{24}\n$/);

      const check = await runCli(['migrate'], { env: cliEnv({ DATABASE_URL: `sqlite:${fromFile}` }), cwd: cwd.path });
      assert.equal(check.stdout, 'Database schema is up to date.\n');

      const viaEnv = await runCli(['migrate'], { env: cliEnv({ DATABASE_URL: `sqlite:${fromEnv}` }), cwd: dir.path });
      assert.equal(viaEnv.code, 0, viaEnv.stderr);
      assert.match(viaEnv.stdout, /^Applied migration /);

      writeFileSync(join(dir.path, '.env'), 'PORT=abc\n');
      const bad = await runCli(['serve'], { env: cliEnv({}), cwd: dir.path });
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /^intentbase: invalid configuration: PORT: /);
    } finally {
      dir.remove();
    }
  });
});
