import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AccountState } from './account-batch.js';
import { changedAccountKeys } from './accounts.service.js';

const account = (domain: string, externalId: string | null): AccountState => ({
  id: `id-${domain}`,
  domain,
  name: domain,
  externalId,
  shortName: null,
  linkedinUrl: null,
  tags: [],
  customFields: {},
});

test('account keys changed by a write: new and moved domains, and old and new external ids of re-keyed accounts', () => {
  const keys = changedAccountKeys([
    { before: account('same.com', 'x'), state: { ...account('same.com', 'x'), name: 'renamed' } },
    { before: account('rekeyed.com', 'old'), state: account('rekeyed.com', 'new') },
    { before: account('keyed.com', null), state: account('keyed.com', 'first') },
    { before: undefined, state: account('created.com', null) },
    { before: undefined, state: account('created2.com', 'c2') },
    { before: account('from.com', 'm'), state: account('to.com', 'm') },
  ]);
  assert.deepEqual(keys, {
    domains: ['created.com', 'created2.com', 'from.com', 'to.com'],
    externalIds: ['old', 'new', 'first', 'c2'],
  });
});
