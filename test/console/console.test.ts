/**
 * The web console in a real browser (Debian's chromium through playwright-core) against a real
 * `intentbase serve` on SQLite: it loads at /, with its security headers and a CSP that the app
 * itself does not trip; client-side routes deep-link; the API under /api/v1 is untouched; axe-core
 * finds no serious or critical violation on the sign-in page and the signed-in shell, light and
 * dark, at 1280×800 and at phone width.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { killAllChildren, scratchDir, startServe, type ServeProcess } from '../support/cli.js';
import { describeViolations, launchChromium, seriousAxeViolations, SESSION_PROBE_401, watchProblems } from '../support/browser.js';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

describe('web console (chromium)', () => {
  const dir = scratchDir();
  let serve: ServeProcess;
  let browser: Browser;

  before(async () => {
    serve = await startServe({ env: { DATABASE_URL: `sqlite:${dir.path}/console.db` }, cwd: dir.path });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await serve?.stop();
    killAllChildren();
    dir.remove();
  });

  async function openPage(viewport = DESKTOP, colorScheme: 'light' | 'dark' = 'light') {
    const context = await browser.newContext({ viewport, colorScheme });
    const page = await context.newPage();
    const problems = watchProblems(page, [SESSION_PROBE_401]);
    return { page, problems, close: () => context.close() };
  }

  test('serves the console at / with its security headers and long-cached hashed assets', async () => {
    const response = await fetch(`${serve.url}/`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(response.headers.get('referrer-policy'), 'Referrer-Policy is set');
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    const html = await response.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script in index.html');

    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    assert.ok(assets.some((a) => a.endsWith('.js')) && assets.some((a) => a.endsWith('.css')), `assets: ${assets.join(', ')}`);
    for (const asset of assets) {
      const reply = await fetch(`${serve.url}${asset}`);
      assert.equal(reply.status, 200, asset);
      assert.equal(reply.headers.get('cache-control'), 'public, max-age=31536000, immutable', asset);
      assert.equal(reply.headers.get('x-content-type-options'), 'nosniff', asset);
      assert.match(reply.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, asset);
      await reply.arrayBuffer();
    }
    const missing = await fetch(`${serve.url}/assets/no-such-file.js`);
    assert.equal(missing.status, 404, 'a missing asset is a 404, not the page');
    await missing.arrayBuffer();
  });

  test('deep links answer the page; the API, /docs and /healthz keep their own answers', async () => {
    const index = await (await fetch(`${serve.url}/`)).text();
    for (const path of ['/accounts', '/settings/workspace/tech-settings/api-access-key', '/no/such/page']) {
      const response = await fetch(`${serve.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
      assert.equal(await response.text(), index, path);
    }
    const api = await fetch(`${serve.url}/api/v1/accounts`);
    assert.equal(api.status, 401);
    assert.equal(api.headers.get('content-security-policy'), null, 'API responses are unchanged');
    assert.equal(((await api.json()) as { customMessage: string }).customMessage, 'X-Api-Key header is required');
    const unknownApi = await fetch(`${serve.url}/api/nowhere`);
    assert.equal(unknownApi.status, 404);
    assert.equal(((await unknownApi.json()) as { customMessage: string }).customMessage, 'Cannot GET /api/nowhere');
    const health = await fetch(`${serve.url}/healthz`);
    assert.deepEqual(await health.json(), { status: 'ok' });
    const post = await fetch(`${serve.url}/accounts`, { method: 'POST' });
    assert.equal(post.status, 404, 'only GET and HEAD answer the page');
    await post.arrayBuffer();
  });

  test('signed out, a deep link lands on the sign-in page; the app runs under its CSP without errors', async () => {
    const { page, problems, close } = await openPage();
    try {
      const response = await page.goto(`${serve.url}/settings/workspace/tech-settings/api-access-key`);
      assert.equal(response?.status(), 200);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/sign-in');
      assert.equal(await page.title(), 'Sign in · Intentbase');
      await page.getByLabel('Email').waitFor();
      await page.getByLabel('Password').waitFor();
      assert.deepEqual(problems.list, []);
    } finally {
      await close();
    }
  });

  for (const [label, viewport, scheme] of [
    ['1280×800, light', DESKTOP, 'light'],
    ['1280×800, dark', DESKTOP, 'dark'],
    ['phone width, dark', PHONE, 'dark'],
  ] as const) {
    test(`axe: no serious or critical violation on the sign-in page (${label})`, async () => {
      const { page, problems, close } = await openPage(viewport, scheme);
      try {
        await page.goto(`${serve.url}/sign-in`);
        await page.getByRole('heading', { name: 'Sign in' }).waitFor();
        const violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], describeViolations(violations));
        assert.deepEqual(problems.list, []);
        await assertFitsWidth(page, viewport.width);
      } finally {
        await close();
      }
    });
  }

  for (const [label, viewport, scheme] of [
    ['1280×800, light', DESKTOP, 'light'],
    ['phone width, dark', PHONE, 'dark'],
  ] as const) {
    test(`axe: no serious or critical violation in the shell (${label}); the navigation works by keyboard`, async () => {
      const { page, problems, close } = await openPage(viewport, scheme);
      try {
        // The shell around a page that needs no data (the not-found page); only the session probe is answered here.
        await page.route('**/api/v1/console/session', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ statusCode: 200, data: SHELL_SESSION }) }),
        );
        // The API Access Key page's own reads (an admin's view), answered like the session probe.
        for (const [path, data] of Object.entries(SHELL_KEY_PAGE)) {
          // By path: the page asks for its keys with a query (`?readOnly=…`).
          await page.route((url) => url.pathname === `/api/v1/console/${path}`, (route) =>
            route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ statusCode: 200, data }) }),
          );
        }
        await page.goto(`${serve.url}/no-such-page`);
        await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
        const nav = page.getByRole('navigation', { name: 'Main' });
        for (const name of ['Accounts', 'Journey', 'Segments', 'Scoring', 'API Access Key']) await nav.getByRole('link', { name }).waitFor();
        assert.equal(await nav.locator('[aria-current="page"]').count(), 0, 'no page of the navigation is the current one');
        let violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], describeViolations(violations));
        await assertFitsWidth(page, viewport.width);

        // Keyboard: the first Tab reaches the skip link; Tab on to the API Access Key link and Enter follows it.
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
        for (let i = 0; i < 20; i++) {
          await page.keyboard.press('Tab');
          if ((await page.evaluate(() => document.activeElement?.textContent)) === 'API Access Key') break;
        }
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: 'API Access Key', level: 1 }).waitFor();
        assert.equal(new URL(page.url()).pathname, '/settings/workspace/tech-settings/api-access-key');
        await page.getByText('Settings → Workspace → Tech Settings →').waitFor();
        violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], describeViolations(violations));
        assert.deepEqual(problems.list, []);
      } finally {
        await close();
      }
    });
  }
});

const SHELL_SESSION = {
  user: { userId: '0123456789abcdef01234567', email: 'admin@intentbase.local', role: 'admin', workspaceId: '0123456789abcdef01234568' },
  csrfToken: 'test-token',
};

const SHELL_KEY_PAGE = {
  'api-key': { active: false, keyPrefix: null, createdAt: null },
  workspace: { workspaceId: SHELL_SESSION.user.workspaceId, name: 'Default workspace', apiAccess: true },
  users: { users: [{ userId: SHELL_SESSION.user.userId, email: SHELL_SESSION.user.email, role: 'admin', createdAt: '2026-12-05T10:00:00.000Z', hasPassword: true }] },
};

/** Nothing wider than the viewport (the table scrolls inside its own region). */
async function assertFitsWidth(page: Page, width: number): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `the page is ${scrollWidth}px wide at a ${width}px viewport`);
}
