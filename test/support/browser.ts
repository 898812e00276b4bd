/**
 * A real browser for the console's tests: Debian's chromium (/usr/bin/chromium, which .ci/run installs
 * with apt-get) driven by playwright-core, which never downloads a browser of its own. axe-core is
 * evaluated into the page through the DevTools protocol, so the page's own Content-Security-Policy
 * stays in force while it runs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  // As root (CI runs as root) Chromium refuses to start its sandbox.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** What went wrong in a page: uncaught errors, console errors, CSP violations. */
export interface PageProblems {
  readonly list: string[];
}

/**
 * Collects the page's problems. The console's own probe of the session while signed out answers
 * 401, which Chromium reports as a failed resource: that one is expected and left out (`allow`).
 */
export function watchProblems(page: Page, allow: RegExp[] = []): PageProblems {
  const list: string[] = [];
  const allowed = (text: string) => allow.some((pattern) => pattern.test(text));
  page.on('pageerror', (error) => list.push(`pageerror: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error' && !/Content.Security.Policy|Refused to/i.test(message.text())) return;
    const where = message.location().url;
    const text = `${message.type()}: ${message.text()} (${where})`;
    if (!allowed(text)) list.push(text);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A navigation cancels what the page still had in flight (its icon, a query): not a failure.
    if (reason !== 'net::ERR_ABORTED') list.push(`requestfailed: ${request.url()} ${reason}`);
  });
  return { list };
}

/** A failed resource that is the session probe's 401 (signed out) — expected. */
export const SESSION_PROBE_401 = /status of 401.*\/api\/v1\/console\/session/;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.x A and AA, best practices). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    // A run that checked nothing would pass vacuously.
    if (result.passes.length === 0) throw new Error('axe-core checked no rule on this page');
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact ?? '?'} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n  ')}`).join('\n');
}

/**
 * The console's accessibility bar for a page: no serious or critical axe violation in light and dark,
 * none at phone width (390 px) either, and nothing wider than the phone there.
 */
export async function assertAccessibleEverywhere(page: Page, what: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await seriousAxeViolations(page);
    assert.deepEqual(violations, [], `${what}, ${scheme}:\n${describeViolations(violations)}`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  const violations = await seriousAxeViolations(page);
  assert.deepEqual(violations, [], `${what}, phone:\n${describeViolations(violations)}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `${what} is ${width}px wide at phone width: ${await widest(page)}`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The elements that reach past the viewport's right edge, outermost first (what makes a page scroll sideways). */
function widest(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.table-wrap'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)})`)
      .join(', '),
  );
}
