#!/usr/bin/env node
// `npm test`: the whole suite in one node:test run. Each suite runs on SQLite and, when
// TEST_DATABASE_URL is set, again on PostgreSQL (see test/support/engines.ts).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function findTests(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : findTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

// The CLI tests spawn the real executable, which runs the compiled dist/: build it from these sources first.
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const files = [...findTests('src'), ...findTests('test')].sort();
const extra = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...extra, ...(extra.some((a) => !a.startsWith('-')) ? [] : files)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
