/**
 * The Scoring page end to end, in Chromium against a real `intentbase serve` on SQLite, over accounts
 * and signals pushed through the API and scored once: a setting the server refuses shows its message
 * next to the field; changing the website weight, saving and running scoring now changes the
 * account's score in the Accounts table (and the API).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { killAllChildren, printedKey, scratchDir, startServe, type ServeProcess } from '../support/cli.js';
import { describeViolations, launchChromium, seriousAxeViolations, SESSION_PROBE_401, watchProblems } from '../support/browser.js';
import { saveScreenshot } from '../support/screenshots.js';

const ADMIN_EMAIL = 'admin@intentbase.local';
const ADMIN_PASSWORD = 'console-scoring-Password-1';
const COMPANIES = ['Northwind Traders', 'Contoso', 'Fabrikam', 'Tailspin Toys', 'Wide World Importers', 'Adventure Works', 'Litware', 'Proseware', 'Woodgrove Bank', 'Lucerne Publishing'];
const domainOf = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '-')}.example.com`;
const DAY = 86_400_000;

describe('web console: scoring settings and runs (chromium)', () => {
  const dir = scratchDir();
  let serve: ServeProcess;
  let browser: Browser;
  let key: string;

  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${serve.url}/api/v1${path}`, {
      method,
      headers: { 'x-api-key': key, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as { data: any };
    assert.equal(response.status, 200, JSON.stringify(json));
    return json.data;
  };

  /** Starts a run and waits for it, polling the runs list (no timing asserted). */
  async function scoreNow(): Promise<void> {
    const run = await api('POST', '/scoring/runs', {});
    for (;;) {
      const runs = await api('GET', '/scoring/runs?limit=5');
      const current = runs.data.find((r: { runId: string }) => r.runId === run.runId);
      if (current.status !== 'running') { assert.equal(current.status, 'succeeded'); return; }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  const scoreOf = async (domain: string): Promise<number> =>
    (await api('GET', '/accounts?limit=100')).data.find((a: { domain: string }) => a.domain === domain).rtp_account_score;

  before(async () => {
    serve = await startServe({ env: { DATABASE_URL: `sqlite:${dir.path}/scoring.db`, INTENTBASE_ADMIN_PASSWORD: ADMIN_PASSWORD }, cwd: dir.path });
    key = printedKey(serve.stdout())!;
    await api('POST', '/accounts', { accounts: COMPANIES.map((name) => ({ name, domain: domainOf(name) })) });
    const now = Date.now();
    const signals = COMPANIES.flatMap((name, i) => [
      { source: 'website', domain: domainOf(name), type: 'form_submit', occurredAt: new Date(now - (i + 1) * DAY).toISOString(), count: 1 + (i % 3) },
      { source: 'website', domain: domainOf(name), type: 'high_intent_page_view', occurredAt: new Date(now - 2 * DAY).toISOString(), count: 1 + (i % 4) },
      ...(i % 2 === 0 ? [{ source: 'g2', domain: domainOf(name), type: 'comparison_view', occurredAt: new Date(now - 3 * DAY).toISOString() }] : []),
      ...(i % 3 === 0 ? [{ source: 'linkedin', domain: domainOf(name), type: 'click', occurredAt: new Date(now - DAY).toISOString(), count: 4 }] : []),
    ]);
    await api('POST', '/signals', { signals });
    await scoreNow();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await serve?.stop();
    killAllChildren();
    dir.remove();
  });

  test('a refused setting shows the server’s message at its field; a new website weight and a run change the account’s score', async () => {
    const northwind = domainOf('Northwind Traders');
    const before = await scoreOf(northwind);
    assert.ok(before > 0, 'the first run scored the account');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watchProblems(page, [SESSION_PROBE_401, /status of 400/]);
    try {
      await page.goto(`${serve.url}/scoring`);
      await page.getByLabel('Email').fill(ADMIN_EMAIL);
      await page.getByLabel('Password').fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Scoring', level: 1 }).waitFor();
      const websiteWeight = page.locator('#setting-sources-website-weight');
      await websiteWeight.waitFor();
      assert.equal(await websiteWeight.inputValue(), '0.35');
      assert.equal(await page.getByLabel('Topic surge threshold').inputValue(), '60');
      await page.getByRole('cell', { name: 'succeeded' }).first().waitFor();
      await saveScreenshot(page, 'scoring');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], `${scheme}: ${describeViolations(violations)}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });

      // The server's validation message, next to the field it names.
      const g2Weight = page.locator('#setting-sources-g2-weight');
      await g2Weight.fill('-1');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.locator('#setting-sources-g2-weight-error').filter({ hasText: 'weight must not be less than 0' }).waitFor();
      assert.equal(await g2Weight.getAttribute('aria-invalid'), 'true');
      assert.match((await g2Weight.getAttribute('aria-describedby')) ?? '', /setting-sources-g2-weight-error/);

      await g2Weight.fill('0.25');
      await websiteWeight.fill('3');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('Saved. The next run rebuilds every account under these settings.').waitFor();
      const saved = await api('GET', '/scoring/config');
      assert.deepEqual(saved.overrides, { sources: { website: { weight: 3 } } }, 'only what differs from the defaults is stored');

      await page.getByRole('button', { name: 'Run scoring now' }).click();
      // The new run is listed, and once it has finished the button is back.
      await page.locator('tbody tr').nth(1).waitFor();
      await page.getByRole('button', { name: 'Run scoring now' }).and(page.locator(':enabled')).waitFor();
      await page.locator('tbody tr').first().getByRole('cell', { name: 'succeeded' }).waitFor();

      const after = await scoreOf(northwind);
      assert.ok(after > before, `the website-heavy account scores higher with a website weight of 3 (${before} → ${after})`);
      await page.getByRole('link', { name: 'Accounts' }).click();
      const row = page.getByRole('row').filter({ hasText: 'Northwind Traders' });
      await row.waitFor();
      const cells = await row.getByRole('cell').allTextContents();
      assert.equal(cells[2], String(after), `the Accounts table shows the new score: ${cells.join(' | ')}`);
      assert.deepEqual(problems.list.filter((p) => !p.includes('status of 400')), []);
    } finally {
      await context.close();
    }
  });
});
