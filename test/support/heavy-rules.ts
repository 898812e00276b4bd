import { RULE_LIMITS, WORKSPACE_RULE_LIMITS } from '../../src/modules/segments/segment-rules.js';

/**
 * The heaviest dynamic-segment load the workspace limits allow (issue 10, class 2): 50 segments whose
 * 500 conditions are `tags in [2 values of 256 characters]` that never match an account of
 * `taggedAccounts`, so every condition of every segment is evaluated for every written account. Used
 * by the isolation test and by bench/segment-rules.ts and bench/isolation.ts.
 */
export function heaviestAllowedRules(): Array<{ any: Array<{ field: 'tags'; op: 'in'; value: string[] }> }> {
  const perSegment = WORKSPACE_RULE_LIMITS.maxConditions / WORKSPACE_RULE_LIMITS.maxDynamicSegments;
  const valuesPerCondition = WORKSPACE_RULE_LIMITS.maxInValues / WORKSPACE_RULE_LIMITS.maxConditions;
  const value = (s: number, c: number, v: number) => `s${String(s)}c${String(c)}v${String(v)}-`.padEnd(RULE_LIMITS.maxValueLength, 'x');
  return Array.from({ length: WORKSPACE_RULE_LIMITS.maxDynamicSegments }, (_, s) => ({
    any: Array.from({ length: perSegment }, (_, c) => ({
      field: 'tags' as const,
      op: 'in' as const,
      value: Array.from({ length: valuesPerCondition }, (_, v) => value(s, c, v)),
    })),
  }));
}

/** `count` accounts of 100 tags each, named for `round`, with domains under `prefix` (a full batch by default). */
export function taggedAccounts(prefix: string, round: number, count = 100): Array<{ domain: string; name: string; tags: string[] }> {
  return Array.from({ length: count }, (_, i) => ({
    domain: `${prefix}-a${String(i)}.example`,
    name: `Account ${String(i)} round ${String(round)}`,
    tags: Array.from({ length: 100 }, (_, t) => `tag-${String(t)}-round-${String(round)}`),
  }));
}
