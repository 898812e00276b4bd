import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Kysely's SQLite driver prepares every query afresh. Preparing is not free — for a 100-row
 * multi-row upsert (1,200 parameters) it cost about as much as a fifth of running it — and the
 * same few statement texts recur on every request, so prepared statements are kept by their SQL
 * text, least recently used dropped first. A better-sqlite3 statement is reusable for any
 * parameters; Kysely runs one query at a time on the connection, so a cached statement is never
 * in use twice at once.
 */
export function withStatementCache(connection: SqliteDatabase.Database, capacity = 500): KyselySqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      connection.close();
    },
    prepare: (sql) => {
      let statement = statements.get(sql);
      if (statement) {
        // Re-insert: Map keeps insertion order, so the first key is always the least recently used.
        statements.delete(sql);
      } else {
        statement = connection.prepare(sql) as unknown as SqliteStatement;
        if (statements.size >= capacity) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
