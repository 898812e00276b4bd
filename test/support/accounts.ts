import { reserveChangeStamps } from '../../src/db/change-stamps.js';
import { newId } from '../../src/lib/ids.js';
import type { TestContext } from './test-app.js';

/** Inserts an account row directly, for suites that need accounts before exercising other routes. */
export async function insertAccount(ctx: TestContext, workspaceId: string, domain: string, name = domain): Promise<string> {
  const { db, dialect } = ctx.database;
  return db.transaction().execute(async (trx) => {
    const stamps = await reserveChangeStamps(trx, workspaceId, 1);
    const id = newId(stamps.changedAt);
    await trx
      .insertInto('accounts')
      .values({
        workspace_id: workspaceId,
        id,
        domain,
        name,
        external_id: null,
        short_name: null,
        linkedin_url: null,
        tags: dialect.encodeJson([]),
        custom_fields: dialect.encodeJson({}),
        created_at: stamps.changedAt,
        changed_at: stamps.changedAt,
        change_seq: stamps.firstSeq,
      })
      .execute();
    return id;
  });
}
