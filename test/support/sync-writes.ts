import fc from 'fast-check';

/**
 * The writes of the delta-sync property (src/modules/accounts/delta-sync.test.ts, and the same
 * property through @intentbase/client in test/client/server.test.ts): pushes, custom-field changes,
 * static segment membership and deletions over a few domains, so they collide.
 */
const DOMAINS = ['acme.com', 'globex.com', 'initech.com', 'umbrella.com', 'hooli.com', 'stark.com', 'wayne.com', 'wonka.com'];

export type WriteOp =
  | { kind: 'push'; upsert: boolean; items: Array<{ domain: string; name: string; value?: number | null }> }
  | { kind: 'putField'; domain: string; value: number | null }
  | { kind: 'segment'; domain: string; add: boolean }
  | { kind: 'delete'; domain: string; batch: boolean };

export const writeOp: fc.Arbitrary<WriteOp> = fc.oneof(
  fc.record({
    kind: fc.constant('push' as const),
    upsert: fc.boolean(),
    items: fc.array(
      fc.record({ domain: fc.constantFrom(...DOMAINS), name: fc.constantFrom('A', 'B', 'C'), value: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }) }),
      { minLength: 1, maxLength: 5 },
    ),
  }),
  fc.record({ kind: fc.constant('putField' as const), domain: fc.constantFrom(...DOMAINS), value: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }) }),
  fc.record({ kind: fc.constant('segment' as const), domain: fc.constantFrom(...DOMAINS), add: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), domain: fc.constantFrom(...DOMAINS), batch: fc.boolean() }),
);
