import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const THREAD_SOURCE = join(PROJECT_ROOT, 'src', 'database-thread.ts');
/** Inside node_modules, so the bundle's package imports resolve from there as the sources' do. */
const BUNDLE_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'intentbase');
/** The TypeScript entry through tsx: what a thread runs when no bundle can be made. */
const TSX_ENTRY = new URL('../../database-thread.mjs', import.meta.url);

let entry: Promise<URL> | undefined;

/**
 * The script a SQLite thread runs: src/database-thread.ts and the project code it imports, bundled
 * by esbuild into one JavaScript file (packages stay imports). Loading the sources through tsx in
 * each thread instead took about a second of CPU and ~55 MB (a loader-hooks thread of its own per
 * thread, every file compiled again); the bundle loads in ~0.4 s and ~35 MB.
 *
 * Built once per process (esbuild: ~0.1 s) and named by its content hash, so processes running
 * different code never share a file and a rebuild of the same code is a no-op. When it cannot be
 * built or written (no esbuild, read-only install), threads fall back to the tsx entry.
 *
 * Inside the bundle `import.meta.url` is the bundle's address: code a thread runs must not locate
 * files by it (the thread builds services, it never starts workers or opens other databases).
 */
export function threadEntry(): Promise<URL> {
  entry ??= bundle().catch(() => TSX_ENTRY);
  return entry;
}

async function bundle(): Promise<URL> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [THREAD_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    outfile: join(BUNDLE_DIR, 'database-thread.mjs'),
  });
  const code = result.outputFiles[0].text;
  const file = join(BUNDLE_DIR, `database-thread.${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    // Written aside, then renamed: a process starting beside this one never loads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return pathToFileURL(file);
}
