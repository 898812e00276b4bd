import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp, type Tenant } from '../../../test/support/test-app.js';
import { ApiError } from '../../http/errors.js';
import { conflictingPipelineIds, CRM_PIPELINE_CONFLICT_TAIL, duplicateStageIssues, pipelineConflictMessage } from './deal-stages.service.js';

const stages = (...ids: string[]) => ids.map((id) => ({ stageId: id, stageLabel: `Stage ${id}` }));
const pipeline = (pipelineId: string, ...stageIds: string[]) => ({ pipelineId, pipelineLabel: `Pipeline ${pipelineId}`, stages: stages(...(stageIds.length ? stageIds : ['s1'])) });

async function list(tenant: Tenant) {
  const reply = await tenant.request('GET', '/api/v1/deal-stages');
  assert.equal(reply.statusCode, 200, reply.raw);
  return reply.body.data as Array<{ pipelineId: string; pipelineLabel: string; stages: Array<{ stageId: string; stageLabel: string }> }>;
}

describe('deal-stage rules', () => {
  test('conflicts: existing ids and repeats, each once, in request order', () => {
    assert.deepEqual(conflictingPipelineIds(['a', 'b', 'c'], new Set()), []);
    assert.deepEqual(conflictingPipelineIds(['a', 'b', 'b', 'a', 'c'], new Set()), ['a', 'b']);
    assert.deepEqual(conflictingPipelineIds(['x', 'b', 'c', 'b'], new Set(['c', 'z'])), ['b', 'c']);
    assert.equal(pipelineConflictMessage(['p1', 'p2']), 'Pipeline(s) already exist: p1, p2');
    assert.equal(
      pipelineConflictMessage(['p1'], CRM_PIPELINE_CONFLICT_TAIL),
      'Pipeline(s) already exist: p1. Use the update endpoint to modify existing pipelines.',
    );
  });

  test('a repeated stageId is reported at each repeat', () => {
    assert.deepEqual(duplicateStageIssues(stages('a', 'b'), 'p'), []);
    assert.deepEqual(duplicateStageIssues(stages('a', 'b', 'a', 'a'), 'p', 'pipelines[2].').map((i) => i.path), [
      'pipelines[2].stages[2].stageId',
      'pipelines[2].stages[3].stageId',
    ]);
  });
});

describeEachEngine('deal stages', (engine) => {
  const ctx = useTestApp(engine);

  test('POST creates pipelines; GET lists them with their stages in the pushed order', async () => {
    const tenant = await ctx().newTenant();
    assert.deepEqual(await list(tenant), []);
    const reply = await tenant.request('POST', '/api/v1/deal-stages', { pipelines: [pipeline('sales', 'new', 'won', 'lost'), pipeline('renewals', 'r2', 'r1')] });
    assert.equal(reply.statusCode, 200, reply.raw);
    assert.equal(reply.body.path, '/api/v1/deal-stages');
    assert.deepEqual(reply.body.data, {
      results: [
        { pipelineId: 'sales', status: 'created' },
        { pipelineId: 'renewals', status: 'created' },
      ],
      summary: { total: 2, created: 2 },
    });
    await tenant.request('POST', '/api/v1/deal-stages', { pipelines: [pipeline('a-later')] });
    assert.deepEqual(await list(tenant), [pipeline('sales', 'new', 'won', 'lost'), pipeline('renewals', 'r2', 'r1'), pipeline('a-later')]);
  });

  test('an existing or repeated pipelineId is a 409 with every conflicting id, and nothing is created', async () => {
    const tenant = await ctx().newTenant();
    await tenant.request('POST', '/api/v1/deal-stages', { pipelines: [pipeline('p1'), pipeline('p2')] });
    const existing = await tenant.request('POST', '/api/v1/deal-stages', { pipelines: [pipeline('new1'), pipeline('p2'), pipeline('p1')] });
    assert.equal(existing.statusCode, 409);
    assert.deepEqual({ ...existing.body, timestamp: 't' }, {
      statusCode: 409,
      timestamp: 't',
      path: '/api/v1/deal-stages',
      message: 'Conflict',
      customMessage: 'Pipeline(s) already exist: p2, p1',
      data: null,
    });
    const repeated = await tenant.request('POST', '/api/v1/deal-stages', { pipelines: [pipeline('x'), pipeline('y'), pipeline('x')] });
    assert.deepEqual([repeated.statusCode, repeated.body.customMessage], [409, 'Pipeline(s) already exist: x']);
    assert.deepEqual((await list(tenant)).map((p) => p.pipelineId), ['p1', 'p2'], 'all or nothing');
  });

  test('the CRM generation\'s longer 409 message is an option of the same service', async () => {
    const tenant = await ctx().newTenant();
    const service = ctx().services.dealStages;
    await service.create(tenant.workspaceId, { pipelines: [pipeline('p1')] });
    await assert.rejects(
      service.create(tenant.workspaceId, { pipelines: [pipeline('p1'), pipeline('p9'), pipeline('p9')] }, { conflictTail: CRM_PIPELINE_CONFLICT_TAIL }),
      (error: unknown) =>
        error instanceof ApiError &&
        error.statusCode === 409 &&
        error.customMessage === 'Pipeline(s) already exist: p1, p9. Use the update endpoint to modify existing pipelines.',
    );
  });

  test('validation comes first: schema errors and repeated stageIds are 400, even when a pipeline also conflicts', async () => {
    const tenant = await ctx().newTenant();
    await tenant.request('POST', '/api/v1/deal-stages', { pipelines: [pipeline('p1')] });
    const cases: Array<[unknown, string]> = [
      [{}, 'pipelines must be an array; pipelines must contain at least 1 elements'],
      [{ pipelines: [] }, 'pipelines must contain at least 1 elements'],
      [{ pipelines: Array.from({ length: 21 }, (_, i) => pipeline(`p${i + 100}`)) }, 'pipelines must contain no more than 20 elements'],
      [{ pipelines: [{ pipelineId: 'p', pipelineLabel: 'P', stages: [] }] }, 'stages must contain at least 1 elements'],
      [{ pipelines: [{ pipelineId: 'p', pipelineLabel: 'P' }] }, 'stages must be an array; stages must contain at least 1 elements'],
      [{ pipelines: [{ pipelineLabel: 'P', stages: stages('a') }] }, 'pipelineId should not be empty'],
      [{ pipelines: [{ pipelineId: 'p', pipelineLabel: 'P', stages: [{ stageId: 'a' }] }] }, 'stageLabel should not be empty'],
    ];
    for (const [body, message] of cases) {
      const reply = await tenant.request('POST', '/api/v1/deal-stages', body);
      assert.deepEqual([reply.statusCode, reply.body.message, reply.body.customMessage], [400, 'Bad Request', message], JSON.stringify(body).slice(0, 120));
    }
    const duplicate = await tenant.request('POST', '/api/v1/deal-stages', { pipelines: [pipeline('p1'), pipeline('fresh', 'a', 'b', 'a')] });
    assert.equal(duplicate.statusCode, 400);
    assert.equal(duplicate.body.message, 'Bad Request');
    assert.equal(duplicate.body.customMessage, "stageId 'a' appears more than once in pipeline 'fresh'");
    assert.deepEqual(duplicate.body.data, [
      { property: 'stageId', path: 'pipelines[1].stages[2].stageId', constraints: { isUnique: "stageId 'a' appears more than once in pipeline 'fresh'" } },
    ]);
    assert.deepEqual((await list(tenant)).map((p) => p.pipelineId), ['p1']);
  });

  test('PUT replaces a pipeline\'s label and stages; an unknown or foreign pipeline is 404', async () => {
    const owner = await ctx().newTenant();
    const other = await ctx().newTenant();
    await owner.request('POST', '/api/v1/deal-stages', { pipelines: [pipeline('sales', 'a', 'b'), pipeline('other')] });
    const body = { pipelineLabel: 'Sales 2026', stages: [{ stageId: 'b', stageLabel: 'Bee' }, { stageId: 'c', stageLabel: 'Sea' }] };
    const reply = await owner.request('PUT', '/api/v1/deal-stages/sales', body);
    assert.equal(reply.statusCode, 200, reply.raw);
    assert.deepEqual(reply.body.data, { pipelineId: 'sales', ...body });
    assert.deepEqual(await list(owner), [{ pipelineId: 'sales', ...body }, pipeline('other')], 'the listing order is kept');

    for (const [tenant, id] of [[owner, 'nope'], [other, 'sales'], [owner, 'sa%00les']] as const) {
      const missing = await tenant.request('PUT', `/api/v1/deal-stages/${id}`, body);
      assert.deepEqual({ ...missing.body, timestamp: 't' }, {
        statusCode: 404,
        timestamp: 't',
        path: `/api/v1/deal-stages/${id}`,
        message: 'Not Found',
        customMessage: 'Pipeline not found',
        data: null,
      });
    }
    assert.deepEqual(await list(other), []);
    assert.deepEqual((await list(owner))[0], { pipelineId: 'sales', ...body }, 'a foreign PUT changes nothing');

    const dup = await owner.request('PUT', '/api/v1/deal-stages/sales', { pipelineLabel: 'X', stages: stages('a', 'a') });
    assert.deepEqual([dup.statusCode, dup.body.customMessage], [400, "stageId 'a' appears more than once in pipeline 'sales'"]);
    const empty = await owner.request('PUT', '/api/v1/deal-stages/sales', { pipelineLabel: 'X', stages: [] });
    assert.deepEqual([empty.statusCode, empty.body.customMessage], [400, 'stages must contain at least 1 elements']);
  });

  test('another workspace\'s pipelineId does not conflict; concurrent creates of one id succeed once', async () => {
    const owner = await ctx().newTenant();
    const other = await ctx().newTenant();
    await owner.request('POST', '/api/v1/deal-stages', { pipelines: [pipeline('shared')] });
    const reply = await other.request('POST', '/api/v1/deal-stages', { pipelines: [pipeline('shared', 'x')] });
    assert.equal(reply.statusCode, 200, reply.raw);
    assert.deepEqual(await list(owner), [pipeline('shared')]);

    const replies = await Promise.all(Array.from({ length: 6 }, () => owner.request('POST', '/api/v1/deal-stages', { pipelines: [pipeline('race')] })));
    assert.deepEqual(replies.map((r) => r.statusCode).sort(), [200, 409, 409, 409, 409, 409]);
    for (const r of replies.filter((r) => r.statusCode === 409)) assert.equal(r.body.customMessage, 'Pipeline(s) already exist: race');
  });

});
