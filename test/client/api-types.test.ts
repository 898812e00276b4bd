/**
 * @intentbase/client's types (packages/client/src/openapi.ts) are generated from the OpenAPI document
 * and checked in; this fails when a route or schema changed without regenerating them
 * (`npm run client:api`), so the published client never describes an API that is not there.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CLIENT_API_TYPES, clientApiTypes } from '../../scripts/client-api-types.js';

test('packages/client/src/openapi.ts matches the OpenAPI document of these routes', async () => {
  const expected = await clientApiTypes();
  const actual = readFileSync(CLIENT_API_TYPES, 'utf8');
  assert.ok(actual === expected, 'packages/client/src/openapi.ts is stale: run `npm run client:api` and commit it');
});
