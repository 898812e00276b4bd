import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test } from 'node:test';
import { describeEachEngine, type EngineName } from './support/engines.js';

/**
 * Every benchmark runs to the end on a few hundred records, on each engine it measures. The
 * benchmarks are not run by CI otherwise, and they write and read the schema with SQL of their own:
 * when that falls behind a migration they stop measuring unnoticed (migration 023 once broke every
 * scoring benchmark for a day). Only that they complete (exit 0) and print their figures is checked; their
 * figures at this size mean nothing.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

/** The arguments that make each benchmark small, by engine (`engines` for those that take a list). */
function smallRuns(engine: EngineName): Array<[script: string, args: string[]]> {
  const one = ['--engine', engine];
  const list = ['--engines', engine];
  return [
    ['accounts-page.ts', [...one, '--accounts', '2000', '--samples', '2']],
    ['segment-rules.ts', [...one, '--rules', 'limits', '--rounds', '2']],
    ['contract-overhead.ts', [...list, '--accounts', '2400', '--runs', '1']],
    ['isolation.ts', [...list, '--requests', '20']],
    ['webhooks.ts', [...list, '--accounts', '2400', '--runs', '1', '--stream', '60000']],
    ['scoring.ts', [...one, '--accounts', '500', '--signals-per-account', '3', '--runs', '1']],
    ['scoring-stalls.ts', [...one, '--accounts', '500', '--incremental']],
    ['backtest.ts', [...one, '--accounts', '500', '--signals-per-account', '3', '--runs', '1']],
    ...(engine === 'sqlite'
      ? ([['sqlite-ceiling.ts', ['--accounts', '2000', '--batches', '100']], ['push-ingest.ts', ['--deals', '2400', '--activities', '2400', '--runs', '1']]] as Array<[string, string[]]>)
      : ([['postgres-scale.ts', ['--accounts', '3600', '--runs', '1', '--log-level', 'warn']]] as Array<[string, string[]]>)),
  ];
}

describeEachEngine('the benchmarks, at a few hundred records', (engine) => {
  // The PostgreSQL benchmarks create their databases on the test server (and drop them).
  const server = process.env.TEST_DATABASE_URL;
  const env = { ...process.env, ...(server === undefined ? {} : { BENCH_POSTGRES_URL: server, DATABASE_URL: server }) };
  for (const [script, args] of smallRuns(engine)) {
    test(`bench/${script} ${args.join(' ')}`, { timeout: 300_000 }, async () => {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', `bench/${script}`, ...args], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
      assert.notEqual(stdout.trim(), '', 'the benchmark printed nothing');
    });
  }
});
