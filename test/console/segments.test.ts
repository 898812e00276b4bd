/**
 * The Segments pages end to end, in Chromium against a real `intentbase serve` on SQLite: seeded demo
 * data plus accounts pushed through the API with the key, scored by `intentbase score`. A dynamic
 * segment is built in the rule builder (a nested group), its live count checked against the accounts'
 * real scores and tags, saved, and its members seen right after the save; a static segment is filled by
 * pasting domains (one unknown), by a domain lookup, and loses a member; the list filters by type.
 * axe (light, dark, phone width) on the list and the editor.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { cliEnv, killAllChildren, printedKey, runCli, scratchDir, startServe, type ServeProcess } from '../support/cli.js';
import { assertAccessibleEverywhere, launchChromium, SESSION_PROBE_401, watchProblems } from '../support/browser.js';
import { saveScreenshot } from '../support/screenshots.js';

const ADMIN_EMAIL = 'admin@intentbase.local';
const ADMIN_PASSWORD = 'console-segments-Password-1';
const PRIORITY = Array.from({ length: 12 }, (_, i) => ({
  name: `Northwind ${String(i + 1).padStart(2, '0')}`,
  domain: `northwind-${i + 1}.example.com`,
  tags: i % 2 === 0 ? ['priority', 'emea'] : ['priority'],
}));

const API_SEGMENTS = {
  'Hot accounts': { all: [{ field: 'rtp_account_score', op: 'gte', value: 40 }] },
  'Enterprise in EMEA': { all: [{ field: 'tags', op: 'contains', value: 'enterprise' }, { field: 'tags', op: 'contains', value: 'emea' }] },
  'Consideration and beyond': { any: [{ field: 'rtp_journey_stage', op: 'in', value: ['Consideration', 'Opportunity', 'Customer'] }] },
};

interface ApiAccount {
  rtp_aid: string;
  name: string;
  domain: string;
  tags: string[];
  rtp_account_score: number;
}

describe('segments pages (chromium)', () => {
  const dir = scratchDir();
  const env = cliEnv({ DATABASE_URL: `sqlite:${dir.path}/console.db` });
  let serve: ServeProcess;
  let browser: Browser;
  let key: string;

  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${serve.url}/api/v1${path}`, {
      method,
      headers: { 'x-api-key': key, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as { data: any };
    assert.equal(response.status, 200, JSON.stringify(json));
    return json.data;
  };
  const score = async () => {
    const run = await runCli(['score'], { env, cwd: dir.path, timeoutMs: 60_000 });
    assert.equal(run.code, 0, run.stderr);
  };

  before(async () => {
    serve = await startServe({ env: { DATABASE_URL: `sqlite:${dir.path}/console.db`, INTENTBASE_ADMIN_PASSWORD: ADMIN_PASSWORD }, cwd: dir.path });
    key = printedKey(serve.stdout()) ?? '';
    assert.ok(key, serve.stdout());
    const seeded = await runCli(['seed', '--accounts', '150', '--signals', '4000', '--deals', '40', '--activities', '80'], { env, cwd: dir.path, timeoutMs: 120_000 });
    assert.equal(seeded.code, 0, seeded.stderr);
    await api('POST', '/accounts', { accounts: PRIORITY });
    // Website visits in the last days, more for later accounts: their scores spread.
    const now = Date.now();
    const signals = PRIORITY.flatMap((account, i) =>
      Array.from({ length: i + 1 }, (_, j) => ({
        source: 'website',
        type: j % 3 === 0 ? 'high_intent_page_view' : 'page_view',
        domain: account.domain,
        occurredAt: new Date(now - (j + 1) * 3_600_000).toISOString(),
        url: `https://${account.domain}/pricing`,
      })),
    );
    await api('POST', '/signals', { signals });
    // Segments made with the API beside the ones the tests build: the list shows what a workspace in use has.
    for (const [name, rules] of Object.entries(API_SEGMENTS)) await api('POST', '/segments', { name, type: 'dynamic', rules });
    await score();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await serve?.stop();
    killAllChildren();
    dir.remove();
  });

  async function signedInPage(): Promise<{ page: Page; problems: { list: string[] }; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watchProblems(page, [SESSION_PROBE_401]);
    await page.goto(`${serve.url}/segments`);
    await page.getByLabel('Email').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Segments', level: 1 }).waitFor();
    return { page, problems, close: () => context.close() };
  }

  async function priorityAccounts(): Promise<ApiAccount[]> {
    const domains = JSON.stringify(PRIORITY.map((a) => a.domain));
    return (await api('GET', `/accounts?limit=100&domains=${encodeURIComponent(domains)}`)).data as ApiAccount[];
  }

  test('builds a dynamic segment with a nested group, sees the live count and the server’s message inline, saves it, sees its members', async () => {
    const accounts = await priorityAccounts();
    const scores = accounts.map((a) => a.rtp_account_score).sort((a, b) => b - a);
    const threshold = scores[5];
    assert.ok(threshold > 0 && scores[0] > scores[11], `scores spread: ${scores.join(', ')}`);
    const expected = accounts.filter((a) => a.rtp_account_score >= threshold || a.tags.includes('emea')).map((a) => a.name).sort();
    assert.ok(expected.length > 6 && expected.length < 12, `${expected.length} expected`);

    const { page, problems, close } = await signedInPage();
    try {
      // The segments made with the API are listed with their members as the API counts them.
      for (const [name] of Object.entries(API_SEGMENTS)) {
        const listed = (await api('GET', '/segments?type=dynamic')).data.find((s: { name: string }) => s.name === name);
        const row = page.getByRole('row').filter({ hasText: name });
        await row.waitFor();
        assert.deepEqual((await row.getByRole('cell').allTextContents()).slice(1), ['Dynamic', 'active', String(listed.memberCount)]);
      }
      await page.getByRole('link', { name: 'New segment' }).click();
      await page.getByRole('heading', { name: 'New segment', level: 1 }).waitFor();
      await page.getByLabel('Name').fill('Priority accounts');
      // The first condition starts as "Account score at least …" with no value: the server says why it cannot count it.
      await page.getByRole('alert').filter({ hasText: 'value must be a number or an ISO 8601 date for op gte' }).waitFor();

      await page.getByLabel('Rules, condition 1: field').selectOption('tags');
      assert.equal(await page.getByLabel('Rules, condition 1: operator').inputValue(), 'contains');
      await page.getByLabel('Rules, condition 1: value').fill('priority');
      await page.getByTestId('preview-count').filter({ hasText: `${PRIORITY.length} accounts match` }).waitFor();

      await page.getByRole('button', { name: 'Add group' }).click();
      const nested = page.getByRole('group', { name: 'Rules, group 2', exact: true });
      assert.equal(await nested.getByLabel('Match').inputValue(), 'any', 'a nested group starts as the other mode');
      await page.getByLabel('Rules, group 2, condition 1: value').fill(String(threshold));
      await nested.getByRole('button', { name: 'Add condition' }).click();
      await page.getByLabel('Rules, group 2, condition 2: field').selectOption('tags');
      await page.getByLabel('Rules, group 2, condition 2: value').fill('emea');
      await page.getByTestId('preview-count').filter({ hasText: `${expected.length} accounts match` }).waitFor();
      const sample = await page.locator('.preview-sample .account-name').allTextContents();
      assert.deepEqual([...sample].sort(), expected.slice(0, 10).length === expected.length ? expected : sample.sort());
      for (const name of sample) assert.ok(expected.includes(name), `${name} is a match`);

      // The `in` operator takes a list: the value becomes a textarea and the preview counts the list.
      await page.getByLabel('Rules, group 2, condition 2: operator').selectOption('in');
      await page.getByLabel('Rules, group 2, condition 2: value').fill('emea\nnowhere');
      await page.getByTestId('preview-count').filter({ hasText: `${expected.length} accounts match` }).waitFor();
      await assertAccessibleEverywhere(page, 'the dynamic segment editor');
      // The rules and the live count are what this screenshot is for: they go to the top of the window.
      await page.evaluate(() => document.querySelector('.segment-rules')?.scrollIntoView());
      await saveScreenshot(page, 'segment-edit');

      await page.getByRole('button', { name: 'Create segment' }).click();
      await page.waitForURL(/\/segments\/[0-9a-f]{24}$/);
      await page.getByRole('heading', { name: 'Priority accounts', level: 1 }).waitFor();
      // Members follow the save within seconds (an evaluation of this segment alone), without a scoring run.
      const segmentId = new URL(page.url()).pathname.split('/').pop()!;
      for (const deadline = Date.now() + 20_000; (await api('GET', `/segments/${segmentId}`)).memberCount !== expected.length; ) {
        assert.ok(Date.now() < deadline, 'the members followed the save');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await page.reload();
      await page.getByRole('table', { name: /Members/ }).waitFor();
      const members = await page.locator('tbody tr td:first-child').allTextContents();
      assert.deepEqual(members.sort(), expected);

      // A refused save shows the server's message at the condition.
      await page.getByLabel('Rules, group 2, condition 1: value').fill('');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('alert').filter({ hasText: 'The segment was not saved' }).waitFor();
      assert.ok(await page.getByRole('group', { name: 'Rules, group 2, condition 1' }).getByRole('alert').isVisible());
      assert.deepEqual(problems.list.filter((p) => !p.includes('status of 400')), []);
    } finally {
      await close();
    }
  });

  test('creates a static segment, adds accounts by pasting domains (reporting the unknown one) and by domain lookup, removes one; the list filters by type', async () => {
    const { page, problems, close } = await signedInPage();
    try {
      await page.getByRole('link', { name: 'New segment' }).click();
      await page.getByLabel('Name').fill('Trade show list');
      await page.getByLabel(/Static/).check();
      await page.getByRole('button', { name: 'Create segment' }).click();
      await page.waitForURL(/\/segments\/[0-9a-f]{24}$/);
      await page.getByRole('heading', { name: 'Trade show list', level: 1 }).waitFor();

      await page.getByLabel('Paste domains').fill('northwind-1.example.com\nnorthwind-2.example.com, https://www.northwind-3.example.com/\nnot-an-account.example.org');
      await page.getByRole('button', { name: 'Add these accounts' }).click();
      const report = page.getByRole('status').filter({ hasText: 'Added 3 accounts' });
      await report.waitFor();
      assert.match(await report.textContent() ?? '', /not-an-account\.example\.org — no account with this domain/);
      await page.locator('tbody tr').nth(2).waitFor();
      assert.deepEqual((await page.locator('tbody tr td:first-child').allTextContents()).sort(), ['Northwind 01', 'Northwind 02', 'Northwind 03']);

      await page.getByLabel('Find an account by its domain').fill('northwind-4.example.com');
      await page.getByRole('button', { name: 'Find', exact: true }).click();
      await page.getByRole('button', { name: 'Add Northwind 04' }).click();
      await page.locator('tbody tr').nth(3).waitFor();

      await page.getByRole('button', { name: 'Remove Northwind 02 from the segment' }).click();
      await page.getByRole('button', { name: 'Remove Northwind 02 from the segment' }).waitFor({ state: 'detached' });
      assert.deepEqual((await page.locator('tbody tr td:first-child').allTextContents()).sort(), ['Northwind 01', 'Northwind 03', 'Northwind 04']);
      await assertAccessibleEverywhere(page, 'the static segment editor');

      await page.getByRole('link', { name: 'Segments', exact: true }).first().click();
      await page.getByRole('heading', { name: 'Segments', level: 1 }).waitFor();
      const row = page.getByRole('row').filter({ hasText: 'Trade show list' });
      await row.waitFor();
      assert.deepEqual((await row.getByRole('cell').allTextContents()).slice(1), ['Static', 'active', '3']);
      await page.getByLabel('Type').selectOption('static');
      await page.getByRole('row').filter({ hasText: 'Priority accounts' }).waitFor({ state: 'detached' });
      assert.ok(await row.isVisible());
      await page.getByLabel('Type').selectOption('all');
      await page.getByRole('row').filter({ hasText: 'Priority accounts' }).waitFor();
      await assertAccessibleEverywhere(page, 'the segments list');
      await saveScreenshot(page, 'segments');
      // The new-segment form starts as a dynamic one whose first condition has no value yet: its preview is refused (400).
      assert.deepEqual(problems.list.filter((p) => !/status of 400.*segments\/preview/.test(p)), []);
    } finally {
      await close();
    }
  });
});
