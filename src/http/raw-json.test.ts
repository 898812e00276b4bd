import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { RawJson, serializePayload } from './raw-json.js';

test('an envelope whose data is RawJson serialises to the same text as with the data as a value', () => {
  fc.assert(
    fc.property(fc.record({ statusCode: fc.integer(), timestamp: fc.string(), path: fc.string() }), fc.jsonValue(), (head, data) => {
      const expected = JSON.stringify({ ...head, data });
      assert.equal(serializePayload({ ...head, data: new RawJson(JSON.stringify(data)) }), expected);
    }),
  );
});

test('payloads without RawJson data are plain JSON.stringify', () => {
  assert.equal(serializePayload({ a: 1, data: { b: [2] } }), '{"a":1,"data":{"b":[2]}}');
  assert.equal(serializePayload({ data: new RawJson('[1]') }), '{"data":[1]}');
  assert.equal(serializePayload(null), 'null');
});
