/**
 * @intentbase/client's types are generated from the app's own OpenAPI document, as the console's
 * are (scripts/console-api-types.ts builds the app and asks it for the document). `npm run client:api`
 * writes packages/client/src/openapi.ts; test/client/api-types.test.ts fails when the checked-in file
 * no longer matches the routes. A .ts file, not a .d.ts: tsc copies no .d.ts into dist/, it emits one.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from './console-api-types.js';

export const CLIENT_API_TYPES = fileURLToPath(new URL('../packages/client/src/openapi.ts', import.meta.url));

const HEADER = `// Generated from GET /api/v1/openapi.json by scripts/client-api-types.ts (npm run client:api).
// Do not edit: test/client/api-types.test.ts fails when this file no longer matches the routes.
`;

/** The text of packages/client/src/openapi.ts for the current routes. */
export async function clientApiTypes(): Promise<string> {
  const document = await openApiDocument();
  return HEADER + astToString(await openapiTS(structuredClone(document) as never, { silent: true }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(CLIENT_API_TYPES, await clientApiTypes());
  console.log(`wrote ${CLIENT_API_TYPES}`);
}
