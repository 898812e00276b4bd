import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { describeEachEngine } from '../../../test/support/engines.js';
import { assertEnvelope } from '../../../test/support/route-contract.js';
import { useTestApp, type Tenant } from '../../../test/support/test-app.js';
import { RULE_LIMITS, ruleBytes, WORKSPACE_RULE_LIMITS } from './segment-rules.js';
import { MAX_JSON_DEPTH } from '../../http/limits.js';

// Limits of docs/operations.md "Segment rule limits": each at its boundary is accepted, one over is
// refused with its exact message, and a refused request stores nothing.

type Rules = Record<string, unknown>;
const condition = (value = 'x') => ({ field: 'name', op: 'eq', value });
const conditions = (n: number) => Array.from({ length: n }, () => condition());
const tagsIn = (n: number, prefix = 'v') => ({ field: 'tags', op: 'in', value: Array.from({ length: n }, (_, i) => `${prefix}${i}`) });

/** Rules of exactly `bytes` bytes as compact JSON: `eq` conditions whose last value takes up the rest. */
function rulesOfBytes(bytes: number): Rules {
  const all: Array<{ field: string; op: string; value: string }> = [];
  const rules = { all };
  const size = () => ruleBytes(rules)!;
  while (size() < bytes) all.push(condition('x'.repeat(RULE_LIMITS.maxValueLength)));
  const last = all[all.length - 1];
  last.value = last.value.slice(0, last.value.length - (size() - bytes));
  assert.equal(ruleBytes(rules), bytes);
  return rules;
}

/** `{ all: [ { all: [ … condition … ] } ] }` with `levels` groups. */
function nested(levels: number): Rules {
  let node: Rules = condition();
  for (let i = 0; i < levels; i += 1) node = { all: [node] };
  return node;
}

describeEachEngine('segment rule limits', (engine) => {
  const ctx = useTestApp(engine);

  const dynamic = (tenant: Tenant, rules: unknown, extra: Record<string, unknown> = {}) =>
    tenant.request('POST', '/api/v1/segments', { name: 'D', type: 'dynamic', rules, ...extra });
  const segmentCount = async (tenant: Tenant) =>
    (await tenant.request('GET', '/api/v1/segments?type=all&limit=1000')).body.data.data.length +
    (await tenant.request('GET', '/api/v1/segments?type=all&status=archived&limit=1000')).body.data.data.length;

  /** Accepted at the boundary; refused one over with exactly these issues; nothing stored by the refusal. */
  async function boundary(at: unknown, over: unknown, issues: Array<{ path: string; constraints: Record<string, string> }>) {
    const tenant = await ctx().newTenant();
    const accepted = await dynamic(tenant, at);
    assert.equal(accepted.statusCode, 200, accepted.raw);
    const refused = await dynamic(tenant, over);
    assert.equal(refused.statusCode, 400, refused.raw);
    assertEnvelope(refused, '/api/v1/segments');
    assert.deepEqual(
      refused.body.data.map((i: { path: string; constraints: unknown }) => ({ path: i.path, constraints: i.constraints })),
      issues,
    );
    assert.equal(await segmentCount(tenant), 1);
    // The same rules through PATCH: refused, and the segment keeps its rules.
    const segmentId = accepted.body.data.segmentId;
    const patched = await tenant.request('PATCH', `/api/v1/segments/${segmentId}`, { rules: over });
    assert.equal(patched.statusCode, 400);
    assert.equal(patched.body.customMessage, refused.body.customMessage);
    assert.deepEqual((await tenant.request('GET', `/api/v1/segments/${segmentId}`)).body.data.rules, at);
  }

  test(`rules of ${RULE_LIMITS.maxBytes} bytes of JSON are accepted, one byte more is not`, async () => {
    await boundary(rulesOfBytes(RULE_LIMITS.maxBytes), rulesOfBytes(RULE_LIMITS.maxBytes + 1), [
      { path: 'rules', constraints: { maxBytes: 'rules must not be larger than 16384 bytes as JSON' } },
    ]);
  });

  test(`${RULE_LIMITS.maxDepth} levels of groups are accepted, ${RULE_LIMITS.maxDepth + 1} are not`, async () => {
    await boundary(nested(5), nested(6), [
      { path: 'rules.all[0].all[0].all[0].all[0].all[0]', constraints: { maxDepth: 'rules must not be nested more than 5 levels deep' } },
    ]);
  });

  test(`${RULE_LIMITS.maxConditions} conditions are accepted, ${RULE_LIMITS.maxConditions + 1} are not`, async () => {
    await boundary({ any: conditions(100) }, { any: conditions(101) }, [
      { path: 'rules', constraints: { maxConditions: 'rules must not hold more than 100 conditions' } },
    ]);
  });

  test(`an in list of ${RULE_LIMITS.maxInValues} values is accepted, ${RULE_LIMITS.maxInValues + 1} are not`, async () => {
    await boundary({ all: [tagsIn(100)] }, { all: [tagsIn(101)] }, [
      { path: 'rules.all[0].value', constraints: { arrayMaxSize: 'value must contain no more than 100 elements' } },
    ]);
  });

  test(`string values of ${RULE_LIMITS.maxValueLength} characters are accepted, ${RULE_LIMITS.maxValueLength + 1} are not`, async () => {
    const long = (n: number) => 'é'.repeat(n);
    await boundary(
      { any: [condition(long(256)), { field: 'tags', op: 'in', value: ['a', long(256)] }, { field: 'name', op: 'contains', value: long(256) }] },
      { any: [condition(long(257)), { field: 'tags', op: 'in', value: ['a', long(257)] }, { field: 'name', op: 'contains', value: long(257) }] },
      [
        { path: 'rules.any[0].value', constraints: { maxLength: 'value must be shorter than or equal to 256 characters' } },
        { path: 'rules.any[1].value[1]', constraints: { maxLength: 'each value in value must be shorter than or equal to 256 characters' } },
        { path: 'rules.any[2].value', constraints: { maxLength: 'value must be shorter than or equal to 256 characters' } },
      ],
    );
  });

  test('unknown keys are refused at every level of the rules', async () => {
    await boundary(
      { all: [{ any: [condition()] }, condition()] },
      { all: [{ any: [{ ...condition(), note: { nested: [1] } }], extra: 1 }, { ...condition(), Value: 'x' }], comment: 'c' },
      [
        { path: 'rules.comment', constraints: { whitelistValidation: 'property comment should not exist' } },
        { path: 'rules.all[0].extra', constraints: { whitelistValidation: 'property extra should not exist' } },
        { path: 'rules.all[0].any[0].note', constraints: { whitelistValidation: 'property note should not exist' } },
        { path: 'rules.all[1].Value', constraints: { whitelistValidation: 'property Value should not exist' } },
      ],
    );
  });

  test('deeply nested values in a rule are refused, not stored (10,000 levels used to be a 500)', async () => {
    const tenant = await ctx().newTenant();
    const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    const condition = (junk: string) => `{"field":"name","op":"eq","value":"x","junk":${junk}}`;
    // Beyond the body's nesting limit the HTTP edge refuses before the rules are looked at; within it,
    // the rules' own checks report the junk where it sits.
    const tooDeep = `Request body is nested more than ${MAX_JSON_DEPTH} levels deep`;
    const cases: Array<[string, string]> = [
      [`{"all":[${condition(deep(10_000))}]}`, tooDeep],
      [`{"all":[{"field":"name","op":"exists"}],"junk":${deep(100_000)}}`, tooDeep],
      [`{"all":[${deep(1_000_000)}]}`, tooDeep],
      [`{"all":[${condition(deep(20))}]}`, 'property junk should not exist'],
      [`{"all":[{"field":"name","op":"exists"}],"junk":${deep(20)}}`, 'property junk should not exist'],
      [`{"all":[${condition(JSON.stringify('x'.repeat(17_000)))}]}`, 'rules must not be larger than 16384 bytes as JSON'],
      [`{"all":[${deep(20)}]}`, 'rules.all[0] must be an object'],
    ];
    for (const [rules, message] of cases) {
      const reply = await tenant.request('POST', '/api/v1/segments', `{"name":"D","type":"dynamic","rules":${rules}}`);
      assert.equal(reply.statusCode, 400, reply.raw.slice(0, 300));
      assertEnvelope(reply, '/api/v1/segments');
      assert.equal(reply.body.customMessage, message);
    }
    assert.equal(await segmentCount(tenant), 0);
  });

  test(`a workspace holds at most ${WORKSPACE_RULE_LIMITS.maxDynamicSegments} active or draft dynamic segments; archived ones do not count`, async () => {
    const tenant = await ctx().newTenant();
    const rules = { all: [condition()] };
    for (let i = 0; i < 50; i += 1) {
      const reply = await dynamic(tenant, rules, { status: i % 2 ? 'draft' : 'active' });
      assert.equal(reply.statusCode, 200, reply.raw);
    }
    const refused = await dynamic(tenant, rules);
    assert.equal(refused.statusCode, 400);
    assertEnvelope(refused, '/api/v1/segments');
    assert.equal(refused.body.customMessage, 'A workspace may have at most 50 active or draft dynamic segments');
    assert.equal(refused.body.data, null);
    assert.equal(await segmentCount(tenant), 50);

    const archived = await dynamic(tenant, rules, { status: 'archived' });
    assert.equal(archived.statusCode, 200);
    assert.equal((await tenant.request('POST', '/api/v1/segments', { name: 'S', type: 'static' })).statusCode, 200);
    const reactivated = await tenant.request('PATCH', `/api/v1/segments/${archived.body.data.segmentId}`, { status: 'active' });
    assert.equal(reactivated.statusCode, 400);
    assert.equal(reactivated.body.customMessage, 'A workspace may have at most 50 active or draft dynamic segments');
    assert.equal((await tenant.request('GET', `/api/v1/segments/${archived.body.data.segmentId}`)).body.data.status, 'archived');
    // Renaming one of the 50 still works; another workspace is not affected.
    const first = (await tenant.request('GET', '/api/v1/segments?type=dynamic&limit=1')).body.data.data[0];
    assert.equal((await tenant.request('PATCH', `/api/v1/segments/${first.segmentId}`, { name: 'Renamed', rules })).statusCode, 200);
    assert.equal((await dynamic(await ctx().newTenant(), rules)).statusCode, 200);
  });

  test(`a workspace's dynamic segments hold at most ${WORKSPACE_RULE_LIMITS.maxConditions} conditions in all`, async () => {
    const tenant = await ctx().newTenant();
    for (let i = 0; i < 4; i += 1) assert.equal((await dynamic(tenant, { any: conditions(100) })).statusCode, 200);
    const ninetyNine = await dynamic(tenant, { any: conditions(99) });
    assert.equal((await dynamic(tenant, { any: conditions(1) })).statusCode, 200, 'the 500th condition');
    const refused = await dynamic(tenant, { any: conditions(1) });
    assert.equal(refused.statusCode, 400);
    const message = 'The active and draft dynamic segments of a workspace may hold at most 500 conditions in all; this change would bring them to 501';
    assert.equal(refused.body.customMessage, message);
    assert.equal(await segmentCount(tenant), 6);
    // Growing a segment is refused the same way; replacing it by one of the same weight is not.
    const url = `/api/v1/segments/${ninetyNine.body.data.segmentId}`;
    assert.equal((await tenant.request('PATCH', url, { rules: { any: conditions(100) } })).body.customMessage, message);
    assert.equal((await tenant.request('PATCH', url, { rules: { all: conditions(99) } })).statusCode, 200);
    // Archiving a segment makes room.
    assert.equal((await tenant.request('PATCH', url, { status: 'archived' })).statusCode, 200);
    assert.equal((await dynamic(tenant, { any: conditions(99) })).statusCode, 200);
  });

  test(`a workspace's dynamic segments hold at most ${WORKSPACE_RULE_LIMITS.maxInValues} in values in all`, async () => {
    const tenant = await ctx().newTenant();
    for (let i = 0; i < 5; i += 1) {
      assert.equal((await dynamic(tenant, { all: [tagsIn(100, 'a'), tagsIn(100, 'b')] })).statusCode, 200);
    }
    const refused = await dynamic(tenant, { all: [tagsIn(1)] });
    assert.equal(refused.statusCode, 400);
    assert.equal(
      refused.body.customMessage,
      'The active and draft dynamic segments of a workspace may hold at most 1000 "in" values in all; this change would bring them to 1001',
    );
    assert.equal(await segmentCount(tenant), 5);
  });

  test('no rules body, however shaped, answers anything but a 2xx or a 4xx in the envelope', async () => {
    const tenant = await ctx().newTenant();
    const word = fc.constantFrom('all', 'any', 'field', 'op', 'value', 'name', 'tags', 'in', 'eq', 'gt', 'exists', 'contains', 'x');
    const ruleish = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 3 }),
        fc.dictionary(word, tie('node'), { maxKeys: 4 }),
        fc.record({ field: fc.oneof(word, fc.jsonValue({ maxDepth: 1 })), op: fc.oneof(word, fc.jsonValue({ maxDepth: 1 })), value: tie('node') }, { requiredKeys: [] }),
        fc.array(tie('node'), { maxLength: 4 }).map((children) => ({ all: children })),
        fc.array(tie('node'), { maxLength: 4 }).map((children) => ({ any: children })),
      ),
    })).node;
    let created = 0;
    await fc.assert(
      fc.asyncProperty(ruleish, fc.boolean(), async (rules, patch) => {
        const reply = await dynamic(tenant, rules);
        assertEnvelope(reply, '/api/v1/segments', JSON.stringify(rules).slice(0, 500));
        assert.ok(reply.statusCode === 200 || reply.statusCode === 400, reply.raw.slice(0, 500));
        if (reply.statusCode === 200) {
          created += 1;
          // Archived at once, so the workspace never reaches its limits.
          const id = reply.body.data.segmentId;
          assert.equal((await tenant.request('PATCH', `/api/v1/segments/${id}`, { status: 'archived', ...(patch ? { rules } : {}) })).statusCode, 200);
        }
      }),
      { numRuns: 300 },
    );
    assert.equal(await segmentCount(tenant), created);
  });
});
