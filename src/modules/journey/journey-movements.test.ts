import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp, type TestContext } from '../../../test/support/test-app.js';
import { insertAccount } from '../../../test/support/accounts.js';
import { isoWeekStart, WEEK_MS } from './journey.service.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const STAGES = ['Unaware', 'Aware', 'Consideration', 'Opportunity', 'Customer'];

test('ISO weeks start on Monday 00:00 UTC', () => {
  assert.equal(new Date(isoWeekStart(Date.parse('2026-12-05T12:00:00Z'))).toISOString(), '2026-11-30T00:00:00.000Z'); // a Saturday
  assert.equal(new Date(isoWeekStart(Date.parse('2026-11-30T00:00:00Z'))).toISOString(), '2026-11-30T00:00:00.000Z');
  assert.equal(new Date(isoWeekStart(Date.parse('2026-11-29T23:59:59.999Z'))).toISOString(), '2026-11-23T00:00:00.000Z');
  assert.equal(new Date(isoWeekStart(Date.parse('2021-01-03T10:00:00Z'))).toISOString(), '2020-12-28T00:00:00.000Z'); // ISO week 53 of 2020
});

/** Records that an account entered `stage` at `at`, as a scoring run does, and sets its current stage. */
async function enter(ctx: TestContext, workspaceId: string, accountId: string, stage: string, at: number) {
  const { db } = ctx.database;
  await db
    .insertInto('journey_stage_history')
    .values({ workspace_id: workspaceId, account_id: accountId, entered_at: at, stage, rule: 'test', run_id: 'test-run' })
    .execute();
  await db.updateTable('accounts').set({ journey_stage: stage }).where('workspace_id', '=', workspaceId).where('id', '=', accountId).execute();
}

describeEachEngine('journey funnel and movements', (engine) => {
  const ctx = useTestApp(engine);

  test('an empty workspace: every stage at zero, 26 continuous weeks of zeros ending with the current one', async () => {
    const tenant = await ctx().newTenant();
    const funnel = await tenant.request('GET', '/api/v1/journey/funnel');
    assert.equal(funnel.statusCode, 200, funnel.raw);
    assert.deepEqual(funnel.body.data, { stages: STAGES.map((stage) => ({ stage, accounts: 0 })), totalAccounts: 0 });

    const movements = await tenant.request('GET', '/api/v1/journey/movements');
    assert.equal(movements.statusCode, 200, movements.raw);
    const { weeks, stages } = movements.body.data;
    assert.deepEqual(stages, STAGES);
    assert.equal(weeks.length, 26);
    const thisWeek = isoWeekStart(Date.now());
    assert.equal(Date.parse(weeks[25].weekStart), thisWeek);
    weeks.forEach((week: { weekStart: string; movements: unknown[] }, i: number) => {
      assert.equal(Date.parse(week.weekStart), thisWeek - (25 - i) * WEEK_MS, 'one week apart, no gap');
      assert.deepEqual(week.movements, STAGES.map((stage) => ({ stage, entered: 0, left: 0 })));
    });
  });

  test('counts accounts per stage now, and who entered and left each stage per week, the stage left found before the range too', async () => {
    const tenant = await ctx().newTenant();
    const ws = tenant.workspaceId;
    const [a, b, c] = [await insertAccount(ctx(), ws, 'a.com'), await insertAccount(ctx(), ws, 'b.com'), await insertAccount(ctx(), ws, 'c.com')];
    await insertAccount(ctx(), ws, 'd.com'); // never moved: Unaware
    const thisWeek = isoWeekStart(Date.now());
    const weekAgo = (n: number) => thisWeek - n * WEEK_MS + DAY_MS; // a Tuesday, n weeks back
    await enter(ctx(), ws, a, 'Aware', weekAgo(40)); // before a 4-week range: only what it left later counts
    await enter(ctx(), ws, a, 'Consideration', weekAgo(3));
    await enter(ctx(), ws, a, 'Opportunity', weekAgo(1));
    await enter(ctx(), ws, b, 'Aware', weekAgo(3)); // from the initial stage
    await enter(ctx(), ws, c, 'Customer', weekAgo(1) + 1000);

    const funnel = (await tenant.request('GET', '/api/v1/journey/funnel')).body.data;
    assert.deepEqual(funnel, {
      stages: [
        { stage: 'Unaware', accounts: 1 },
        { stage: 'Aware', accounts: 1 },
        { stage: 'Consideration', accounts: 0 },
        { stage: 'Opportunity', accounts: 1 },
        { stage: 'Customer', accounts: 1 },
      ],
      totalAccounts: 4,
    });

    const reply = await tenant.request('GET', '/api/v1/journey/movements?weeks=4');
    assert.equal(reply.statusCode, 200, reply.raw);
    const weeks = reply.body.data.weeks as Array<{ weekStart: string; movements: Array<{ stage: string; entered: number; left: number }> }>;
    assert.deepEqual(weeks.map((w) => Date.parse(w.weekStart)), [3, 2, 1, 0].map((n) => thisWeek - n * WEEK_MS));
    const moved = (week: number) => Object.fromEntries(weeks[week].movements.filter((m) => m.entered + m.left > 0).map((m) => [m.stage, [m.entered, m.left]]));
    assert.deepEqual(moved(0), { Unaware: [0, 1], Aware: [1, 1], Consideration: [1, 0] }, 'a: Aware → Consideration; b: Unaware → Aware');
    assert.deepEqual(moved(1), {});
    assert.deepEqual(moved(2), { Unaware: [0, 1], Consideration: [0, 1], Opportunity: [1, 0], Customer: [1, 0] });
    assert.deepEqual(moved(3), {});

    const year = (await tenant.request('GET', '/api/v1/journey/movements?weeks=52')).body.data.weeks;
    assert.equal(year.length, 52);
    const entered = year.flatMap((w: (typeof weeks)[number]) => w.movements).reduce((n: number, m: { entered: number }) => n + m.entered, 0);
    assert.equal(entered, 5, 'the 40-week-old move is inside a 52-week range');
  });

  test('weeks outside 1–52 or not an integer answer 400 in the envelope; another workspace’s history never shows', async () => {
    const tenant = await ctx().newTenant();
    for (const weeks of ['0', '53', 'x', '2.5', '-1']) {
      const reply = await tenant.request('GET', `/api/v1/journey/movements?weeks=${weeks}`);
      assert.equal(reply.statusCode, 400, `weeks=${weeks}: ${reply.raw}`);
      assert.equal(reply.body.statusCode, 400);
    }
    const other = await ctx().newTenant();
    const id = await insertAccount(ctx(), other.workspaceId, 'other.com');
    await enter(ctx(), other.workspaceId, id, 'Aware', Date.now() - DAY_MS);
    const mine = (await tenant.request('GET', '/api/v1/journey/movements?weeks=1')).body.data.weeks;
    assert.deepEqual(mine[0].movements, STAGES.map((stage) => ({ stage, entered: 0, left: 0 })));
    assert.equal((await tenant.request('GET', '/api/v1/journey/funnel')).body.data.totalAccounts, 0);
  });
});
