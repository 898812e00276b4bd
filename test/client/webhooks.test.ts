// verifyWebhook against signatures computed here the way the server signs deliveries:
// `Intentbase-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, `${t}.${rawBody}`)>[,v1=…]`.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { verifyWebhook, WebhookVerificationError } from '@intentbase/client';

const SECRET = 'whsec_current';
const OLD_SECRET = 'whsec_previous';
const NOW = Date.parse('2026-12-05T12:00:00.000Z');
const T = NOW / 1000;
const BODY = JSON.stringify({ id: 'evt_1', type: 'account.updated', data: { rtp_aid: '663abc0e5f1c2a0012345678', name: 'Ünïcode Corp' } });

const sign = (secret: string, t: number, body: string) => createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');

function headers(signature: string): Record<string, string> {
  return { 'Intentbase-Signature': signature, 'Intentbase-Event-Id': 'evt_1', 'content-type': 'application/json' };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  assert.ok(error instanceof WebhookVerificationError, `expected a WebhookVerificationError, got ${String(error)}`);
  return error.reason;
}

test('a delivery signed with the secret verifies, from a plain object, a Headers or Node-style arrays, a string or the raw bytes', async () => {
  const signature = `t=${T},v1=${sign(SECRET, T, BODY)}`;
  const verified = await verifyWebhook(SECRET, headers(signature), BODY, { now: NOW });
  assert.deepEqual(verified, { eventId: 'evt_1', timestamp: T, event: JSON.parse(BODY) });
  await verifyWebhook(SECRET, new Headers(headers(signature)), new TextEncoder().encode(BODY), { now: NOW });
  await verifyWebhook(SECRET, { 'intentbase-signature': [signature] }, new TextEncoder().encode(BODY).buffer, { now: NOW });
});

test('while a rolled secret overlaps, either v1 entry verifies; entries of an unknown scheme are ignored', async () => {
  const both = `t=${T},v1=${sign(OLD_SECRET, T, BODY)},v1=${sign(SECRET, T, BODY)},v2=zzz`;
  await verifyWebhook(SECRET, headers(both), BODY, { now: NOW });
  await verifyWebhook(OLD_SECRET, headers(both), BODY, { now: NOW });
  assert.equal(await refusal(verifyWebhook('whsec_other', headers(both), BODY, { now: NOW })), 'signature-mismatch');
});

test('a changed body, a changed time or another secret is refused', async () => {
  const signature = `t=${T},v1=${sign(SECRET, T, BODY)}`;
  assert.equal(await refusal(verifyWebhook(SECRET, headers(signature), `${BODY} `, { now: NOW })), 'signature-mismatch');
  assert.equal(await refusal(verifyWebhook(SECRET, headers(`t=${T + 1},v1=${sign(SECRET, T, BODY)}`), BODY, { now: NOW })), 'signature-mismatch');
  assert.equal(await refusal(verifyWebhook(OLD_SECRET, headers(signature), BODY, { now: NOW })), 'signature-mismatch');
});

test('a signature older or newer than the tolerance is refused, one within it verifies', async () => {
  const at = (t: number) => headers(`t=${t},v1=${sign(SECRET, t, BODY)}`);
  assert.equal(await refusal(verifyWebhook(SECRET, at(T - 301), BODY, { now: NOW })), 'timestamp-outside-tolerance');
  assert.equal(await refusal(verifyWebhook(SECRET, at(T + 301), BODY, { now: NOW })), 'timestamp-outside-tolerance');
  await verifyWebhook(SECRET, at(T - 300), BODY, { now: NOW });
  await verifyWebhook(SECRET, at(T - 3600), BODY, { now: NOW, toleranceSeconds: 3600 });
  assert.equal(await refusal(verifyWebhook(SECRET, at(T - 11), BODY, { now: NOW, toleranceSeconds: 10 })), 'timestamp-outside-tolerance');
});

test('a missing or malformed header is refused before any signature is computed', async () => {
  assert.equal(await refusal(verifyWebhook(SECRET, {}, BODY, { now: NOW })), 'missing-signature');
  for (const malformed of ['', `v1=${sign(SECRET, T, BODY)}`, `t=${T}`, `t=${T},v1=abc`, `t=soon,v1=${sign(SECRET, T, BODY)}`]) {
    assert.equal(await refusal(verifyWebhook(SECRET, headers(malformed), BODY, { now: NOW })), 'malformed-signature', malformed);
  }
});
