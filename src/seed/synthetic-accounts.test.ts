import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAjv } from '../http/validation.js';
import { normalizeDomain } from '../lib/domain.js';
import { hash32, SeededPermutation } from './seeded-random.js';
import { CreateAccountsBody } from '../modules/accounts/accounts.schema.js';
import { inBatches, SYNTHETIC_BASE_PAIRS, SYNTHETIC_TAGS, syntheticAccount, syntheticAccounts } from './synthetic-accounts.js';

describe('synthetic accounts', () => {
  test('the same seed gives the same accounts; another seed gives others', () => {
    const a = [...syntheticAccounts(200, { seed: 7 })];
    assert.deepEqual([...syntheticAccounts(200, { seed: 7 })], a);
    const b = [...syntheticAccounts(200, { seed: 8 })];
    assert.ok(a.filter((item, i) => item.domain === b[i].domain).length < 5);
    // Any account can be generated on its own.
    assert.deepEqual(syntheticAccount(150, { seed: 7 }), a[150]);
    assert.deepEqual([...syntheticAccounts(3, { seed: 7, start: 10 })], a.slice(10, 13));
  });

  test('domains are valid, already normalised once the scheme is stripped, and unique across rounds', () => {
    const seen = new Set<string>();
    // Both sides of the first round boundary, where names gain a qualifier word.
    const ranges = [
      [0, 30_000],
      [SYNTHETIC_BASE_PAIRS - 10_000, SYNTHETIC_BASE_PAIRS + 10_000],
      [SYNTHETIC_BASE_PAIRS * 11 - 100, SYNTHETIC_BASE_PAIRS * 11 + 100],
    ];
    for (const [from, to] of ranges) {
      for (const item of syntheticAccounts(to - from, { seed: 3, start: from })) {
        const domain = normalizeDomain(item.domain);
        assert.ok(domain, item.domain);
        assert.equal(normalizeDomain(domain), domain);
        assert.ok(!seen.has(domain), `duplicate ${domain}`);
        seen.add(domain);
      }
    }
    assert.match(syntheticAccount(SYNTHETIC_BASE_PAIRS, { seed: 3 }).name, / Group\b/);
    assert.match(normalizeDomain(syntheticAccount(SYNTHETIC_BASE_PAIRS * 11, { seed: 3 }).domain)!, /-2\.[a-z.]+$/);
  });

  test('accounts pass the POST /accounts schema and look like B2B accounts', () => {
    const validate = createAjv('body').compile(CreateAccountsBody);
    const items = [...syntheticAccounts(2_000, { seed: 1 })];
    for (const batch of inBatches(items, 100)) assert.ok(validate({ accounts: batch, upsert: true }), JSON.stringify(validate.errors));
    const share = (has: (item: (typeof items)[number]) => boolean) => items.filter(has).length / items.length;
    assert.ok(share((i) => i.externalId !== undefined) > 0.5 && share((i) => i.externalId !== undefined) < 0.8);
    assert.ok(share((i) => i.shortName !== undefined) > 0.35);
    assert.ok(share((i) => i.linkedinUrl?.startsWith('https://www.linkedin.com/company/') === true) > 0.45);
    assert.ok(share((i) => normalizeDomain(i.domain)!.endsWith('.com')) > 0.45);
    for (const item of items) {
      for (const tag of item.tags ?? []) assert.ok((SYNTHETIC_TAGS as readonly string[]).includes(tag));
      assert.equal(new Set(item.tags ?? []).size, (item.tags ?? []).length);
      assert.match(item.name, /^[A-Z][a-z]+ [A-Z]/);
    }
  });

  test('a later revision keeps each domain and brand but changes other fields', () => {
    const before = [...syntheticAccounts(300, { seed: 5 })];
    const after = [...syntheticAccounts(300, { seed: 5, revision: 1 })];
    assert.deepEqual(after.map((a) => normalizeDomain(a.domain)), before.map((a) => normalizeDomain(a.domain)));
    const changed = after.filter((a, i) => JSON.stringify({ ...a, domain: '' }) !== JSON.stringify({ ...before[i], domain: '' }));
    assert.ok(changed.length > 250);
  });

  test('inBatches groups a stream without losing or reordering items', () => {
    assert.deepEqual([...inBatches([1, 2, 3, 4, 5], 2)], [[1, 2], [3, 4], [5]]);
    assert.deepEqual([...inBatches([], 100)], []);
  });
});

describe('seeded random', () => {
  test('a seeded permutation is a bijection for sizes that are and are not powers of four', () => {
    for (const size of [1, 2, 5, 16, 1000, 4097]) {
      const permutation = new SeededPermutation(size, 99);
      const images = new Set(Array.from({ length: size }, (_, i) => permutation.apply(i)));
      assert.equal(images.size, size);
      assert.ok([...images].every((v) => Number.isInteger(v) && v >= 0 && v < size));
    }
    assert.throws(() => new SeededPermutation(10, 1).apply(10), RangeError);
  });

  test('hash32 is deterministic and sensitive to every argument, including indices beyond 2^32', () => {
    assert.equal(hash32(1, 2, 3), hash32(1, 2, 3));
    assert.notEqual(hash32(1, 2, 3), hash32(1, 3, 2));
    assert.notEqual(hash32(5), hash32(5 + 2 ** 32));
  });
});
