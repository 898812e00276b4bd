import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, test } from 'node:test';
import type { DatabaseConfig } from '../../src/config.js';

export type EngineName = 'sqlite' | 'postgres';

export interface TestDatabase {
  engine: EngineName;
  config: DatabaseConfig;
  /** Drops the database (PostgreSQL) or deletes the file (SQLite). */
  drop(): Promise<void>;
}

const postgresUrl = process.env.TEST_DATABASE_URL;
const requirePostgres = process.env.REQUIRE_POSTGRES === '1';

/** A fresh, empty database on the given engine: a temp file, or a new PostgreSQL database. */
export async function createTestDatabase(engine: EngineName): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'intentbase-test-'));
    return {
      engine,
      config: { engine: 'sqlite', path: join(dir, 'test.db') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!postgresUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `ib_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    engine,
    config: { engine: 'postgres', url: url.toString(), poolSize: 10, statementTimeoutMs: 30_000, connectTimeoutMs: 5_000, queryTimeoutMs: 31_000 },
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

let noticePrinted = false;

/**
 * Runs a suite once per engine: always SQLite, and PostgreSQL when TEST_DATABASE_URL is set.
 * Without it the PostgreSQL half is skipped with a notice — or fails when REQUIRE_POSTGRES=1.
 */
export function describeEachEngine(name: string, suite: (engine: EngineName) => void): void {
  describe(`${name} [sqlite]`, () => suite('sqlite'));
  if (postgresUrl) {
    describe(`${name} [postgres]`, () => suite('postgres'));
  } else if (requirePostgres) {
    test(`${name} [postgres]`, () => {
      throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
    });
  } else {
    if (!noticePrinted) {
      noticePrinted = true;
      console.log('# notice: TEST_DATABASE_URL is not set; the PostgreSQL half of the suite is skipped');
    }
    describe(`${name} [postgres]`, { skip: 'TEST_DATABASE_URL is not set' }, () => {});
  }
}

/**
 * A suite that exists only on PostgreSQL (what it tests has no SQLite counterpart, e.g. the network
 * between the server and its database): skipped with a notice without TEST_DATABASE_URL, a failure
 * when REQUIRE_POSTGRES=1.
 */
export function describePostgres(name: string, suite: () => void): void {
  if (postgresUrl) {
    describe(`${name} [postgres]`, suite);
  } else if (requirePostgres) {
    test(`${name} [postgres]`, () => {
      throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
    });
  } else {
    console.log(`# notice: TEST_DATABASE_URL is not set; '${name}' (PostgreSQL only) is skipped`);
    describe(`${name} [postgres]`, { skip: 'TEST_DATABASE_URL is not set' }, () => {});
  }
}
