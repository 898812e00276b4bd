import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { normalizeDomain } from './domain.js';

describe('normalizeDomain (SPEC §2.6)', () => {
  const cases: Array<[string, string | null]> = [
    ['https://www.Acme.com/foo?x=1', 'acme.com'],
    ['  ACME.com  ', 'acme.com'],
    ['http://acme.com', 'acme.com'],
    ['ftp://files.acme.com/pub', 'files.acme.com'],
    ['www.acme.com', 'acme.com'],
    ['acme.com.', 'acme.com'],
    ['https://user:pass@www.acme.com:8443/path#frag', 'acme.com'],
    ['acme.com:8080', 'acme.com'],
    ['acme.com?x=1', 'acme.com'],
    ['acme.com#top', 'acme.com'],
    ['eu.acme.com', 'eu.acme.com'],
    ['www.eu.acme.com', 'eu.acme.com'],
    ['www.www.acme.com', 'acme.com'],
    ['www.acme.com.', 'acme.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['https://www.Bücher.DE/', 'xn--bcher-kva.de'],
    ['münchen.example.com', 'xn--mnchen-3ya.example.com'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['a-b.co.uk', 'a-b.co.uk'],
    ['acme', null],
    ['', null],
    ['   ', null],
    ['www.', null],
    ['https://', null],
    ['not a domain', null],
    ['-acme.com', null],
    ['acme-.com', null],
    ['acme..com', null],
    ['acme_corp.com', null],
    ['192.168.0.1', null],
    [`${'a'.repeat(64)}.com`, null],
    ['acme.com/..', 'acme.com'],
  ];
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.equal(normalizeDomain(input), expected));
  }

  test('is idempotent, and its output is always a lowercase ASCII hostname with a dot', () => {
    const hostish = fc.oneof(
      fc.domain(),
      fc.domain().map((d) => `www.www.${d}.`),
      fc.webUrl(),
      fc.string(),
      fc.tuple(fc.constantFrom('', 'http://', 'https://www.', 'WWW.'), fc.domain(), fc.constantFrom('', '/', '/x?y=1', ':80', '.')).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(hostish, (input) => {
        const once = normalizeDomain(input);
        if (once === null) return true;
        assert.equal(normalizeDomain(once), once);
        assert.match(once, /^[a-z0-9.-]+$/);
        assert.ok(once.includes('.'));
        return true;
      }),
      { numRuns: 5000 },
    );
  });
});
