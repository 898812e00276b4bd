/**
 * The console end to end, in Chromium against a real `intentbase serve` on SQLite, signed in for
 * real (the session of src/modules/console): the admin signs in with the first start's password
 * (INTENTBASE_ADMIN_PASSWORD), sees the accounts pushed through the API with the key, pages through
 * them by cursor, and signs out; a wrong password shows the server's message.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { killAllChildren, printedKey, scratchDir, startServe, type ServeProcess } from '../support/cli.js';
import { saveScreenshot } from '../support/screenshots.js';
import { describeViolations, launchChromium, seriousAxeViolations, SESSION_PROBE_401, watchProblems } from '../support/browser.js';

const ADMIN_EMAIL = 'admin@intentbase.local';
const ADMIN_PASSWORD = 'console-e2e-Password-1';
/** One page and a few more: the console shows 25 a page. */
const ACCOUNT_COUNT = 30;

describe('web console, signed in (chromium)', () => {
  const dir = scratchDir();
  let serve: ServeProcess;
  let browser: Browser;

  before(async () => {
    serve = await startServe({ env: { DATABASE_URL: `sqlite:${dir.path}/console.db`, INTENTBASE_ADMIN_PASSWORD: ADMIN_PASSWORD }, cwd: dir.path });
    const key = printedKey(serve.stdout());
    assert.ok(key, `the first start printed no key:\n${serve.stdout()}`);
    assert.match(serve.stdout(), /INTENTBASE_ADMIN_PASSWORD/, 'the banner says where the password came from');
    const accounts = Array.from({ length: ACCOUNT_COUNT }, (_, i) => ({
      name: `Console Test ${String(i).padStart(2, '0')}`,
      domain: `console-test-${i}.example.com`,
    }));
    const pushed = await fetch(`${serve.url}/api/v1/accounts`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/json' },
      body: JSON.stringify({ accounts }),
    });
    assert.equal(pushed.status, 200, await pushed.text());
    await pushed.arrayBuffer().catch(() => {});
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await serve?.stop();
    killAllChildren();
    dir.remove();
  });

  async function signInForm(page: Page, password: string) {
    await page.getByLabel('Email').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  test('a wrong password shows “Invalid email or password” and stays on the sign-in page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watchProblems(page, [SESSION_PROBE_401]);
    try {
      await page.goto(`${serve.url}/`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await signInForm(page, 'not-the-password');
      await page.getByRole('alert').filter({ hasText: 'Invalid email or password' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/sign-in');
      await saveScreenshot(page, 'sign-in');
      // The 401 of the sign-in itself is the expected answer, reported by Chromium as a failed resource.
      assert.deepEqual(
        problems.list.filter((p) => !p.includes('status of 401')),
        [],
      );
    } finally {
      await context.close();
    }
  });

  test('signs in with the first start’s password, lists the accounts pushed with the key by cursor, signs out', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watchProblems(page, [SESSION_PROBE_401]);
    try {
      await page.goto(`${serve.url}/accounts`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await signInForm(page, ADMIN_PASSWORD);

      await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/accounts', 'back to the page asked for');
      const cookies = await context.cookies();
      const session = cookies.find((c) => c.name === 'ib_session');
      assert.ok(session?.httpOnly, 'the session cookie is HttpOnly');
      await page.getByText(ADMIN_EMAIL).waitFor();

      const table = page.getByRole('table');
      await table.waitFor();
      const headers = await table.getByRole('columnheader').allTextContents();
      for (const header of ['Name', 'Domain', 'Account score', 'Journey stage']) assert.ok(headers.includes(header), `columns: ${headers.join(', ')}`);
      const firstPage = await namesShown(page);
      assert.equal(firstPage.length, 25);
      let violations = await seriousAxeViolations(page);
      assert.deepEqual(violations, [], describeViolations(violations));
      // The same page dark and at phone width: still accessible, and only the table scrolls sideways.
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.setViewportSize({ width: 390, height: 844 });
      violations = await seriousAxeViolations(page);
      assert.deepEqual(violations, [], describeViolations(violations));
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(pageWidth <= 390, `the accounts page is ${pageWidth}px wide at phone width`);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1280, height: 800 });

      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText('Page 2', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Next' }).and(page.locator(':disabled')).waitFor();
      const secondPage = await namesShown(page);
      assert.equal(secondPage.length, ACCOUNT_COUNT - 25);
      const all = [...firstPage, ...secondPage].sort();
      assert.deepEqual(all, Array.from({ length: ACCOUNT_COUNT }, (_, i) => `Console Test ${String(i).padStart(2, '0')}`));
      await page.getByRole('button', { name: 'Previous' }).click();
      await page.getByText('Page 1', { exact: true }).waitFor();
      assert.deepEqual(await namesShown(page), firstPage);

      // Sign out is a DELETE with the CSRF token; afterwards the session is gone for good.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await page.goto(`${serve.url}/accounts`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/sign-in');
      assert.deepEqual(problems.list, []);
    } finally {
      await context.close();
    }
  });
});

async function namesShown(page: Page): Promise<string[]> {
  await page.locator('tbody tr').first().waitFor();
  return page.locator('tbody tr td:first-child').allTextContents();
}
