import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAjv } from '../http/validation.js';
import { CreateActivitiesBody } from '../modules/activities/activities.schema.js';
import { planActivityBatch } from '../modules/activities/activity-batch.js';
import { syntheticActivities, syntheticActivity, syntheticContact } from './synthetic-activities.js';

const NOW = Date.parse('2026-05-01T12:00:00Z');
const DAY_MS = 86_400_000;
const POOL = Array.from({ length: 400 }, (_, i) => `account-${i}.com`);

describe('synthetic sales activities', () => {
  test('deterministic per (seed, index), and a different seed gives different activities', () => {
    const options = { seed: 7, pool: POOL, now: NOW };
    assert.deepEqual(syntheticActivity(99, options), syntheticActivity(99, options));
    assert.deepEqual([...syntheticActivities(5, { ...options, start: 97 })][2], syntheticActivity(99, options));
    assert.equal(syntheticActivity(99, options).externalActivityId, 'seed-7-activity-99');
    const other = syntheticActivity(99, { ...options, seed: 8 });
    assert.notDeepEqual({ ...other, externalActivityId: '' }, { ...syntheticActivity(99, options), externalActivityId: '' });
  });

  test('every activity is valid for POST /sales-activities and created by it: calls and emails of the last 90 days', () => {
    const validate = createAjv('body').compile(CreateActivitiesBody);
    const activities = [...syntheticActivities(3000, { seed: 1, pool: POOL, now: NOW })];
    for (let i = 0; i < activities.length; i += 50) {
      const body = { activities: activities.slice(i, i + 50) };
      assert.ok(validate(body), JSON.stringify(validate.errors));
      const plan = planActivityBatch(body.activities, new Set());
      assert.deepEqual(plan.results.filter((r) => r.status !== 'created'), []);
    }
    assert.deepEqual(new Set(activities.map((a) => a.activityType)), new Set(['call', 'email']));
    for (const activity of activities) {
      const at = Date.parse(activity.occurredAt);
      assert.ok(at <= NOW && at >= NOW - 90 * DAY_MS, activity.occurredAt);
      assert.ok(activity.contacts.every((c) => c.email.endsWith(`@${activity.domain}`)), 'contacts work at the company');
      assert.equal(new Set(activity.contacts.map((c) => c.email)).size, activity.contacts.length);
      if (activity.activityType === 'call') assert.ok(activity.callTitle && activity.outcome && activity.direction && activity.durationMinutes !== undefined);
    }
  });

  test('skewed toward hot accounts and recent; contacts are stable people per company; some unknown companies', () => {
    const activities = [...syntheticActivities(10_000, { seed: 3, pool: POOL, now: NOW })];
    const perAccount = new Map<string, number>();
    let unknown = 0;
    for (const a of activities) {
      if (POOL.includes(a.domain)) perAccount.set(a.domain, (perAccount.get(a.domain) ?? 0) + 1);
      else unknown += 1;
    }
    assert.ok(unknown > 300 && unknown < 900, `unknown ${unknown}`);
    const counts = [...perAccount.values()].sort((a, b) => b - a);
    assert.ok(counts[0] > 5 * counts[counts.length >> 1], `busiest ${counts[0]} vs median ${counts[counts.length >> 1]}`);
    const recent = activities.filter((a) => Date.parse(a.occurredAt) >= NOW - 30 * DAY_MS).length;
    assert.ok(recent > activities.length / 2, `${recent} in the last 30 days`);

    const byEmail = new Map<string, string>();
    for (const contact of activities.flatMap((a) => a.contacts)) {
      const seen = byEmail.get(contact.email);
      if (seen !== undefined) assert.equal(JSON.stringify(contact), seen, 'one email, one person');
      byEmail.set(contact.email, JSON.stringify(contact));
    }
    assert.deepEqual(syntheticContact('acme.com', 0), syntheticContact('acme.com', 0));
    for (const domain of POOL) {
      const emails = [0, 1, 2, 3, 4, 5].map((n) => syntheticContact(domain, n).email);
      assert.equal(new Set(emails).size, 6, `distinct people at ${domain}: ${emails}`);
    }
  });
});
