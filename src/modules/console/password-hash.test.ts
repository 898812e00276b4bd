import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from './password-hash.js';
import { retryAfterSeconds } from './sign-in-throttle.js';

test('scrypt hashes: salted, parameters stored with the hash, verified only by the same password', async () => {
  const [a, b] = await Promise.all([hashPassword('correct horse battery'), hashPassword('correct horse battery')]);
  assert.match(a, /^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
  assert.notEqual(a, b, 'each hash has its own salt');
  assert.equal(await verifyPassword('correct horse battery', a), true);
  assert.equal(await verifyPassword('correct horse battery', b), true);
  assert.equal(await verifyPassword('correct horse batterY', a), false);
  assert.equal(await verifyPassword('', a), false);
  // Unicode is compared after NFC normalisation: the same password typed on another keyboard.
  assert.equal(await verifyPassword('caf\u00e9 au lait please', await hashPassword('cafe\u0301 au lait please')), true);
  for (const broken of ['', 'scrypt$1$2', 'bcrypt$32768$8$1$c2FsdA==$a2V5', 'scrypt$x$8$1$c2FsdA==$a2V5']) assert.equal(await verifyPassword('x', broken), false);
});

test('password rules: 12 to 1024 characters, counted in code points; generated ones fit', () => {
  assert.equal(passwordProblem('12345678901'), 'Password must be at least 12 characters long');
  assert.equal(passwordProblem('123456789012'), undefined);
  assert.equal(passwordProblem('😀'.repeat(11)), 'Password must be at least 12 characters long');
  assert.equal(passwordProblem('x'.repeat(1025)), 'Password must be at most 1024 characters long');
  const generated = generatePassword();
  assert.match(generated, /^[A-Za-z0-9]{24}$/);
  assert.equal(passwordProblem(generated), undefined);
});

test('Retry-After: until the limit-th newest failure leaves the 15-minute window', () => {
  const now = 1_000_000_000;
  assert.equal(retryAfterSeconds([now, now - 1000], 5, now), 0);
  assert.equal(retryAfterSeconds([now, now, now, now, now], 5, now), 900);
  assert.equal(retryAfterSeconds([now - 1000, now - 2000, now - 3000, now - 4000, now - 5000, now - 6000], 5, now), 895);
  assert.equal(retryAfterSeconds([now - 899_999, now - 899_999, now - 899_999, now - 899_999, now - 899_999], 5, now), 1);
});
