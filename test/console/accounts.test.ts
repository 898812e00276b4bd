/**
 * The Accounts page and the account page in Chromium against a real `intentbase serve` on SQLite,
 * over data as a user would have it: `intentbase seed` (accounts with tags, signals, deals,
 * activities), a static segment and a tagged account pushed through the API with the key, then
 * `intentbase score`. Sorting, filtering (URL kept across a reload), the account's explanation,
 * deals and activities; axe light and dark; phone width; screenshots with CONSOLE_SCREENSHOTS=1.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cliEnv, killAllChildren, printedKey, runCli, scratchDir, startServe, type ServeProcess } from '../support/cli.js';
import { describeViolations, launchChromium, seriousAxeViolations, SESSION_PROBE_401, watchProblems } from '../support/browser.js';
import { saveScreenshot } from '../support/screenshots.js';

const ADMIN_EMAIL = 'admin@intentbase.local';
const ADMIN_PASSWORD = 'accounts-e2e-Password-1';

interface ApiAccount {
  rtp_aid: string;
  name: string;
  domain: string;
  rtp_journey_stage: string;
}

describe('console: Accounts and the account page (chromium)', () => {
  const dir = scratchDir();
  let serve: ServeProcess;
  let browser: Browser;
  let key: string;
  /** An account with deals and activities: the one whose page is checked. */
  let featured: ApiAccount;

  const apiGet = async (path: string) => {
    const response = await fetch(`${serve.url}/api/v1${path}`, { headers: { 'x-api-key': key } });
    assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
    return ((await response.json()) as { data: any }).data;
  };
  const apiPost = async (path: string, body: unknown) => {
    const response = await fetch(`${serve.url}/api/v1${path}`, { method: 'POST', headers: { 'x-api-key': key, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
    return ((await response.json()) as { data: any }).data;
  };

  before(async () => {
    const databaseUrl = `sqlite:${dir.path}/accounts.db`;
    serve = await startServe({ env: { DATABASE_URL: databaseUrl, INTENTBASE_ADMIN_PASSWORD: ADMIN_PASSWORD }, cwd: dir.path });
    key = printedKey(serve.stdout())!;
    assert.ok(key, `the first start printed no key:\n${serve.stdout()}`);
    const env = cliEnv({ DATABASE_URL: databaseUrl });
    const seeded = await runCli(['seed', '--accounts', '150', '--signals', '4000', '--deals', '80', '--activities', '300', '--seed', '12'], { env, cwd: dir.path, timeoutMs: 120_000 });
    assert.equal(seeded.code, 0, seeded.stderr);
    // A segment and tags pushed with the key, as an integration would.
    const segment = await apiPost('/segments', { name: 'Console target accounts', type: 'static' });
    const firstAccounts = (await apiGet('/accounts?limit=20')).data as ApiAccount[];
    await apiPost(`/segments/${segment.segmentId}/accounts`, { accounts: firstAccounts.map((a) => ({ domain: a.domain })) });
    const scored = await runCli(['score'], { env, cwd: dir.path, timeoutMs: 120_000 });
    assert.equal(scored.code, 0, scored.stderr);
    const deal = ((await apiGet('/deals?limit=100')).data as Array<{ linkedAccounts: Array<{ rtp_aid: string }> }>).find((d) => d.linkedAccounts.length > 0);
    assert.ok(deal, 'the seed linked a deal to an account');
    featured = await apiGet(`/accounts/${deal.linkedAccounts[0].rtp_aid}`);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await serve?.stop();
    killAllChildren();
    dir.remove();
  });

  async function signedIn(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${serve.url}/sign-in`);
    await page.getByLabel('Email').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
    return { context, page };
  }

  /** The values of one column (by its header text) on the page shown. */
  async function columnValues(page: Page, header: string): Promise<string[]> {
    await page.locator('tbody tr').first().waitFor();
    const headers = await page.locator('thead th').allTextContents();
    const index = headers.findIndex((text) => text.replace(/[▲▼]/g, '').trim() === header);
    assert.ok(index >= 0, `no column ${header}: ${headers.join(', ')}`);
    return page.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents();
  }

  /**
   * The column's values once they show `done`, or after 10 s whatever they are. The page re-renders
   * after its URL changes, not with it: right after a filter is chosen, the table can still hold the
   * previous list, and not be busy yet.
   */
  async function columnValuesWhen(page: Page, header: string, done: (values: string[]) => boolean): Promise<string[]> {
    const deadline = Date.now() + 10_000;
    let values = await columnValues(page, header);
    while (!done(values) && Date.now() < deadline) {
      await page.waitForTimeout(50);
      await page.locator('table[aria-busy="false"]').waitFor();
      values = await columnValues(page, header);
    }
    return values;
  }

  const numbers = (values: string[]) => values.map(Number);
  const isDescending = (values: number[]) => values.every((v, i) => i === 0 || values[i - 1] >= v);
  const isAscending = (values: number[]) => values.every((v, i) => i === 0 || values[i - 1] <= v);

  async function expectNoSeriousViolations(page: Page, where: string) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await seriousAxeViolations(page);
      assert.deepEqual(violations, [], `${where}, ${scheme}:\n${describeViolations(violations)}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }

  async function expectFitsPhone(page: Page, where: string) {
    await page.setViewportSize({ width: 390, height: 844 });
    // The charts follow their container's new width when their ResizeObserver reports it: wait for the layout to settle.
    const fits = await page
      .waitForFunction(() => document.documentElement.scrollWidth <= 390, undefined, { timeout: 5_000 })
      .then(() => true, () => false);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > 392)
        .slice(0, 8)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className.toString()} ${Math.round(e.getBoundingClientRect().right)}`),
    );
    assert.ok(fits, `${where} is wider than 390px at phone width: ${wide.join('; ')}`);
    const violations = await seriousAxeViolations(page);
    assert.deepEqual(violations, [], `${where} at phone width:\n${describeViolations(violations)}`);
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  test('the table is sorted by account score by default; a score column header sorts by it; stage and search filter; the URL keeps them', async () => {
    const { context, page } = await signedIn();
    const problems = watchProblems(page, [SESSION_PROBE_401]);
    try {
      const scoreHeader = page.locator('thead th', { hasText: 'Account score' });
      assert.equal(await scoreHeader.getAttribute('aria-sort'), 'descending');
      const scores = numbers(await columnValues(page, 'Account score'));
      assert.equal(scores.length, 25);
      assert.ok(isDescending(scores), `account scores: ${scores.join(', ')}`);
      assert.ok(scores[0] > 0, 'scoring ran: the best account has a score');
      await expectNoSeriousViolations(page, 'the accounts page');
      await expectFitsPhone(page, 'the accounts page');
      await saveScreenshot(page, 'accounts');

      // A source score: highest first, then lowest first on a second click.
      await page.getByRole('button', { name: 'G2 intent' }).click();
      await page.waitForURL(/sort=-rtp_g2_intent_score/);
      await page.locator('thead th[aria-sort="descending"]', { hasText: 'G2 intent' }).waitFor();
      await page.locator('tbody[aria-busy="false"], table[aria-busy="false"]').first().waitFor();
      assert.ok(isDescending(numbers(await columnValues(page, 'G2 intent'))));
      await page.getByRole('button', { name: 'G2 intent' }).click();
      await page.waitForURL(/sort=rtp_g2_intent_score/);
      await page.locator('table[aria-busy="false"]').waitFor();
      assert.ok(isAscending(numbers(await columnValues(page, 'G2 intent'))));
      assert.equal(await scoreHeader.getAttribute('aria-sort'), null);

      // Stage: every row in that stage.
      const stage = featured.rtp_journey_stage;
      await page.getByLabel('Journey stage').selectOption(stage);
      await page.waitForURL(new RegExp(`stage=${stage}`));
      await page.locator('table[aria-busy="false"]').waitFor();
      const stages = await columnValuesWhen(page, 'Journey stage', (values) => values.every((s) => s === stage));
      assert.ok(stages.length > 0 && stages.every((s) => s === stage), `stages: ${stages.join(', ')}`);
      await page.getByLabel('Journey stage').selectOption('');

      // Search: the start of the featured account's domain; debounced, then in the URL; a reload keeps it.
      const prefix = featured.domain.slice(0, Math.min(6, featured.domain.length));
      await page.getByLabel('Search').fill(prefix);
      await page.waitForURL(new RegExp(`q=${encodeURIComponent(prefix).replace(/\./g, '\\.')}`));
      await page.locator('table[aria-busy="false"]').waitFor();
      const domains = await columnValuesWhen(page, 'Domain', (values) => values.includes(featured.domain) && values.every((d) => d.startsWith(prefix)));
      const names = await columnValues(page, 'Name');
      assert.ok(domains.includes(featured.domain), `${featured.domain} among ${domains.join(', ')}`);
      assert.ok(domains.every((d, i) => d.startsWith(prefix) || names[i].toLowerCase().startsWith(prefix)), domains.join(', '));
      await page.reload();
      await page.locator('tbody tr').first().waitFor();
      assert.equal(await page.getByLabel('Search').inputValue(), prefix);
      assert.deepEqual(await columnValues(page, 'Domain'), domains);
      assert.ok(isAscending(numbers(await columnValues(page, 'G2 intent'))), 'the sort survives the reload too');
      assert.deepEqual(problems.list, []);
    } finally {
      await context.close();
    }
  });

  test('an account’s page explains its score and shows its timeline, deals and activities', async () => {
    const { context, page } = await signedIn();
    const problems = watchProblems(page, [SESSION_PROBE_401]);
    try {
      await page.getByLabel('Search').fill(featured.domain);
      await page.getByRole('link', { name: featured.name, exact: true }).first().click();
      await page.getByRole('heading', { name: featured.name, level: 1 }).waitFor();
      assert.equal(new URL(page.url()).pathname, `/accounts/${featured.rtp_aid}`);

      const explanation = await apiGet(`/accounts/${featured.rtp_aid}/score`);
      const scorePanel = page.getByRole('region', { name: 'Score explained' });
      await scorePanel.getByRole('table').waitFor();
      const sourceRows = await scorePanel.locator('tbody th').allTextContents();
      assert.deepEqual(sourceRows.map((s) => s.replace(' (off)', '')), ['Website', 'G2', 'LinkedIn advertising', 'Bombora'].filter((label) => sourceRows.some((r) => r.startsWith(label))));
      assert.equal(sourceRows.length, explanation.sources.length);
      await scorePanel.getByText(`account score of ${explanation.rtp_account_score}`).waitFor();
      if (explanation.journey.rule !== null) await scorePanel.getByText(explanation.journey.rule).waitFor();

      const deals = (await apiGet(`/deals?rtp_aid=${featured.rtp_aid}`)).data as Array<{ name: string }>;
      assert.ok(deals.length > 0);
      const dealsPanel = page.getByRole('region', { name: 'Deals' });
      for (const deal of deals) await dealsPanel.getByText(deal.name).first().waitFor();

      const activities = (await apiGet(`/accounts/${featured.rtp_aid}/activities?limit=10`)).data as Array<{ activityType: string }>;
      const activitiesPanel = page.getByRole('region', { name: 'Recent sales activities' });
      if (activities.length === 0) await activitiesPanel.getByText('No sales activity with this account yet.').waitFor();
      else assert.equal(await activitiesPanel.locator('li').count(), activities.length);

      const timeline = page.getByRole('region', { name: 'Timeline' });
      await timeline.getByRole('heading', { name: 'Signals per day, last 90 days' }).waitFor();
      await page.locator('.recharts-surface').first().waitFor();
      await expectNoSeriousViolations(page, 'the account page');
      await saveScreenshot(page, 'account-detail');
      await expectFitsPhone(page, 'the account page');
      assert.deepEqual(problems.list, []);
    } finally {
      await context.close();
    }
  });

  test('an unknown account says so', async () => {
    const { context, page } = await signedIn();
    try {
      await page.goto(`${serve.url}/accounts/663abc0e5f1c2a0012345678`);
      await page.getByRole('heading', { name: 'Account not found' }).waitFor();
      await page.getByRole('alert').filter({ hasText: 'Account not found' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
