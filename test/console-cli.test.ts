import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './support/engines.js';
import { cliEnv, databaseUrl, killAllChildren, printedKey, printedPassword, runCli, scratchDir, startServe } from './support/cli.js';

after(killAllChildren);

const ADMIN = 'admin@intentbase.local';

async function call(url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, cookie: response.headers.get('set-cookie'), body: await response.json() };
}

async function signIn(base: string, email: string, password: string) {
  return call(`${base}/api/v1/console/session`, { method: 'POST', body: { email, password } });
}

// Item 1 of issue 12 end to end: the real executable, as an operator runs it.
describeEachEngine('console sign-in through intentbase serve and intentbase user password', (engine) => {
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

  test('the first-start banner’s password signs in, the cookie reaches /api/v1/accounts; `user password` from stdin replaces it', async () => {
    const env = { DATABASE_URL: databaseUrl(testDb.config) };
    const first = await startServe({ env, cwd: cwd.path });
    let cookie: string;
    try {
      const password = printedPassword(first.stdout());
      assert.ok(password, `no password in:\n${first.stdout()}`);
      assert.ok(printedKey(first.stdout()));
      assert.ok(first.stdout().split('\n').filter((line) => line.startsWith('{')).every((line) => !line.includes(password)), 'the password was logged');

      const signedIn = await signIn(first.url, ADMIN, password);
      assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
      assert.equal(signedIn.body.data.user.email, ADMIN);
      assert.equal(signedIn.body.data.user.role, 'admin');
      assert.match(signedIn.cookie ?? '', /^ib_session=[^;]+; HttpOnly; SameSite=Lax; Path=\/$/);
      cookie = signedIn.cookie!.split(';')[0];
      const accounts = await call(`${first.url}/api/v1/accounts`, { headers: { cookie } });
      assert.equal(accounts.status, 200, JSON.stringify(accounts.body));
      assert.deepEqual(accounts.body.data.data, []);
      const csrf = { cookie, 'x-csrf-token': signedIn.body.data.csrfToken };
      assert.equal((await call(`${first.url}/api/v1/accounts`, { method: 'POST', headers: { cookie }, body: { accounts: [{ domain: 'a.example.com', name: 'A' }] } })).status, 403);
      assert.equal((await call(`${first.url}/api/v1/accounts`, { method: 'POST', headers: csrf, body: { accounts: [{ domain: 'a.example.com', name: 'A' }] } })).status, 200);
      assert.equal((await signIn(first.url, ADMIN, 'not the printed password')).status, 401);
    } finally {
      assert.equal((await first.stop()).code, 0);
    }

    const short = await runCli(['user', 'password', '--email', ADMIN], { env: cliEnv(env), cwd: cwd.path, input: 'too short\n' });
    assert.equal(short.code, 1);
    assert.equal(short.stderr, 'intentbase: Password must be at least 12 characters long\n');
    const unknown = await runCli(['user', 'password', '--email', 'nobody@example.com'], { env: cliEnv(env), cwd: cwd.path, input: 'a long enough passphrase\n' });
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /No user with email 'nobody@example.com'/);
    const set = await runCli(['user', 'password', '--email', ADMIN], { env: cliEnv(env), cwd: cwd.path, input: 'a long enough passphrase\n' });
    assert.equal(set.code, 0, set.stderr);
    assert.equal(set.stdout, '');
    assert.match(set.stderr, /^Password set for admin@intentbase\.local in workspace [0-9a-f]{24}; their console sessions were ended\.\n$/);

    const second = await startServe({ env, cwd: cwd.path });
    try {
      assert.equal(printedPassword(second.stdout()), undefined, 'a restart prints no password');
      assert.equal((await call(`${second.url}/api/v1/accounts`, { headers: { cookie } })).status, 401, 'the new password ended the session');
      const signedIn = await signIn(second.url, ADMIN, 'a long enough passphrase');
      assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
    } finally {
      await second.stop();
    }
  });

  test('INTENTBASE_ADMIN_PASSWORD sets the first admin’s password and is never printed; a short one stops the start', async () => {
    const fresh = await createTestDatabase(engine);
    const dir = scratchDir();
    try {
      const secret = 'configured admin passphrase';
      const tooShort = await runCli(['serve'], { env: cliEnv({ DATABASE_URL: databaseUrl(fresh.config), INTENTBASE_ADMIN_PASSWORD: 'short pass' }), cwd: dir.path });
      assert.equal(tooShort.code, 1);
      assert.equal(tooShort.stderr, 'intentbase: invalid configuration: INTENTBASE_ADMIN_PASSWORD: must be at least 12 characters long\n');
      const server = await startServe({ env: { DATABASE_URL: databaseUrl(fresh.config), INTENTBASE_ADMIN_PASSWORD: secret }, cwd: dir.path });
      try {
        assert.match(server.stdout(), /Password\s+\(from INTENTBASE_ADMIN_PASSWORD\)\n/);
        assert.ok(!server.stdout().includes(secret) && !server.stderr().includes(secret));
        assert.equal((await signIn(server.url, ADMIN, secret)).status, 200);
      } finally {
        await server.stop();
      }
    } finally {
      await fresh.drop();
      dir.remove();
    }
  });
});
