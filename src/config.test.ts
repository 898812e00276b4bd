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

describe('configuration: console sign-in', () => {
  test('DATABASE_READ_URL: none by default, several comma-separated, only postgres:// URLs and only beside PostgreSQL', () => {
    assert.deepEqual(postgresConfig({}).readUrls, []);
    assert.equal(postgresConfig({}).readMaxLagMs, 5_000);
    const replicas = postgresConfig({ DATABASE_READ_URL: ' postgres://r1:5432/ib , postgresql://r2/ib,', DATABASE_READ_MAX_LAG_MS: '250' });
    assert.deepEqual(replicas.readUrls, ['postgres://r1:5432/ib', 'postgresql://r2/ib']);
    assert.equal(replicas.readMaxLagMs, 250);
    refused({ DATABASE_READ_URL: 'mysql://r1/ib' }, 'DATABASE_READ_URL');
    refused({ DATABASE_READ_URL: 'postgres://user:secret@[bad/ib' }, 'DATABASE_READ_URL');
    refused({ DATABASE_READ_MAX_LAG_MS: 'soon' }, 'DATABASE_READ_MAX_LAG_MS');
    assert.throws(
      () => loadConfig({ DATABASE_URL: 'sqlite:./data/x.db', DATABASE_READ_URL: 'postgres://r1/ib' }),
      (error: unknown) => error instanceof ConfigError && error.variable === 'DATABASE_READ_URL' && !error.message.includes('r1'),
    );
    // A URL may hold a password: the error never echoes it.
    assert.throws(
      () => loadConfig({ DATABASE_URL: POSTGRES_URL, DATABASE_READ_URL: 'postgres://user:secret@[bad/ib' }),
      (error: unknown) => error instanceof ConfigError && !error.message.includes('secret'),
    );
  });

  test('SESSION_IDLE_MINUTES defaults to 60 and is bounded by the 7-day absolute expiry', () => {
    assert.equal(loadConfig({}).sessionIdleMinutes, 60);
    assert.equal(loadConfig({ SESSION_IDLE_MINUTES: '15' }).sessionIdleMinutes, 15);
    for (const value of ['0', '10081', 'soon', '1.5']) refused({ SESSION_IDLE_MINUTES: value }, 'SESSION_IDLE_MINUTES');
  });

  test('TRUST_PROXY: off by default; true, a hop count or addresses/CIDRs', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: 'false' }).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: 'TRUE' }).trustProxy, true);
    assert.equal(loadConfig({ TRUST_PROXY: '2' }).trustProxy, 2);
    assert.equal(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy, '10.0.0.0/8,loopback');
    refused({ TRUST_PROXY: 'yes please!' }, 'TRUST_PROXY');
  });

  test('INTENTBASE_ADMIN_PASSWORD: at least 12 characters, and never echoed in the error', () => {
    assert.equal(loadConfig({}).adminPassword, undefined);
    assert.equal(loadConfig({ INTENTBASE_ADMIN_PASSWORD: 'twelve chars' }).adminPassword, 'twelve chars');
    assert.throws(
      () => loadConfig({ INTENTBASE_ADMIN_PASSWORD: 'eleven char' }),
      (error: unknown) =>
        error instanceof ConfigError && error.message === 'INTENTBASE_ADMIN_PASSWORD: must be at least 12 characters long' && !error.message.includes('eleven'),
    );
  });
});
