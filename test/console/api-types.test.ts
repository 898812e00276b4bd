/**
 * The console's typed client (console/src/api/schema.d.ts) is generated from the OpenAPI document
 * and checked in; this fails when a route or schema changed without regenerating it
 * (`npm run console:api`), so the console never compiles against an API that is not there.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CONSOLE_API_TYPES, consoleApiTypes } from '../../scripts/console-api-types.js';

test('console/src/api/schema.d.ts matches the OpenAPI document of these routes', async () => {
  const expected = await consoleApiTypes();
  const actual = readFileSync(CONSOLE_API_TYPES, 'utf8');
  assert.ok(actual === expected, 'console/src/api/schema.d.ts is stale: run `npm run console:api` and commit it');
});
