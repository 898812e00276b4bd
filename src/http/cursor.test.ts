import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clockSeen, decodeCursor, encodeCursor, readCursor } from './cursor.js';
import { ApiError } from './errors.js';

const raw = (tuple: unknown[]) => Buffer.from(JSON.stringify(tuple), 'utf8').toString('base64url');
const invalid = (error: unknown) => error instanceof ApiError && error.message === 'Invalid cursor';

test('a cursor carries the change clock of the page that made it; one made before replicas carries none', () => {
  const withClock = encodeCursor('accounts', [42], 1_780_000_000_000);
  assert.deepEqual(readCursor(withClock, 'accounts', ['integer']), { key: [42], clock: 1_780_000_000_000 });
  assert.deepEqual(decodeCursor(withClock, 'accounts', ['integer']), [42]);
  const older = raw([1, 'accounts', 42]);
  assert.deepEqual(readCursor(older, 'accounts', ['integer']), { key: [42], clock: undefined });
});

test('the clock a replica must have reached: lastSync and the cursor, the larger; an old cursor only the primary serves', () => {
  const cursor = readCursor(encodeCursor('deals', [7], 2_000), 'deals', ['integer']);
  assert.equal(clockSeen(undefined, undefined), 0);
  assert.equal(clockSeen(cursor, 1_000), 2_000);
  assert.equal(clockSeen(cursor, 3_000), 3_000);
  assert.equal(clockSeen(readCursor(raw([1, 'deals', 7]), 'deals', ['integer']), undefined), Number.MAX_SAFE_INTEGER);
});

test('a tampered cursor is refused: unknown version, wrong kind, a clock that is not a count, a key of the wrong shape', () => {
  for (const tuple of [
    [3, 'accounts', 5, 42],
    [2, 'deals', 5, 42],
    [2, 'accounts', -1, 42],
    [2, 'accounts', 1.5, 42],
    [2, 'accounts', '5', 42],
    [2, 'accounts', 5],
    [2, 'accounts', 5, 42, 43],
    [1, 'accounts', 5, 42],
  ]) {
    assert.throws(() => readCursor(raw(tuple), 'accounts', ['integer']), invalid, JSON.stringify(tuple));
  }
});
