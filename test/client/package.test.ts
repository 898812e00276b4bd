// What `npm pack` of @intentbase/client ships: the compiled modules with their types, the README, the
// examples it links to and package.json — nothing else — with no runtime dependency, and modules that
// use no Node API, so one package serves Node 20+, browsers, Deno and Bun.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test } from 'node:test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE = fileURLToPath(new URL('../../packages/client/', import.meta.url));

test('npm pack of @intentbase/client holds dist/ (modules and types), README.md, examples/ and package.json only', async () => {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '-w', 'packages/client'], { cwd: ROOT });
  const [packed] = JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>;
  const files = packed.files.map((file) => file.path).sort();
  const unexpected = files.filter((path) => !/^(dist\/[a-z-]+\.(js|d\.ts)|examples\/[a-z-]+\.mjs)$/.test(path) && path !== 'README.md' && path !== 'package.json');
  assert.deepEqual(unexpected, []);
  for (const needed of ['README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/openapi.d.ts']) assert.ok(files.includes(needed), needed);
  // The README's links into the package lead to files the package holds (read where it was installed).
  const readme = readFileSync(`${PACKAGE}README.md`, 'utf8');
  const links = [...readme.matchAll(/\]\(([^)#]+)\)/g)].map((match) => match[1]).filter((target) => !/^[a-z]+:/.test(target) && !target.startsWith('../'));
  assert.ok(links.includes('examples/sync-to-file.mjs'), 'the README links its example');
  for (const target of links) assert.ok(files.includes(target), `${target}, linked from README.md, is in the package`);

  const manifest = JSON.parse(readFileSync(`${PACKAGE}package.json`, 'utf8'));
  assert.equal(manifest.dependencies, undefined, 'no runtime dependency');
  for (const path of files.filter((file) => file.endsWith('.js'))) {
    const source = readFileSync(`${PACKAGE}${path}`, 'utf8');
    assert.doesNotMatch(source, /from ['"]node:|require\(|\bprocess\.|\bBuffer\b/, `${path} uses only the web platform`);
  }
});
