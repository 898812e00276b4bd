/**
 * docs/api.md, the API reference, against the app as built from these sources:
 * - every catalogued route (both generations) is named in it as `METHOD /path`, and every route it
 *   names exists — a route added, renamed or removed without the reference fails here;
 * - the routes outside the catalogue (health, the OpenAPI document, /docs) are named too;
 * - the OpenAPI document, the README and docs/*.md never point at SPEC, a document the repository
 *   does not ship, and every `docs/api.md#anchor` they use, and every section link of docs/api.md
 *   into docs/, is a heading that exists;
 * - /docs carries the product's name and mark, not the framework's.
 * The route catalogue does not depend on the engine, so this builds the app once, over SQLite.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { DOCS_PREFIX, OPENAPI_DOCUMENT_URL } from '../src/http/openapi.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOCS_DIR = join(ROOT, 'docs');
const API_MD = 'api.md';
const read = (path: string) => readFileSync(path, 'utf8');
const apiReference = read(join(DOCS_DIR, API_MD));

/** The routes the reference must name that the catalogue (which holds the /api/v1 API routes) does not. */
const UNCATALOGUED = [`GET /healthz`, `GET ${OPENAPI_DOCUMENT_URL}`, `GET ${DOCS_PREFIX}`];

const METHODS = 'GET|POST|PUT|PATCH|DELETE';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the text names `METHOD /path` exactly: `GET /api/v1/accounts` is not named by `GET /api/v1/accounts/:rtp_aid`. */
function names(text: string, route: string): boolean {
  return new RegExp(`(^|[^A-Za-z])${escape(route)}(?![A-Za-z0-9_/:{-])`).test(text);
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, '');
  for (const [, heading] of withoutCode.matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const slug = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

const markdownFiles = () => [
  ['README.md', read(join(ROOT, 'README.md'))],
  ...readdirSync(DOCS_DIR)
    .filter((name) => name.endsWith('.md'))
    .map((name) => [`docs/${name}`, read(join(DOCS_DIR, name))]),
];

let app: FastifyInstance;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'intentbase-api-docs-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${join(dir, 'api-docs.db')}` });
  app = await buildApp(config, { logger: false });
  await app.ready();
});

after(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

test('docs/api.md names every catalogued route of both generations, and the routes outside the catalogue', () => {
  const routes = app.routeCatalog.map((route) => `${route.method} ${route.url}`);
  assert.ok(routes.some((r) => r.startsWith('GET /api/v1/crm/')), 'the catalogue holds the CRM generation');
  const missing = [...routes, ...UNCATALOGUED].filter((route) => !names(apiReference, route));
  assert.deepEqual(missing, [], `docs/api.md does not name these routes (write them as \`METHOD /path\`):\n  ${missing.join('\n  ')}`);
});

test('every route docs/api.md names exists', () => {
  const known = new Set([...app.routeCatalog.map((route) => `${route.method} ${route.url}`), ...UNCATALOGUED]);
  const named = [...apiReference.matchAll(new RegExp(`(?<!Cannot )\\b(?:${METHODS}) /[A-Za-z0-9_/:.{}-]*`, 'g'))].map((m) => m[0].replace(/[.]$/, ''));
  // `Cannot GET /api/v1/nothing` is the 404's message, not a route.
  const unknown = [...new Set(named)].filter((route) => !known.has(route));
  assert.deepEqual(unknown, [], `docs/api.md names routes the app does not have:\n  ${unknown.join('\n  ')}`);
});

test('the OpenAPI document points at docs the repository ships, never at SPEC', async () => {
  const reply = await app.inject({ method: 'GET', url: OPENAPI_DOCUMENT_URL });
  assert.equal(reply.statusCode, 200);
  const text = reply.body;
  const spec = [...text.matchAll(/.{0,60}\bSPEC\b.{0,60}/g)].map((m) => m[0]);
  assert.deepEqual(spec, [], 'the OpenAPI document refers to SPEC, which the repository does not ship');
  assert.ok(!text.includes('iso8601'), 'the document uses the standard format date-time, not the server’s own format names');
  assert.match(text, /"format":"date-time"/);
  assert.match(JSON.parse(text).info.description as string, /401\s+`API access is not enabled for this workspace`/);
});

test('every docs/api.md#anchor used by the OpenAPI document, the README and docs/ is a heading of docs/api.md', async () => {
  const anchors = anchorsOf(apiReference);
  const sources: Array<[string, string]> = [['the OpenAPI document', (await app.inject({ method: 'GET', url: OPENAPI_DOCUMENT_URL })).body]];
  sources.push(...(markdownFiles() as Array<[string, string]>));
  const broken: string[] = [];
  for (const [source, text] of sources) {
    for (const [, anchor] of text.matchAll(/(?:docs\/)?api\.md#([\p{L}\p{N}_-]+)/gu)) {
      if (!anchors.has(anchor)) broken.push(`${source}: api.md#${anchor}`);
    }
    // Links inside docs/api.md itself.
    if (source === `docs/${API_MD}`) {
      for (const [, anchor] of text.matchAll(/\]\(#([^)]+)\)/g)) if (!anchors.has(anchor)) broken.push(`${source}: #${anchor}`);
    }
  }
  assert.deepEqual(broken, [], `links to sections docs/api.md does not have:\n  ${broken.join('\n  ')}`);
});

test('docs/api.md links only to sections that exist in the other docs', () => {
  const broken: string[] = [];
  for (const [, file, anchor] of apiReference.matchAll(/\]\(([a-z-]+\.md)(?:#([^)]+))?\)/g)) {
    let target: string;
    try {
      target = read(join(DOCS_DIR, file));
    } catch {
      broken.push(`${file} does not exist`);
      continue;
    }
    if (anchor !== undefined && !anchorsOf(target).has(anchor)) broken.push(`${file}#${anchor}`);
  }
  assert.deepEqual(broken, [], `docs/api.md links to sections that do not exist:\n  ${broken.join('\n  ')}`);
});

test('the README and docs/ refer to docs/api.md, never to SPEC (a document the repository does not ship)', () => {
  const found: string[] = [];
  for (const [name, text] of markdownFiles()) {
    for (const m of text.matchAll(/.{0,40}(?:\bSPEC\b|SPEC\.md).{0,40}/g)) found.push(`${name}: …${m[0]}…`);
  }
  assert.deepEqual(found, [], `references to SPEC:\n  ${found.join('\n  ')}`);
  assert.match(read(join(ROOT, 'README.md')), /\]\(docs\/api\.md\)/, 'the README links docs/api.md');
});

test('/docs carries the product’s name and mark, not the framework’s', async () => {
  const page = await app.inject({ method: 'GET', url: `${DOCS_PREFIX}/` });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<title>Intentbase API<\/title>/);
  const icon = /<link rel="icon" type="image\/svg\+xml" href="\.\/([^"]+)"/.exec(page.body);
  assert.ok(icon, 'the page names an SVG icon');
  assert.doesNotMatch(page.body, /favicon-(?:16|32)x\d+\.png/, 'no Swagger favicon');
  const favicon = await app.inject({ method: 'GET', url: `${DOCS_PREFIX}/${icon[1]}` });
  assert.equal(favicon.statusCode, 200, `${DOCS_PREFIX}/${icon[1]}`);
  assert.match(favicon.body, /^<svg /);
  const initializer = await app.inject({ method: 'GET', url: `${DOCS_PREFIX}/static/swagger-initializer.js` });
  const logo = /img\.src = 'data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)'/.exec(initializer.body);
  assert.ok(logo, 'the top bar’s logo is replaced by an SVG of our own');
  assert.match(Buffer.from(logo[1], 'base64').toString('utf8'), />Intentbase API<\/text>/);
});
