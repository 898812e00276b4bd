import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Whether the database answers `select 1` within `timeoutMs`. Time-boxed on its own, so a health
 * check answers in time even when the database went silent and a query would wait out the driver's
 * timeouts; the abandoned query keeps waiting in the background until they end it.
 */
export async function pingDatabase(db: Kysely<Database>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answered = sql`select 1`.execute(db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answered, outOfTime]);
  } finally {
    clearTimeout(timer);
  }
}
