/**
 * Screenshots of the console's pages for docs/console.md, taken by the browser tests from the data
 * they seeded — only when CONSOLE_SCREENSHOTS=1, so a normal test run rewrites no file.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const DOCS_CONSOLE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'console');

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.CONSOLE_SCREENSHOTS !== '1') return;
  mkdirSync(DOCS_CONSOLE, { recursive: true });
  const path = join(DOCS_CONSOLE, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
}
