/**
 * fast-check arbitraries of malformed requests for any catalogued route (used by test/fuzz.test.ts).
 * Everything is derived from the route itself — its method, URL pattern and JSON schemas — so a new
 * route is fuzzed the moment it is registered, without anyone writing a generator for it.
 */
import fc from 'fast-check';
import type { CatalogedRoute } from '../../src/http/route-catalog.js';
import { IMPOSSIBLE_DATE_TIMES, renderInstant, renderingArbitrary } from './iso-forms.js';
import { fillPath, pathParams, takesBody } from './route-contract.js';

export interface FuzzRequest {
  /** Which malformation this is, for the failure report. */
  family: string;
  method: CatalogedRoute['method'];
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

type Schema = Record<string, any> | boolean | undefined;

const HEX = '0123456789abcdef'.split('');

/** Percent-encodes every byte outside the unreserved set; lone surrogates become U+FFFD first. */
export function pct(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const hexId = fc.string({ unit: fc.constantFrom(...HEX), minLength: 24, maxLength: 24 });

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\u202e\u200b',
  'NaN',
  'null',
  'undefined',
  'true',
  '-1',
  '1e309',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  "'; drop table accounts; --",
  '"\\',
  '%s%n%x',
  '<script>alert(1)</script>',
  '2026-02-30T00:00:00Z',
  '0000-00-00T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  'https://www.Acme.com/foo?x=1',
  'xn--',
  '.',
  '..',
  'a'.repeat(1000),
];

/**
 * Characters of every Unicode general category (test/fuzz.test.ts checks each against `\p{…}`):
 * fullwidth and look-alike letters, combining marks, non-ASCII digits, every kind of space and
 * line separator, controls, format characters (soft hyphen, zero-width, bidi overrides, BOM), lone
 * surrogates, private use, noncharacters and unassigned code points. Every generated string may
 * carry some of them.
 */
export const UNICODE_BY_CATEGORY: Readonly<Record<string, readonly string[]>> = {
  Lu: ['A', '\uff21', '\u03a9'],
  Ll: ['a', '\u00df', '\uff41'],
  Lt: ['\u01c5'],
  Lm: ['\u02b0', '\u30fc'],
  Lo: ['\u4e2d', '\u05d0'],
  Mn: ['\u0301', '\u034f'],
  Mc: ['\u0903'],
  Me: ['\u20dd'],
  Nd: ['7', '\u0663', '\uff17'],
  Nl: ['\u216b'],
  No: ['\u00bd', '\u00b2'],
  Pc: ['_', '\uff3f'],
  Pd: ['-', '\u2014'],
  Ps: ['(', '\u300c'],
  Pe: [')', '\u300d'],
  Pi: ['\u00ab'],
  Pf: ['\u00bb'],
  Po: ['.', '@', '/', '\\', '\u3002', '\uff0e'],
  Sm: ['+', '<', '\u2211'],
  Sc: ['$', '\u20ac'],
  Sk: ['^', '`'],
  So: ['\u00a9', '\u{1f600}'],
  Zs: [' ', '\u00a0', '\u3000'],
  Zl: ['\u2028'],
  Zp: ['\u2029'],
  Cc: ['\u0000', '\t', '\n', '\u001b', '\u007f', '\u0085'],
  Cf: ['\u00ad', '\u200b', '\u200d', '\u202e', '\ufeff', '\u{e0001}'],
  Cs: ['\ud800', '\udfff'],
  Co: ['\ue000', '\u{f0000}'],
  Cn: ['\uffff', '\u{10ffff}', '\u0378'],
};

const UNICODE_CHARACTERS = Object.values(UNICODE_BY_CATEGORY).flat();

/** A string mixing plain text with characters of any Unicode category. */
const unicodeString = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...UNICODE_CHARACTERS), fc.string({ minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: Math.max(1, maxLength) })
    .map((parts) => parts.join(''));

/** `text` with one character of any category put somewhere inside it (look-alike domains, hidden characters). */
const withHiddenCharacter = (text: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(text, fc.constantFrom(...UNICODE_CHARACTERS), fc.nat()).map(([t, ch, at]) => {
    const i = at % (t.length + 1);
    return `${t.slice(0, i)}${ch}${t.slice(i)}`;
  });

/** A string of `length` code points cycling through `unit`'s (so a limit in characters is met exactly). */
const repeatTo = (unit: string, length: number) => {
  // Code points, not graphemes, on purpose: the limits count code points (src/http/limits.ts fitsLength).
  const points = Array.from(unit);
  return Array.from({ length }, (_, i) => points[i % points.length]).join('');
};

/** A string exactly at its schema's maxLength, one over, or far over, in characters of one or two UTF-16 units. */
const stringsAroundLimit = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(maxLength, maxLength + 1, maxLength * 4 + 1), fc.constantFrom('x', '\u00e9', '\u{1f600}', 'e\u0301'))
    .map(([length, unit]) => repeatTo(unit, length));

/** An instant in any form ISO 8601 allows (offsets, ordinal and week dates, basic format…), or an impossible one. */
const isoDateTime: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.tuple(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }), renderingArbitrary).map(([d, r]) => renderInstant(d.getTime(), r)), weight: 4 },
  { arbitrary: fc.constantFrom(...IMPOSSIBLE_DATE_TIMES), weight: 1 },
);

/** Number tokens JSON.stringify cannot write: beyond double range, below it, longer than a double holds. */
const HOSTILE_NUMBER_TOKENS = ['1e400', '-1e400', '1e-400', '-0', '-0.0e0', '123456789012345678901234567890', '9007199254740993', '1.7976931348623157e308', '0.1e-99999', '1E+2'];

const NASTY_NUMBERS = [0, -0, -1, 1.5, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER - 2, 2 ** 31, 2 ** 63];

/** A value of any JSON type (or absent), to put where the schema expects something else. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(...NASTY_NUMBERS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(...NASTY_STRINGS),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

interface Walk {
  root: Schema;
  depth: number;
  key: string;
  /** Whether fields are sometimes replaced by a value of the wrong type. */
  mutate: boolean;
}

function resolveRef(ref: string, root: Schema): Schema {
  if (typeof root !== 'object' || root === null) return undefined;
  const name = ref.split('/').pop() ?? ref;
  return root.$defs?.[name] ?? root.definitions?.[name];
}

/** The object's properties including those added by `allOf` members and their `then` branches. */
function propertiesOf(schema: Record<string, any>): Record<string, Schema> {
  const props: Record<string, Schema> = { ...(schema.properties ?? {}) };
  for (const part of schema.allOf ?? []) {
    Object.assign(props, part?.properties ?? {}, part?.then?.properties ?? {});
  }
  return props;
}

function stringFor(schema: Record<string, any>, key: string): fc.Arbitrary<string> {
  const minLength = Math.min(Number(schema.minLength ?? 0), 50);
  const maxLength = Math.max(minLength, Math.min(Number(schema.maxLength ?? 40), 60));
  const options: Array<fc.Arbitrary<string>> = [
    fc.string({ minLength, maxLength }),
    fc.string({ unit: 'binary-ascii', minLength, maxLength }),
    fc.string({ unit: 'binary', minLength, maxLength }),
    unicodeString(maxLength),
    fc.constantFrom('a\u0000b', '\u0000', 'x\ud800', '\udc00y', 'ok\ud83d'),
  ];
  if (Number.isInteger(schema.maxLength)) options.push(stringsAroundLimit(Number(schema.maxLength)));
  const format = String(schema.format ?? '');
  if (/iso8601|date/.test(format) || /date|sync|at$/i.test(key)) {
    const iso = fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    options.push(iso, iso.map((s) => s.slice(0, 10)), isoDateTime);
  }
  if (format === 'email' || /email/i.test(key)) options.push(fc.emailAddress());
  if (format === 'uri' || /url/i.test(key)) options.push(fc.webUrl());
  if (/domain/i.test(key)) {
    options.push(fc.domain(), fc.webUrl(), fc.domain().map((d) => `https://www.${d.toUpperCase()}/x?y=1`), withHiddenCharacter(fc.domain()));
    options.push(fc.constantFrom('\uff41\uff43\uff4d\uff45.com', 'ac\u00adme.com', 'ac\u200bme.com', '\uff57\uff57\uff57.acme.com', 'xn--a.com', 'xn--zz.example', 'acme\u3002com'));
  }
  if (/(^|_)id$|Id$|aid$/.test(key)) options.push(hexId);
  if (typeof schema.pattern === 'string') {
    try {
      options.push(fc.stringMatching(new RegExp(schema.pattern)));
    } catch {
      // a pattern fast-check cannot generate from: plain strings will do
    }
  }
  return fc.oneof(...options);
}

/** A value the schema (nearly) accepts: every field is sometimes replaced by a wrong one. */
export function valueFor(schema: Schema, walk: Walk): fc.Arbitrary<unknown> {
  const near = nearValid(schema, walk);
  return fc.oneof({ arbitrary: near, weight: 6 }, { arbitrary: wrongValue, weight: 1 });
}

function nearValid(schema: Schema, walk: Walk): fc.Arbitrary<unknown> {
  const { root, depth, key, mutate } = walk;
  if (typeof schema !== 'object' || schema === null || depth > 6) return fc.jsonValue({ maxDepth: 2 });
  const next = (sub: Schema, subKey = key) => (mutate ? valueFor : nearValid)(sub, { root, depth: depth + 1, key: subKey, mutate });
  if (typeof schema.$ref === 'string') return nearValid(resolveRef(schema.$ref, root), { ...walk, depth: depth + 1 });
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(alternatives) && alternatives.length > 0) return fc.oneof(...alternatives.map((s: Schema) => nearValid(s, walk)));
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const props = propertiesOf(schema);
  if (types.length === 0) {
    if (Object.keys(props).length > 0) types.push('object');
    else if (schema.items) types.push('array');
    else return fc.jsonValue({ maxDepth: 3 });
  }
  return fc.oneof(
    ...types.map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case 'string':
          return stringFor(schema, key);
        case 'integer': {
          const min = Number.isFinite(schema.minimum) ? schema.minimum - 2 : -1_000_000;
          const max = Number.isFinite(schema.maximum) ? schema.maximum + 2 : 1_000_000;
          return fc.integer({ min, max });
        }
        case 'number':
          return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1000, max: 1000 }));
        case 'boolean':
          return fc.boolean();
        case 'null':
          return fc.constant(null);
        case 'array': {
          const minLength = Math.min(Number(schema.minItems ?? 0), 3);
          const maxLength = Math.max(minLength, Math.min(Number(schema.maxItems ?? 4), depth > 3 ? 1 : 4));
          return fc.array(next(schema.items, key), { minLength, maxLength });
        }
        default: {
          const required = new Set<string>(schema.required ?? []);
          const shape: Record<string, fc.Arbitrary<unknown>> = {};
          for (const [name, sub] of Object.entries(props)) shape[name] = next(sub, name);
          const known = fc.record(shape, { requiredKeys: Object.keys(shape).filter((name) => required.has(name)) });
          const extraSchema = schema.additionalProperties && typeof schema.additionalProperties === 'object'
            ? schema.additionalProperties
            : schema.patternProperties
              ? Object.values(schema.patternProperties)[0]
              : undefined;
          const extras = fc.oneof(
            { arbitrary: fc.constant({}), weight: 4 },
            { arbitrary: fc.dictionary(fc.string({ maxLength: 12 }), extraSchema ? next(extraSchema as Schema) : wrongValue, { maxKeys: 3 }), weight: 1 },
          );
          return fc.tuple(extras, known).map(([extra, fields]) => ({ ...extra, ...fields }));
        }
      }
    }),
  );
}

/** Replaces the placeholder string value with raw JSON text (deep nesting that JSON.stringify would choke on). */
const PLACEHOLDER = '__fuzz_raw_json__';

type Place = ReadonlyArray<string | number>;

/**
 * Every place in a JSON value where hostile text can go: the whole value, each value inside it, and
 * a new unknown key in each object — so the text also lands deep inside bodies that are otherwise
 * accepted.
 */
function placesIn(value: unknown, at: Place = [], out: Place[] = []): Place[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => placesIn(item, [...at, i], out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) placesIn(item, [...at, key], out);
    out.push([...at, 'fuzzUnknownKey']);
  }
  return out;
}

/** A copy of `value` with `replacement` at `place`. */
function replaceAt(value: unknown, place: Place, replacement: unknown): unknown {
  if (place.length === 0) return replacement;
  const [head, ...rest] = place;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? replaceAt(item, rest, replacement) : item));
  const object = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { ...object, [head]: replaceAt(object[head], rest, replacement) };
}

function deepJson(depth: number, kind: 'array' | 'object' | 'unbalanced'): string {
  if (kind === 'array') return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
  if (kind === 'object') return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  return '['.repeat(depth);
}

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'text/json',
  'application/json-patch+json',
  'application/vnd.api+json',
  'application/jsonx',
  'application',
  '*/*',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/json;',
  ';;;',
  'garbage',
  'application/octet-stream',
];

interface BodyPart {
  family: string;
  contentType?: string;
  payload?: string | Buffer;
}

/** A body shaped by the route's schema, without deliberate type errors (it may still break value rules). */
function plausibleBody(route: CatalogedRoute): fc.Arbitrary<unknown> {
  const schema = route.schema?.body as Schema;
  return schema ? nearValid(schema, { root: schema, depth: 0, key: 'body', mutate: false }) : fc.jsonValue({ maxDepth: 3 });
}

function bodyArbitrary(route: CatalogedRoute, bodyLimit: number): fc.Arbitrary<BodyPart> {
  const schema = route.schema?.body as Schema;
  const root = schema;
  const plausible = plausibleBody(route);
  const json = (family: string) => (value: unknown): BodyPart => ({ family, contentType: 'application/json', payload: JSON.stringify(value) ?? '' });
  const withRaw = (family: string, raw: fc.Arbitrary<string>) =>
    fc.tuple(plausible, fc.nat(), raw).map(([base, pick, text]): BodyPart => {
      const places = placesIn(base);
      const place = places[pick % places.length];
      if (place.length === 0) return { family: `${family} (whole body)`, contentType: 'application/json', payload: text };
      const body = (JSON.stringify(replaceAt(base, place, PLACEHOLDER)) ?? '').replace(`"${PLACEHOLDER}"`, () => text);
      return { family: `${family} (at ${place.join('.')})`, contentType: 'application/json', payload: body };
    });

  return fc.oneof(
    { arbitrary: (schema ? valueFor(schema, { root, depth: 0, key: 'body', mutate: true }) : plausible).map(json('schema-derived body, wrong types')), weight: 6 },
    { arbitrary: plausible.map(json('schema-derived body')), weight: 3 },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }).map(json('random JSON value')), weight: 2 },
    {
      arbitrary: withRaw(
        'deep nesting',
        fc.tuple(fc.constantFrom(64, 512, 5_000, 50_000), fc.constantFrom<'array' | 'object' | 'unbalanced'>('array', 'object', 'unbalanced')).map(([d, k]) => deepJson(d, k)),
      ),
      weight: 2,
    },
    {
      arbitrary: withRaw(
        'huge value',
        fc.oneof(
          fc.constantFrom(10_000, 200_000, 1_500_000).map((n) => JSON.stringify('x'.repeat(n))),
          fc.constantFrom(1_001, 5_000).map((n) => JSON.stringify(Array.from({ length: n }, (_, i) => ({ domain: `d${i}.example.com`, name: `n${i}` })))),
          fc.constant(JSON.stringify('\u0000'.repeat(1000))),
        ),
      ),
      weight: 2,
    },
    { arbitrary: withRaw('non-finite or huge number', fc.constantFrom(...HOSTILE_NUMBER_TOKENS)), weight: 2 },
    { arbitrary: withRaw('hostile string', fc.oneof(unicodeString(40), stringsAroundLimit(4096), isoDateTime).map((text) => JSON.stringify(text))), weight: 2 },
    {
      arbitrary: fc.constant(bodyLimit + 1024).map((n): BodyPart => ({ family: 'over the body limit', contentType: 'application/json', payload: JSON.stringify({ x: 'y'.repeat(n) }) })),
      weight: 1,
    },
    {
      arbitrary: fc
        .oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          plausible.map((v) => (JSON.stringify(v) ?? '').slice(0, -1)),
          plausible.map((v) => `${JSON.stringify(v)}}`),
          fc.constantFrom('{', '}', '[', 'NaN', "{'a':1}", '{"a":1,}', '{"a":undefined}', '\ufeff{}', '//\n{}', '{"a":1}{"b":2}', 'nul', '"unterminated'),
        )
        .map((payload): BodyPart => ({ family: 'not JSON', contentType: 'application/json', payload })),
      weight: 2,
    },
    {
      arbitrary: fc.tuple(fc.constantFrom(...CONTENT_TYPES), plausible).map(([contentType, value]): BodyPart => ({
        family: `content type ${contentType}`,
        contentType,
        payload: JSON.stringify(value) ?? '',
      })),
      weight: 2,
    },
    {
      arbitrary: fc
        .oneof(
          fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
          fc.tuple(plausible, fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([value, bytes]) => {
            const text = JSON.stringify({ value, s: '@@' });
            const [head, tail] = text.split('@@');
            return Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0xc0, ...bytes]), Buffer.from(tail)]);
          }),
          fc.constant(Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d])),
          fc.constant(Buffer.from('{"a":"\xed\xa0\x80"}', 'latin1')),
        )
        .map((payload): BodyPart => ({ family: 'invalid UTF-8 / raw bytes', contentType: 'application/json', payload })),
      weight: 2,
    },
    {
      arbitrary: fc.constantFrom<BodyPart>(
        { family: 'empty body with JSON content type', contentType: 'application/json', payload: '' },
        { family: 'whitespace body', contentType: 'application/json', payload: '  \n ' },
        { family: 'no body, no content type' },
        { family: 'JSON null', contentType: 'application/json', payload: 'null' },
        { family: 'prototype pollution', contentType: 'application/json', payload: '{"__proto__":{"polluted":1}}' },
        { family: 'constructor pollution', contentType: 'application/json', payload: '{"constructor":{"prototype":{"polluted":1}}}' },
      ),
      weight: 1,
    },
  );
}

const LIMIT_GARBAGE = ['-1', '0', '1001', '1e3', '1.5', 'abc', '', ' 5', '99999999999999999999', 'NaN', 'Infinity', '0x10', '[]', '%00'];
const LAST_SYNC_GARBAGE = ['yesterday', '0', '2026-13-01T00:00:00Z', '2026-02-30T00:00:00Z', '9999-12-31T23:59:59Z', '+275760-09-13T00:00:00.000Z', '2026-01-01', '2026-01-01T25:00:00Z', 'null', ''];
const cursorGarbage: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.base64String({ maxLength: 60 }),
  fc.constantFrom('!!!', '', 'a'.repeat(600), 'eyJ', 'bnVsbA', 'W10', 'MQ'),
  fc
    .tuple(fc.constantFrom(1, 2, '1', null), fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('accounts', 'segments', 'segment-members', 'deals', 'custom-fields')), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }))
    .map(([version, kind, rest]) => Buffer.from(JSON.stringify([version, kind, ...rest])).toString('base64url')),
);

/** A raw (already encoded) `key=value` list: schema keys, paging keys and random ones, repeated, with bad escapes. */
function queryArbitrary(route: CatalogedRoute): fc.Arbitrary<string> {
  const schema = route.schema?.querystring as Schema;
  const props = typeof schema === 'object' && schema !== null ? propertiesOf(schema) : {};
  const keyNames = [...new Set([...Object.keys(props), 'limit', 'cursor', 'lastSync', 'domains', 'type', 'status'])];
  const valueForKey = (key: string): fc.Arbitrary<string> => {
    const special =
      key === 'limit' ? fc.constantFrom(...LIMIT_GARBAGE) : key === 'cursor' ? cursorGarbage : key === 'lastSync' ? fc.oneof(fc.constantFrom(...LAST_SYNC_GARBAGE), isoDateTime) : fc.constant('');
    const fromSchema = props[key] ? nearValid(props[key], { root: schema, depth: 1, key, mutate: false }).map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '')) : fc.string();
    return fc.oneof(special, fromSchema, fc.constantFrom(...NASTY_STRINGS), fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)));
  };
  const pair = fc.oneof(
    { arbitrary: fc.constantFrom(...keyNames).chain((key) => valueForKey(key).map((value) => `${pct(key)}=${pct(value)}`)), weight: 6 },
    { arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([k, v]) => `${pct(k)}=${pct(v)}`), weight: 1 },
    { arbitrary: fc.constantFrom('limit', 'cursor', 'lastSync', '%zz=1', 'a=%zz', '%=%', '==', '&&', 'a[b]=1', 'limit[]=1', '__proto__=1', 'constructor=x', '%E0%A4%A=1', 'a=%ED%A0%80', 'limit=%00', '+=+'), weight: 1 },
  );
  return fc
    .array(pair, { maxLength: 6 })
    .chain((pairs) => (pairs.length > 0 ? fc.constantFrom(pairs, [...pairs, ...pairs]) : fc.constant(pairs)))
    .map((pairs) => pairs.join('&'));
}

const EDGE_IDS = ['%00', 'a%00b', '%zz', '%', '%ED%A0%80', '%C0%AF', '%2F', 'a'.repeat(250), 'a'.repeat(24), 'A'.repeat(24), '0123456789abcdef01234567'];

/** The query keys worth attacking on a route: its schema's and the paging ones. */
function queryKeys(route: CatalogedRoute): string[] {
  const schema = route.schema?.querystring as Schema;
  const props = typeof schema === 'object' && schema !== null ? propertiesOf(schema) : {};
  return [...new Set([...Object.keys(props), 'limit', 'cursor', 'lastSync'])];
}

/**
 * Fixed edge cases run before the random ones on every run (fast-check `examples`), so the inputs
 * that broke something once are always tried: NUL and broken escapes in path ids and query values,
 * NUL and lone surrogates in every top-level body field, empty/null/deep/oversized bodies, bad
 * content types.
 */
export function edgeRequests(route: CatalogedRoute, apiKey: string, bodyLimit: number): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  const hasBody = takesBody(route.method);
  const samples = hasBody ? fc.sample(plausibleBody(route), { numRuns: 2, seed: 42 }) : [];
  const sample = samples[0];
  const json = (value: unknown) => JSON.stringify(value) ?? 'null';
  const add = (family: string, url: string, payload?: string | Buffer, contentType = 'application/json') => {
    const headers: Record<string, string> = { 'x-api-key': apiKey };
    if (payload !== undefined) headers['content-type'] = contentType;
    const request: FuzzRequest = { family: `edge: ${family}`, method: route.method, url, headers, ...(payload !== undefined ? { payload } : {}) };
    out.push(Object.assign(request, { [fc.toStringMethod]: () => describeRequest(request) }));
  };
  const defaultUrl = fillPath(route.url, '0123456789abcdef01234567');
  const defaultBody = hasBody ? json(sample) : undefined;

  if (pathParams(route.url).length > 0) {
    for (const id of EDGE_IDS) add(`path id ${id.slice(0, 12)}`, fillPath(route.url, id), defaultBody);
  }
  for (const key of queryKeys(route)) {
    for (const value of ['%00', 'a%00b', '', '%ED%A0%80', '%zz']) add(`query ${key}=${value}`, `${defaultUrl}?${pct(key)}=${value}`, defaultBody);
    add(`query ${key} repeated`, `${defaultUrl}?${pct(key)}=1&${pct(key)}=2`, defaultBody);
  }
  if (!hasBody) return out;
  for (const base of samples) {
    if (typeof base !== 'object' || base === null || Array.isArray(base)) continue;
    for (const key of Object.keys(base)) {
      for (const bad of ['a\u0000b', 'x\ud800', UNICODE_CHARACTERS.join('')]) add(`${json(bad).slice(0, 12)} in ${key}`, defaultUrl, json({ ...base, [key]: bad }));
      add(`1e400 in ${key}`, defaultUrl, json({ ...base, [key]: PLACEHOLDER }).replace(`"${PLACEHOLDER}"`, '1e400'));
      add(`NUL key in ${key}`, defaultUrl, json({ ...base, [key]: { 'k\u0000': 1 } }));
    }
  }
  for (const payload of ['', '  ', 'null', '[]', '{}', '"\u0000"', '{"__proto__":{"x":1}}', deepJson(50_000, 'array'), deepJson(50_000, 'object'), deepJson(50_000, 'unbalanced')]) {
    add(`body ${payload.slice(0, 12)}`, defaultUrl, payload);
  }
  add('raw bytes', defaultUrl, Buffer.from([0xff, 0xfe, 0x00, 0x7b]));
  for (const key of EDGE_IDEMPOTENCY_KEYS) {
    add(`Idempotency-Key ${JSON.stringify(key.slice(0, 12))}`, defaultUrl, defaultBody);
    out[out.length - 1].headers['idempotency-key'] = key;
  }
  add('over the body limit', defaultUrl, json({ x: 'y'.repeat(bodyLimit + 1024) }));
  for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'application/jsonx']) {
    add(`content type ${contentType}`, defaultUrl, defaultBody, contentType);
  }
  return out;
}

/** Idempotency-Key values at and over the edges: empty, blank, over 255, non-ASCII, a list, a tab. */
const EDGE_IDEMPOTENCY_KEYS = ['', ' ', 'k'.repeat(255), 'k'.repeat(256), 'k'.repeat(8000), 'clé', '\xff\xfe', 'a, b', 'a\tb', '"quoted"'];

/**
 * An Idempotency-Key header, or none: any characters a header value may carry (a tab, printable
 * ASCII, Latin-1), of any length around the 255 limit. The same few short keys come up often, so
 * keys are reused with other requests (422) too.
 */
const idempotencyKey: fc.Arbitrary<string | undefined> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 3 },
  { arbitrary: fc.constantFrom('retry-1', 'retry-2'), weight: 1 },
  { arbitrary: fc.string({ unit: fc.integer({ min: 0x09, max: 0xff }).filter((c) => c === 0x09 || (c >= 0x20 && c !== 0x7f)).map((c) => String.fromCharCode(c)), maxLength: 300 }), weight: 1 },
);

/** An (already encoded) path segment where an id belongs. */
function malformedId(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ minLength: 1, maxLength: 30 }).map(pct),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }).map(pct),
    fc.string({ unit: fc.constantFrom(...HEX), minLength: 1, maxLength: 40 }).filter((s) => s.length !== 24),
    hexId.map((s) => s.toUpperCase()),
    hexId.map((s) => `${s.slice(0, 23)}g`),
    fc.constantFrom('%00', '%zz', '%', '%2F', '%252F', '%C0%AF', '%ED%A0%80', '%20', '+', 'null', 'undefined', '0', '-1', '1e3', 'true', '__proto__', 'constructor', '.', '..', ';', ':', '%3A'),
    fc.integer({ min: 100, max: 400 }).map((n) => 'a'.repeat(n)),
  );
}

/**
 * A malformed request for a route: a malformed body (when the method takes one), a malformed query
 * string and malformed path ids, each family mixed with plausible values for the other parts.
 * `knownIds` are ids the server returned earlier, so handlers also run against existing records.
 */
export function requestArbitrary(route: CatalogedRoute, apiKey: string, bodyLimit: number, knownIds: () => string[]): fc.Arbitrary<FuzzRequest> {
  const params = pathParams(route.url);
  const idSegment = fc.oneof(
    { arbitrary: hexId, weight: 2 },
    { arbitrary: fc.nat().map((i) => knownIds()[i % Math.max(1, knownIds().length)] ?? '0123456789abcdef01234567'), weight: 3 },
    { arbitrary: malformedId(), weight: 3 },
  );
  const path = params.length === 0 ? fc.constant(route.url) : fc.array(idSegment, { minLength: params.length, maxLength: params.length }).map((ids) => {
    let i = 0;
    return fillPath(route.url, () => ids[i++] ?? '');
  });
  const query = fc.oneof({ arbitrary: fc.constant(''), weight: 2 }, { arbitrary: queryArbitrary(route), weight: 3 });
  const body: fc.Arbitrary<BodyPart | undefined> = takesBody(route.method) ? bodyArbitrary(route, bodyLimit) : fc.constant(undefined);
  return fc.tuple(path, query, body, idempotencyKey).map(([p, q, b, key]) => {
    const headers: Record<string, string> = { 'x-api-key': apiKey };
    if (b?.contentType !== undefined) headers['content-type'] = b.contentType;
    if (key !== undefined) headers['idempotency-key'] = key;
    const request: FuzzRequest = {
      family: [b?.family, q ? 'query' : undefined, p !== route.url ? 'path' : undefined].filter(Boolean).join(' + ') || 'plain',
      method: route.method,
      url: q ? `${p}?${q}` : p,
      headers,
      ...(b?.payload !== undefined ? { payload: b.payload } : {}),
    };
    return Object.assign(request, { [fc.toStringMethod]: () => describeRequest(request) });
  });
}

/** A short, printable description of a fuzz request (payloads truncated). */
export function describeRequest(request: FuzzRequest): string {
  const payload = request.payload;
  const shown =
    payload === undefined
      ? '(no body)'
      : Buffer.isBuffer(payload)
        ? `<${payload.length} bytes: ${payload.subarray(0, 48).toString('hex')}${payload.length > 48 ? '…' : ''}>`
        : payload.length > 300
          ? `${JSON.stringify(payload.slice(0, 300))}… (${payload.length} chars)`
          : JSON.stringify(payload);
  const url = request.url.length > 300 ? `${request.url.slice(0, 300)}… (${request.url.length} chars)` : request.url;
  const key = request.headers['idempotency-key'];
  const keyShown = key === undefined ? '' : ` idempotency-key=${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}… (${key.length} chars)` : key)}`;
  return `[${request.family}] ${request.method} ${url} content-type=${JSON.stringify(request.headers['content-type'] ?? null)}${keyShown} body=${shown}`;
}
