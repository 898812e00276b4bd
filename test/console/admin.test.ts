/**
 * The API Access Key page end to end, in Chromium against a real `intentbase serve` on SQLite: the
 * admin regenerates their key on the page (confirmed first) and the new key reads /api/v1/accounts
 * while the old one gets 401; adds a member (password generated, shown once) and resets and removes
 * users; switches API access off and on. A member sees no admin section and the admin routes answer
 * their session 403. Sign-in throttling and a write without the CSRF token show the server's messages.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { killAllChildren, printedKey, scratchDir, startServe, type ServeProcess } from '../support/cli.js';
import { describeViolations, launchChromium, seriousAxeViolations, SESSION_PROBE_401, watchProblems } from '../support/browser.js';
import { saveScreenshot } from '../support/screenshots.js';

const ADMIN_EMAIL = 'admin@intentbase.local';
const ADMIN_PASSWORD = 'console-admin-Password-1';
const KEY_PAGE = '/settings/workspace/tech-settings/api-access-key';
/** Failed resources the tests cause on purpose (a 401 sign-in, a refused write) show up as console errors. */
const EXPECTED_REFUSALS = /status of (401|403|429)/;

describe('web console: API Access Key, users and security (chromium)', () => {
  const dir = scratchDir();
  let serve: ServeProcess;
  let browser: Browser;
  let firstKey: string;

  before(async () => {
    serve = await startServe({ env: { DATABASE_URL: `sqlite:${dir.path}/admin.db`, INTENTBASE_ADMIN_PASSWORD: ADMIN_PASSWORD }, cwd: dir.path });
    firstKey = printedKey(serve.stdout())!;
    assert.ok(firstKey, serve.stdout());
    const accounts = ['Northwind Traders', 'Contoso', 'Fabrikam'].map((name) => ({ name, domain: `${name.split(' ')[0].toLowerCase()}.example.com` }));
    const pushed = await fetch(`${serve.url}/api/v1/accounts`, {
      method: 'POST',
      headers: { 'x-api-key': firstKey, 'content-type': 'application/json' },
      body: JSON.stringify({ accounts }),
    });
    assert.equal(pushed.status, 200);
    await pushed.arrayBuffer();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await serve?.stop();
    killAllChildren();
    dir.remove();
  });

  async function signedIn(email: string, password: string, path: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: serve.url });
    const page = await context.newPage();
    await page.goto(`${serve.url}${path}`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    return { context, page };
  }

  const accountsStatus = async (key: string) => {
    const response = await fetch(`${serve.url}/api/v1/accounts`, { headers: { 'x-api-key': key } });
    const body = (await response.json()) as { customMessage?: string };
    return { status: response.status, customMessage: body.customMessage };
  };

  async function assertAccessible(page: Page) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await seriousAxeViolations(page);
      assert.deepEqual(violations, [], `${scheme}: ${describeViolations(violations)}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }

  test('regenerate the key on the page: confirmed first, shown once with Copy; the new key works, the old one gets 401', async () => {
    const { context, page } = await signedIn(ADMIN_EMAIL, ADMIN_PASSWORD, KEY_PAGE);
    const problems = watchProblems(page, [SESSION_PROBE_401]);
    try {
      await page.getByRole('heading', { name: 'API Access Key', level: 1 }).waitFor();
      await page.getByText('Settings → Workspace → Tech Settings → API Access Key').waitFor();
      await page.getByText(`You have an active key, ${firstKey.slice(0, 9)}…`).waitFor();
      await page.getByRole('button', { name: 'Regenerate key' }).click();
      await page.getByText('Your current key stops working at once.').waitFor();
      assert.equal((await accountsStatus(firstKey)).status, 200, 'nothing happens before the confirmation');
      await page.getByRole('button', { name: 'Regenerate now' }).click();
      const secret = page.getByRole('region', { name: 'Your new API key' }).getByTestId('secret');
      await secret.waitFor();
      const newKey = (await secret.textContent())!.trim();
      assert.match(newKey, /^ib_[0-9A-Za-z]{40}$/);
      await page.getByText('It will not be shown again').waitFor();
      await page.getByRole('button', { name: 'Copy' }).click();
      await page.getByText('Copied to the clipboard').waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), newKey);

      assert.equal((await accountsStatus(newKey)).status, 200);
      assert.deepEqual(await accountsStatus(firstKey), { status: 401, customMessage: 'Invalid API key' });
      await page.getByText(`You have an active key, ${newKey.slice(0, 9)}…`).waitFor();
      firstKey = newKey;
      await page.getByRole('heading', { name: 'Users' }).waitFor();
      await page.getByRole('cell', { name: `${ADMIN_EMAIL} (you)` }).waitFor();
      await saveScreenshot(page, 'api-access-key');
      await assertAccessible(page);
      await page.setViewportSize({ width: 390, height: 844 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `the page is ${width}px wide at phone width`);
      assert.deepEqual(problems.list, []);
    } finally {
      await context.close();
    }
  });

  test('a read-only key generated on the page reads and cannot write; the read-write key is untouched', async () => {
    const { context, page } = await signedIn(ADMIN_EMAIL, ADMIN_PASSWORD, KEY_PAGE);
    const problems = watchProblems(page, [SESSION_PROBE_401]);
    try {
      const card = page.getByRole('region', { name: 'Your read-only key' });
      await card.getByText('You have no read-only key yet.').waitFor();
      await card.getByRole('button', { name: 'Generate read-only key' }).click();
      const newKey = (await card.getByRole('region', { name: 'Your new read-only key' }).getByTestId('secret').textContent())!.trim();
      assert.match(newKey, /^ib_[0-9A-Za-z]{40}$/);
      await card.getByText(`You have an active key, ${newKey.slice(0, 9)}…`).waitFor();

      assert.equal((await accountsStatus(newKey)).status, 200, 'it reads');
      const write = await fetch(`${serve.url}/api/v1/accounts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': newKey },
        body: JSON.stringify({ accounts: [{ domain: 'readonly.example.com', name: 'Read only' }] }),
      });
      assert.equal(write.status, 403);
      assert.equal(((await write.json()) as { customMessage: string }).customMessage, 'This API key is read-only');
      assert.equal((await accountsStatus(firstKey)).status, 200, 'the read-write key still works');
      await page.getByRole('region', { name: 'Your API key' }).getByText(`You have an active key, ${firstKey.slice(0, 9)}…`).waitFor();

      // Regenerating it asks first and revokes only the read-only key.
      await card.getByRole('button', { name: 'Regenerate read-only key' }).click();
      await card.getByRole('button', { name: 'Regenerate now' }).click();
      // The region still shows the first key until the answer arrives: wait for the one that replaces it.
      const nextSecret = card.getByRole('region', { name: 'Your new read-only key' }).getByTestId('secret').filter({ hasNotText: newKey });
      await nextSecret.waitFor();
      const nextKey = (await nextSecret.textContent())!.trim();
      assert.match(nextKey, /^ib_[0-9A-Za-z]{40}$/);
      assert.deepEqual(await accountsStatus(newKey), { status: 401, customMessage: 'Invalid API key' });
      assert.equal((await accountsStatus(nextKey)).status, 200);
      assert.equal((await accountsStatus(firstKey)).status, 200);
      await assertAccessible(page);
      assert.deepEqual(problems.list, []);
    } finally {
      await context.close();
    }
  });

  test('an admin adds a member (password shown once), switches API access off and on; the member sees no admin section and gets 403', async () => {
    const { context, page } = await signedIn(ADMIN_EMAIL, ADMIN_PASSWORD, KEY_PAGE);
    const problems = watchProblems(page, [SESSION_PROBE_401]);
    try {
      await page.getByLabel('Email').fill('mia.member@example.com');
      await page.getByLabel('Role').selectOption('member');
      await page.getByRole('button', { name: 'Add user' }).click();
      const shown = page.getByRole('region', { name: 'User added: password of mia.member@example.com' });
      const memberPassword = (await shown.getByTestId('secret').textContent())!.trim();
      assert.equal(memberPassword.length, 24);
      await page.getByRole('cell', { name: 'mia.member@example.com', exact: true }).waitFor();

      // API access off: keys get 401, this console keeps working; back on.
      const apiAccess = page.getByLabel(/API access enabled/);
      await apiAccess.uncheck();
      await page.getByText('API keys are refused until API access is switched back on.').waitFor();
      assert.deepEqual(await accountsStatus(firstKey), { status: 401, customMessage: 'API access is not enabled for this workspace' });
      await apiAccess.check();
      await page.getByText('API keys work.').waitFor();
      assert.equal((await accountsStatus(firstKey)).status, 200);

      const member = await signedIn('mia.member@example.com', memberPassword, KEY_PAGE);
      const memberProblems = watchProblems(member.page, [SESSION_PROBE_401, EXPECTED_REFUSALS]);
      try {
        await member.page.getByRole('heading', { name: 'API Access Key', level: 1 }).waitFor();
        await member.page.getByRole('region', { name: 'Your API key' }).getByText('You have no API key yet.').waitFor();
        assert.equal(await member.page.getByRole('heading', { name: 'Users', exact: true }).count(), 0);
        assert.equal(await member.page.getByRole('heading', { name: 'API access', exact: true }).count(), 0);
        await member.page.getByRole('button', { name: 'Generate key' }).click();
        const memberKey = (await member.page.getByTestId('secret').textContent())!.trim();
        assert.equal((await accountsStatus(memberKey)).status, 200);
        // The server refuses the member's session on every admin route, with the token and all.
        const adminCalls: Array<[string, string, string | null]> = [
          ['GET', '/api/v1/console/users', null],
          ['POST', '/api/v1/console/users', JSON.stringify({ email: 'eve@example.com', role: 'admin' })],
          ['PATCH', '/api/v1/console/workspace', JSON.stringify({ apiAccess: false })],
        ];
        // No named functions inside evaluate: the test's transpiler would wrap them in a helper the page lacks.
        const answers = await member.page.evaluate(async (calls) => {
          const token = ((await (await fetch('/api/v1/console/session')).json()) as { data: { csrfToken: string } }).data.csrfToken;
          const out: Array<[number, string]> = [];
          for (const [method, url, body] of calls) {
            const response = await fetch(url, {
              method,
              headers: { 'x-csrf-token': token, ...(body === null ? {} : { 'content-type': 'application/json' }) },
              ...(body === null ? {} : { body }),
            });
            out.push([response.status, ((await response.json()) as { customMessage: string }).customMessage]);
          }
          return out;
        }, adminCalls);
        for (const answer of answers) assert.deepEqual(answer, [403, 'This action needs an admin']);
        await assertAccessible(member.page);
        assert.deepEqual(memberProblems.list.filter((p) => !EXPECTED_REFUSALS.test(p)), []);
      } finally {
        await member.context.close();
      }

      // Reset the member's password (generated, shown once), then remove them (confirmed).
      await page.getByRole('button', { name: 'Reset password of mia.member@example.com' }).click();
      await page.getByRole('region', { name: 'Password reset: password of mia.member@example.com' }).waitFor();
      await page.getByRole('button', { name: 'Remove mia.member@example.com' }).click();
      await page.getByRole('button', { name: 'Confirm removing mia.member@example.com' }).click();
      await page.getByRole('cell', { name: 'mia.member@example.com', exact: true }).waitFor({ state: 'detached' });
      assert.deepEqual(problems.list, []);
    } finally {
      await context.close();
    }
  });

  test('a session write without X-CSRF-Token is refused 403; sign-in throttling shows the server’s message', async () => {
    const { context, page } = await signedIn(ADMIN_EMAIL, ADMIN_PASSWORD, '/accounts');
    try {
      await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
      const refused = await page.evaluate(async () => {
        const response = await fetch('/api/v1/console/api-key', { method: 'POST' });
        return [response.status, ((await response.json()) as { customMessage: string }).customMessage] as const;
      });
      assert.deepEqual(refused, [403, 'Missing or invalid CSRF token']);
      assert.equal((await accountsStatus(firstKey)).status, 200, 'the refused write generated no key');
    } finally {
      await context.close();
    }

    const throttled = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const signInPage = await throttled.newPage();
      await signInPage.goto(`${serve.url}/sign-in`);
      for (let attempt = 1; attempt <= 6; attempt += 1) {
        await signInPage.getByLabel('Email').fill('nobody@example.com');
        await signInPage.getByLabel('Password').fill(`wrong password ${attempt}`);
        const answered = signInPage.waitForResponse((r) => r.url().endsWith('/api/v1/console/session') && r.request().method() === 'POST');
        await signInPage.getByRole('button', { name: 'Sign in' }).click();
        assert.equal((await answered).status(), attempt <= 5 ? 401 : 429);
        const expected = attempt <= 5 ? 'Invalid email or password' : /^Too many sign-in attempts; retry in \d+ seconds$/;
        await signInPage.getByRole('alert').filter({ hasText: expected }).waitFor();
      }
    } finally {
      await throttled.close();
    }
  });
});
