import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { isJourneyStage, journeyStageRank } from './journey-stages.js';

test('journey stages rank in funnel order', () => {
  assert.deepEqual(['Unaware', 'Aware', 'Consideration', 'Opportunity', 'Customer'].map(journeyStageRank), [0, 1, 2, 3, 4]);
  assert.equal(journeyStageRank('customer'), -1);
  assert.equal(isJourneyStage('Opportunity'), true);
});

describeEachEngine('journey stages', (engine) => {
  const ctx = useTestApp(engine);

  test('GET /journey-stages lists the funnel in order', async () => {
    const tenant = await ctx().newTenant();
    const reply = await tenant.request('GET', '/api/v1/journey-stages');
    assert.equal(reply.statusCode, 200);
    assert.deepEqual({ ...reply.body, timestamp: 't' }, {
      statusCode: 200,
      timestamp: 't',
      path: '/api/v1/journey-stages',
      data: ['Unaware', 'Aware', 'Consideration', 'Opportunity', 'Customer'],
    });
  });
});
