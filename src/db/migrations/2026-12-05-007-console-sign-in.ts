import type { Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
//
// Issue 12, console sign-in: a password per user (nullable: API-only users have none), sessions
// stored in the database so every process of a PostgreSQL deployment honours them, and the failed
// sign-in attempts the throttle counts, for the same reason.

export async function up(db: Kysely<any>): Promise<void> {
  // `scrypt$N$r$p$salt$hash` (src/modules/console/password-hash.ts); null = cannot sign in.
  await db.schema.alterTable('users').addColumn('password_hash', 'text').execute();
  // Sign-in knows an email, not a workspace: without this every attempt would scan all users.
  await db.schema.createIndex('users_email_idx').on('users').column('email').execute();

  // The cookie carries `<workspace id>.<secret>`, so a session is found by its full key, workspace
  // first like every other table; only a hash of the secret is stored.
  await db.schema
    .createTable('console_sessions')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('console_sessions_pk', ['workspace_id', 'token_hash'])
    .execute();
  // A user's sessions: pruned at sign-in, ended when their password changes.
  await db.schema.createIndex('console_sessions_user_idx').on('console_sessions').columns(['workspace_id', 'user_id']).execute();

  // Counted before the workspace is known (an email may belong to several, or to none), so this is
  // the one table not keyed by workspace: by what is throttled, `email` or `address`, and its value.
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('failed_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('sign_in_failures_pk', ['scope', 'subject', 'id'])
    .execute();
  await db.schema.createIndex('sign_in_failures_subject_idx').on('sign_in_failures').columns(['scope', 'subject', 'failed_at']).execute();
  // Rows older than the window are purged through this one.
  await db.schema.createIndex('sign_in_failures_failed_at_idx').on('sign_in_failures').column('failed_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_failures').execute();
  await db.schema.dropTable('console_sessions').execute();
  await db.schema.dropIndex('users_email_idx').execute();
  await db.schema.alterTable('users').dropColumn('password_hash').execute();
}
