import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changedAccountKeys } from './accounts.service.js';

test('account keys changed by a write: new domains, and old and new external ids of re-keyed accounts', () => {
  const stored = new Map([
    ['same.com', { externalId: 'x' }],
    ['rekeyed.com', { externalId: 'old' }],
    ['keyed.com', { externalId: null }],
  ]);
  const keys = changedAccountKeys(stored, [
    { domain: 'same.com', externalId: 'x' },
    { domain: 'rekeyed.com', externalId: 'new' },
    { domain: 'keyed.com', externalId: 'first' },
    { domain: 'created.com', externalId: null },
    { domain: 'created2.com', externalId: 'c2' },
  ]);
  assert.deepEqual(keys, { domains: ['created.com', 'created2.com'], externalIds: ['old', 'new', 'first', 'c2'] });
});
