/**
 * Where each table goes when the schema is distributed by workspace on Citus (docs/operations.md,
 * "Distributing by workspace on Citus"). One list for the docs and the test that checks both the
 * schema and the docs' statements against it (test/distribution-ready.test.ts); nothing in the
 * application reads it.
 *
 * Every table not named here is distributed by `workspace_id`, co-located with `accounts`: each
 * of its primary keys, unique indexes and foreign keys leads with `workspace_id`, so all of a
 * workspace's rows live on one worker and a query filtered on one workspace goes to that worker alone.
 */
export const DISTRIBUTION_COLUMN = 'workspace_id';

export type Placement =
  /** A copy on every node: small, read before the workspace is known. Every write goes to all nodes. */
  | { kind: 'reference'; reason: string }
  /** Distributed by a key of its own (not co-located with the workspaces): never joined to workspace data. */
  | { kind: 'distributed'; column: string; reason: string }
  /** A plain table on the coordinator, where the migrations run. */
  | { kind: 'coordinator'; reason: string };

export const TABLE_PLACEMENTS: Readonly<Record<string, Placement>> = {
  workspaces: {
    kind: 'reference',
    reason:
      'the tenants themselves (their key `id` is the workspace id); every API request finds its key and the workspace’s API switch in one join before a workspace is known',
  },
  api_keys: {
    kind: 'reference',
    reason: 'found by the hash of the presented key (api_keys_hash_idx) before the workspace is known, on every API request; a few rows per user, written only when keys change',
  },
  sign_in_failures: {
    kind: 'distributed',
    column: 'subject',
    reason: 'failed console sign-ins, counted per email or address before a workspace is known: no workspace data; looked up by (scope, subject)',
  },
  rate_limit_buckets: {
    kind: 'distributed',
    column: 'bucket',
    reason:
      'token buckets per credential or address, written by every request when several processes share PostgreSQL: as a reference table each request would become a transaction across all nodes; looked up by their key only',
  },
  kysely_migration: { kind: 'coordinator', reason: 'the migrations already run: read and written only by the migrations, on the coordinator' },
  kysely_migration_lock: { kind: 'coordinator', reason: 'the migrator’s lock row, on the coordinator where the migrations run' },
};

/** The placement of any table: its exception, or distributed by workspace. */
export function placementOf(table: string): Placement {
  return TABLE_PLACEMENTS[table] ?? { kind: 'distributed', column: DISTRIBUTION_COLUMN, reason: 'workspace data' };
}
