/**
 * @intentbase/client's types — which the web console uses too — are generated from the app's own
 * OpenAPI document without starting a server: this builds the app over a scratch SQLite database (no
 * port), asks it for the document and turns it into TypeScript with openapi-typescript.
 * `npm run client:api` writes packages/client/src/openapi.ts; test/client/api-types.test.ts fails when
 * the checked-in file no longer matches the routes. A .ts file, not a .d.ts: tsc copies no .d.ts into
 * dist/, it emits one.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

export const CLIENT_API_TYPES = fileURLToPath(new URL('../packages/client/src/openapi.ts', import.meta.url));

const HEADER = `// Generated from GET /api/v1/openapi.json by scripts/client-api-types.ts (npm run client:api).
// Do not edit: test/client/api-types.test.ts fails when this file no longer matches the routes.
`;

/** The document of the app as built from these sources. */
export async function openApiDocument(): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'intentbase-openapi-'));
  try {
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${join(dir, 'openapi.db')}` });
    const app = await buildApp(config, { logger: false });
    try {
      await app.ready();
      return app.swagger();
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of packages/client/src/openapi.ts for the current routes. */
export async function clientApiTypes(): Promise<string> {
  const document = await openApiDocument();
  return HEADER + astToString(await openapiTS(structuredClone(document) as never, { silent: true }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(CLIENT_API_TYPES, await clientApiTypes());
  console.log(`wrote ${CLIENT_API_TYPES}`);
}
