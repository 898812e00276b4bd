/**
 * The Signals import page end to end, in Chromium against a real `intentbase serve` on SQLite: a
 * Bombora export with one bad row is uploaded with a progress bar; the page shows the rows read,
 * imported and failed, the failed row with its line and reason, and downloads the error rows as CSV.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { killAllChildren, printedKey, scratchDir, startServe, type ServeProcess } from '../support/cli.js';
import { describeViolations, launchChromium, seriousAxeViolations, SESSION_PROBE_401, watchProblems } from '../support/browser.js';
import { saveScreenshot } from '../support/screenshots.js';

const ADMIN_EMAIL = 'admin@intentbase.local';
const ADMIN_PASSWORD = 'console-import-Password-1';
const BAD_ROW = 'globex.example.com,Customer Data Platforms,very high,2026-11-23';
const CSV = [
  'Domain,Topic Name,Composite Score,Date',
  'northwind.example.com,Customer Data Platforms,82,2026-11-23',
  'northwind.example.com,Account-Based Marketing,74,2026-11-23',
  'contoso.example.com,Marketing Automation,67,2026-11-23',
  BAD_ROW,
  'fabrikam.example.com,Intent Data,91,2026-11-23',
].join('\n');

describe('web console: signals import (chromium)', () => {
  const dir = scratchDir();
  let serve: ServeProcess;
  let browser: Browser;

  before(async () => {
    serve = await startServe({ env: { DATABASE_URL: `sqlite:${dir.path}/import.db`, INTENTBASE_ADMIN_PASSWORD: ADMIN_PASSWORD }, cwd: dir.path });
    const key = printedKey(serve.stdout())!;
    const pushed = await fetch(`${serve.url}/api/v1/accounts`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/json' },
      body: JSON.stringify({ accounts: ['Northwind', 'Contoso', 'Fabrikam', 'Globex'].map((name) => ({ name, domain: `${name.toLowerCase()}.example.com` })) }),
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

  test('uploads a Bombora CSV with one bad row: counts, the error row, and its download', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchProblems(page, [SESSION_PROBE_401]);
    try {
      await page.goto(`${serve.url}/accounts`);
      await page.getByLabel('Email').fill(ADMIN_EMAIL);
      await page.getByLabel('Password').fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('link', { name: 'Signals import' }).click();
      await page.getByRole('heading', { name: 'Signals import', level: 1 }).waitFor();
      await page.getByLabel('Provider', { exact: true }).selectOption('bombora');
      await page.getByText('Domain, Topic Name, Composite Score, Date').waitFor();
      await page.getByLabel('CSV file').setInputFiles({ name: 'bombora-surge.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
      await page.getByRole('button', { name: 'Import' }).click();

      await page.getByRole('heading', { name: 'Imported bombora-surge.csv' }).waitFor();
      assert.equal(await page.locator('#import-progress').getAttribute('value'), '100');
      const summary = await page.locator('.summary-list div').allTextContents();
      assert.deepEqual(summary, ['Rows read5', 'Signals imported4', 'Skipped (duplicates)0', 'Rows failed1', 'Rows without signals0']);
      const errorRow = page.getByRole('row').filter({ hasText: BAD_ROW });
      const cells = await errorRow.getByRole('cell').allTextContents();
      assert.equal(cells[0], '5', 'line 5 of the file (the header is line 1)');
      assert.match(cells[1], /score/i);

      const downloading = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Download error rows' }).click();
      const download = await downloading;
      assert.equal(download.suggestedFilename(), 'bombora-surge.errors.csv');
      const text = await readFile((await download.path()), 'utf8');
      assert.match(text, /^row,message,raw\r\n5,/);
      assert.ok(text.includes(BAD_ROW), text);

      await saveScreenshot(page, 'signals-import');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], `${scheme}: ${describeViolations(violations)}`);
      }
      await page.setViewportSize({ width: 390, height: 844 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `the page is ${width}px wide at phone width`);

      // The same file again: every row is a duplicate now.
      await page.getByRole('button', { name: 'Import' }).click();
      await page.getByText('Skipped (duplicates)4').waitFor();
      assert.deepEqual(problems.list, []);
    } finally {
      await context.close();
    }
  });
});
