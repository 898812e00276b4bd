import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateScoringData } from '../bench/lib/scoring-data.js';
import { describeEachEngine } from './support/engines.js';
import { useTestApp } from './support/test-app.js';

/**
 * The scoring benchmarks (bench/scoring.ts, scoring-stalls.ts, backtest.ts) write their data with
 * SQL of their own, past the services. When that SQL falls behind the schema the benchmarks stop
 * measuring (migration 023 moved the change clock, and every full run on generated data then
 * failed on a duplicate change stamp): here it is scored and written to at a small scale.
 */
describeEachEngine("the scoring benchmarks' generated data", (engine) => {
  const ctx = useTestApp(engine);

  test('is scored by a full run, and the workspace takes writes after it', async () => {
    const { services } = ctx();
    const tenant = await ctx().newTenant();
    const config = ctx().databaseConfig;
    const url = config.engine === 'postgres' ? config.url : `sqlite:${config.path}`;
    await generateScoringData({ engine, url, config, drop: async () => undefined }, tenant.workspaceId, 300, 3000);

    const started = await services.scoring.startRun(tenant.workspaceId, { trigger: 'cli', full: true });
    const run = await services.scoring.waitForRun(tenant.workspaceId, started.run.runId);
    assert.equal(run.status, 'succeeded', JSON.stringify(run));
    assert.ok((run.counts.accountsChanged ?? 0) > 0, JSON.stringify(run));

    const push = await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'after-the-bench.example', name: 'After' }] });
    assert.equal(push.statusCode, 200, push.raw);
    const page = await tenant.request('GET', `/api/v1/accounts?domains=${encodeURIComponent('["after-the-bench.example"]')}`);
    assert.equal(page.body.data.data.length, 1, page.raw);
  });
});
