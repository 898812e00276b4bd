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
    // UTS-46 (issue 10, class 7): what a browser reads as acme.com is acme.com.
    ['ａｃｍｅ.com', 'acme.com'],
    ['ａｃｍｅ．ｃｏｍ', 'acme.com'],
    ['ＡＣＭＥ.COM', 'acme.com'],
    ['ac\u00adme.com', 'acme.com'],
    ['ac\u200bme.com', 'acme.com'],
    ['ac\ufeffme.com', 'acme.com'],
    ['ｗｗｗ.acme.com', 'acme.com'],
    ['ｗｗｗ．ａｃｍｅ．ｃｏｍ', 'acme.com'],
    ['https://ｗｗｗ.acme.com/pricing', 'acme.com'],
    ['w\u00adww.acme.com', 'acme.com'],
    ['acme。com', 'acme.com'],
    ['acme.com。', 'acme.com'],
    ['Ⓐcme.com', 'acme.com'],
    ['HTTPS://WWW.ACME.COM/', 'acme.com'],
    ['%61cme.com', 'acme.com'],
    ['bu\u0308cher.de', 'xn--bcher-kva.de'],
    ['ß.de', 'xn--zca.de'],
    ['Σ.gr', 'xn--4xa.gr'],
    ['xn--a.com', null],
    ['xn--.com', null],
    ['XN--A.COM', null],
    ['www.xn--a.com', null],
    ['xn--acme-rga.com', null],
    ['xn--mi7ceg5a.com', null],
    ['a\u200db.com', null],
    ['\u0301a.com', null],
    ['a\tb.com', null],
    ['１.２.３.４', null],
    ['0x7f.1', null],
    ['acme.com：80', null],
    ['ａｃｍｅ.com／foo', null],
    ['a\u0000b.com', null],
  ];
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.equal(normalizeDomain(input), expected));
  }

  /** ASCII printable characters as their fullwidth forms (`a` → `ａ`, `.` → `．`). */
  const fullwidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));
  /** A domain spelt so that a browser reads it as the same host. */
  const lookAlike = fc
    .tuple(
      fc.domain(),
      fc.constantFrom('fullwidth', 'soft hyphen', 'zero-width space', 'byte order mark', 'ideographic dots', 'fullwidth www', 'uppercase'),
      fc.nat(),
    )
    .map(([domain, how, at]) => {
      const inside = (mark: string) => {
        // Inside a label, never next to a dot: ignored code points vanish wherever they are.
        const positions = domain.split('').flatMap((c, i) => (i > 0 && c !== '.' && domain[i - 1] !== '.' ? [i] : []));
        const i = positions.length === 0 ? 1 : positions[at % positions.length];
        return domain.slice(0, i) + mark + domain.slice(i);
      };
      const variants: Record<string, () => string> = {
        fullwidth: () => fullwidth(domain),
        'soft hyphen': () => inside('\u00ad'),
        'zero-width space': () => inside('\u200b'),
        'byte order mark': () => inside('\ufeff'),
        'ideographic dots': () => domain.replace(/\./g, '。'),
        'fullwidth www': () => `${fullwidth('www.')}${domain}`,
        uppercase: () => domain.toUpperCase(),
      };
      return { domain, variant: variants[how]() };
    });

  test('every look-alike spelling of a domain normalises to the same key', () => {
    fc.assert(
      fc.property(lookAlike, ({ domain, variant }) => {
        assert.equal(normalizeDomain(variant), normalizeDomain(domain), JSON.stringify(variant));
      }),
      { numRuns: 5000 },
    );
  });

  test('is idempotent, and its output is always a lowercase ASCII hostname with a dot', () => {
    const hostish = fc.oneof(
      fc.domain(),
      fc.domain().map((d) => `www.www.${d}.`),
      fc.webUrl(),
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      lookAlike.map(({ variant }) => variant),
      fc.webUrl().map(fullwidth),
      fc.tuple(fc.constantFrom('', 'http://', 'https://www.', 'WWW.', 'ｗｗｗ.', 'xn--'), fc.domain(), fc.constantFrom('', '/', '/x?y=1', ':80', '.', '。')).map((p) => p.join('')),
      fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), fc.constantFrom('.com', '.de', '．ｃｏｍ')).map((p) => p.join('')),
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
