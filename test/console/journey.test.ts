/**
 * The Journey page end to end, in Chromium against a real `intentbase serve` on SQLite. First the
 * honest empty state; then a history made by the real scoring code: demo accounts (`intentbase seed`),
 * website and G2 signals pushed through the API week by week over the last ten weeks, each week
 * scored by a scoring run whose clock is that week (accounts become Aware with signals, and fall back
 * to Unaware a month after their last one), then deals and activities seeded and `intentbase score`
 * run now. The page's funnel and weekly movements must show exactly what the API answers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createDatabase } from '../../src/db/index.js';
import { createServices } from '../../src/services.js';
import { cliEnv, killAllChildren, printedKey, runCli, scratchDir, startServe, type ServeProcess } from '../support/cli.js';
import { assertAccessibleEverywhere, launchChromium, SESSION_PROBE_401, watchProblems } from '../support/browser.js';
import { saveScreenshot } from '../support/screenshots.js';

const ADMIN_EMAIL = 'admin@intentbase.local';
const ADMIN_PASSWORD = 'console-journey-Password-1';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Weeks ago the history's scoring runs ran at, oldest first. */
const RUN_WEEKS_AGO = [10, 8, 6, 4, 2];

describe('journey page (chromium)', () => {
  const dir = scratchDir();
  const databasePath = `${dir.path}/console.db`;
  const env = cliEnv({ DATABASE_URL: `sqlite:${databasePath}` });
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
  const cli = async (args: string[]) => {
    const run = await runCli(args, { env, cwd: dir.path, timeoutMs: 120_000 });
    assert.equal(run.code, 0, run.stderr);
    return run.stdout + run.stderr;
  };

  before(async () => {
    serve = await startServe({ env: { DATABASE_URL: `sqlite:${databasePath}`, INTENTBASE_ADMIN_PASSWORD: ADMIN_PASSWORD }, cwd: dir.path });
    key = printedKey(serve.stdout()) ?? '';
    assert.ok(key, serve.stdout());
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await serve?.stop();
    killAllChildren();
    dir.remove();
  });

  async function signIn(): Promise<{ page: Page; problems: { list: string[] }; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watchProblems(page, [SESSION_PROBE_401]);
    await page.goto(`${serve.url}/journey`);
    await page.getByLabel('Email').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Journey', level: 1 }).waitFor();
    return { page, problems, close: () => context.close() };
  }

  test('an empty workspace: says there are no accounts and no movements yet, and draws no chart', async () => {
    const { page, problems, close } = await signIn();
    try {
      await page.getByText('No accounts yet.').waitFor();
      await page.getByText('No account changed stage in the last 26 weeks.').waitFor();
      assert.equal(await page.locator('.recharts-surface').count(), 0);
      await assertAccessibleEverywhere(page, 'the empty journey page');
      assert.deepEqual(problems.list, []);
    } finally {
      await close();
    }
  });

  test('after weeks of scoring runs: the funnel and the weekly movements match the API, as charts and tables', async () => {
    const seeded = await cli(['seed', '--accounts', '120']);
    const workspaceId = /workspace ([0-9a-f]{24})/.exec(seeded)?.[1];
    assert.ok(workspaceId, seeded);
    const accounts = (await api('GET', '/accounts?limit=200')).data as Array<{ domain: string }>;
    await scoreWeekByWeek(workspaceId, accounts.map((a) => a.domain));
    await cli(['seed', '--deals', '30', '--activities', '60']);
    await cli(['score']);

    const funnel = await api('GET', '/journey/funnel');
    const movements = await api('GET', '/journey/movements?weeks=26');
    const moved = (movements.weeks as Array<{ movements: Array<{ entered: number }> }>).filter((w) => w.movements.some((m) => m.entered > 0));
    assert.ok(moved.length >= 4, `movements in ${moved.length} weeks`);

    const { page, problems, close } = await signIn();
    try {
      const funnelTable = page.getByRole('table', { name: /Accounts per journey stage now/ });
      await funnelTable.waitFor();
      const rows = await funnelTable.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
      assert.deepEqual(
        rows.map((r) => [r[0], Number(r[1]?.replace(/,/g, ''))]),
        funnel.stages.map((s: { stage: string; accounts: number }) => [s.stage, s.accounts]),
      );
      assert.equal(await page.locator('.journey-funnel .recharts-rectangle').count(), funnel.stages.filter((s: { accounts: number }) => s.accounts > 0).length);

      await page.getByText('The weekly movements as a table').click();
      const movementTable = page.getByRole('table', { name: /Accounts that entered and left each stage/ });
      await movementTable.waitFor();
      const cells = await movementTable.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((c) => Number(c.textContent))));
      assert.deepEqual(
        cells,
        movements.weeks.map((w: { movements: Array<{ entered: number; left: number }> }) => w.movements.flatMap((m) => [m.entered, m.left])),
      );
      assert.ok((await page.locator('.journey-movements .recharts-rectangle').count()) > 0, 'bars drawn');
      // One stage at a time.
      await page.getByLabel('Stage', { exact: true }).selectOption('Aware');
      assert.deepEqual(await movementTable.locator('thead th[scope="colgroup"]').allTextContents(), ['Aware']);
      await page.getByLabel('Stage', { exact: true }).selectOption('');
      await page.getByText('The weekly movements as a table').click();
      await assertAccessibleEverywhere(page, 'the journey page');
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(page, 'journey');
      assert.deepEqual(problems.list, []);
    } finally {
      await close();
    }
  });

  /**
   * Pushes each week's signals through the API and scores them with a run whose clock is that week:
   * the real scoring code makes the history, as the schedule would have over those weeks.
   */
  async function scoreWeekByWeek(workspaceId: string, domains: string[]) {
    let clock = Date.now();
    const database = createDatabase({ engine: 'sqlite', path: databasePath });
    const { services, close } = createServices(database, { clock: () => clock });
    try {
      for (const [week, weeksAgo] of RUN_WEEKS_AGO.entries()) {
        clock = Date.now() - weeksAgo * 7 * DAY_MS;
        await api('POST', '/signals', { signals: weekSignals(domains, week, clock) });
        const { run } = await services.scoring.startRun(workspaceId, { trigger: 'cli' });
        const done = await services.scoring.waitForRun(workspaceId, run.runId);
        assert.equal(done.status, 'succeeded', JSON.stringify(done));
      }
    } finally {
      await close();
      await database.close();
    }
  }
});

/** A week's website and G2 activity: a third of the accounts, a different third each week, a few of them heavily. */
function weekSignals(domains: string[], week: number, runAt: number) {
  return domains
    .filter((_, i) => (i + week) % 3 === 0)
    .flatMap((domain, i) =>
      Array.from({ length: i % 7 === 0 ? 12 : 1 + (i % 3) }, (_, j) => ({
        source: j % 4 === 3 ? 'g2' : 'website',
        type: j % 4 === 3 ? 'pricing_view' : j % 2 === 0 ? 'high_intent_page_view' : 'page_view',
        domain,
        occurredAt: new Date(runAt - (j + 1) * 6 * 3_600_000).toISOString(),
        ...(j % 4 === 3 ? {} : { url: `https://${domain}/pricing` }),
      })),
    )
    .slice(0, 1000);
}
