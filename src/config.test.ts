import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig, type DatabaseConfig } from './config.js';

const POSTGRES_URL = 'postgres://intentbase@db.internal:5432/intentbase';

function postgresConfig(env: Record<string, string>): Extract<DatabaseConfig, { engine: 'postgres' }> {
  const { database } = loadConfig({ DATABASE_URL: POSTGRES_URL, ...env });
  assert.equal(database.engine, 'postgres');
  return database;
}

function refused(env: Record<string, string>, variable: string): void {
  assert.throws(
    () => loadConfig({ DATABASE_URL: POSTGRES_URL, ...env }),
    (error: unknown) => error instanceof ConfigError && error.variable === variable,
  );
}

describe('configuration: PostgreSQL timeouts and the health check', () => {
  test('defaults: the client waits a second longer than the server lets a statement run', () => {
    const config = postgresConfig({});
    assert.equal(config.statementTimeoutMs, 4_000);
    assert.equal(config.queryTimeoutMs, 5_000);
    assert.equal(config.connectTimeoutMs, 5_000);
    assert.equal(loadConfig({}).healthTimeoutMs, 2_000);
  });

  test('the query timeout follows the statement timeout unless set, and is off when that is off', () => {
    assert.equal(postgresConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '30000' }).queryTimeoutMs, 31_000);
    assert.equal(postgresConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0' }).queryTimeoutMs, 0);
    assert.equal(postgresConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0', DATABASE_QUERY_TIMEOUT_MS: '2500' }).queryTimeoutMs, 2_500);
    assert.equal(postgresConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '2000', DATABASE_QUERY_TIMEOUT_MS: '2001' }).queryTimeoutMs, 2_001);
    assert.equal(postgresConfig({ DATABASE_QUERY_TIMEOUT_MS: '0' }).queryTimeoutMs, 0);
  });

  test('a query timeout that would cut statements the server still lets run is refused', () => {
    refused({ DATABASE_QUERY_TIMEOUT_MS: '4000' }, 'DATABASE_QUERY_TIMEOUT_MS');
    refused({ DATABASE_STATEMENT_TIMEOUT_MS: '30000', DATABASE_QUERY_TIMEOUT_MS: '5000' }, 'DATABASE_QUERY_TIMEOUT_MS');
  });

  test('values that are not integers in range are refused, naming the variable', () => {
    for (const [variable, value] of [
      ['DATABASE_QUERY_TIMEOUT_MS', '5s'],
      ['DATABASE_QUERY_TIMEOUT_MS', '-1'],
      ['DATABASE_CONNECT_TIMEOUT_MS', '0'],
      ['DATABASE_CONNECT_TIMEOUT_MS', '99'],
      ['DATABASE_CONNECT_TIMEOUT_MS', 'soon'],
      ['DATABASE_CONNECT_TIMEOUT_MS', '600001'],
      ['HEALTHZ_TIMEOUT_MS', '0'],
      ['HEALTHZ_TIMEOUT_MS', '60001'],
      ['HEALTHZ_TIMEOUT_MS', '1.5'],
    ]) {
      refused({ [variable]: value }, variable);
    }
    assert.equal(postgresConfig({ DATABASE_CONNECT_TIMEOUT_MS: '250' }).connectTimeoutMs, 250);
    assert.equal(loadConfig({ HEALTHZ_TIMEOUT_MS: '750' }).healthTimeoutMs, 750);
  });
});
