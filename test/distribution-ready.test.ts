import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createDatabase, migrateToLatest, type Database, type DatabaseHandle } from '../src/db/index.js';
import { DISTRIBUTION_COLUMN, placementOf, TABLE_PLACEMENTS, type Placement } from '../src/db/distribution.js';
import { createTestDatabase, describeEachEngine, type EngineName, type TestDatabase } from './support/engines.js';

/**
 * Citus cannot be installed here, so this proves the schema is ready for it: on the schema the
 * migrations build (each engine's), every primary key, unique index and foreign key of a table
 * distributed by workspace leads with `workspace_id` (a table distributed by a key of its own at least
 * includes that key, as Citus requires), and reference tables point only at reference
 * tables — what `create_distributed_table` / `create_reference_table` require. The placements live
 * in src/db/distribution.ts, and docs/operations.md must give exactly one statement per table for them.
 */

interface Key {
  table: string;
  name: string;
  kind: 'primary key' | 'unique index' | 'foreign key';
  columns: string[];
  /** Foreign keys: the table referenced. */
  references?: string;
}

interface Schema {
  tables: Map<string, Set<string>>;
  keys: Key[];
}

async function sqliteSchema(db: Kysely<Database>): Promise<Schema> {
  const names = (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)).rows.map((r) => r.name);
  const schema: Schema = { tables: new Map(), keys: [] };
  for (const table of names) {
    const quoted = sql.raw(`"${table}"`);
    const columns = (await sql<{ name: string; pk: number }>`pragma table_info(${quoted})`.execute(db)).rows;
    schema.tables.set(table, new Set(columns.map((c) => c.name)));
    // An INTEGER PRIMARY KEY is the rowid and has no index of its own: taken from table_info.
    const pk = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    if (pk.length > 0) schema.keys.push({ table, name: `${table} primary key`, kind: 'primary key', columns: pk.map((c) => c.name) });
    for (const index of (await sql<{ name: string; unique: number; origin: string }>`pragma index_list(${quoted})`.execute(db)).rows) {
      if (index.unique !== 1 || index.origin === 'pk') continue;
      const info = (await sql<{ seqno: number; name: string }>`pragma index_info(${sql.raw(`"${index.name}"`)})`.execute(db)).rows;
      schema.keys.push({ table, name: index.name, kind: 'unique index', columns: info.sort((a, b) => a.seqno - b.seqno).map((c) => c.name) });
    }
    const foreign = (await sql<{ id: number; seq: number; table: string; from: string }>`pragma foreign_key_list(${quoted})`.execute(db)).rows;
    for (const id of new Set(foreign.map((f) => f.id))) {
      const parts = foreign.filter((f) => f.id === id).sort((a, b) => a.seq - b.seq);
      schema.keys.push({ table, name: `${table} foreign key ${id}`, kind: 'foreign key', columns: parts.map((p) => p.from), references: parts[0].table });
    }
  }
  return schema;
}

async function postgresSchema(db: Kysely<Database>): Promise<Schema> {
  const columns = await sql<{ table: string; column: string }>`
    select table_name as "table", column_name as "column" from information_schema.columns where table_schema = current_schema()`.execute(db);
  const tables = new Map<string, Set<string>>();
  for (const row of columns.rows) tables.set(row.table, (tables.get(row.table) ?? new Set()).add(row.column));
  // Unique indexes, the primary keys' among them, with their columns in key order.
  const indexes = await sql<{ table: string; name: string; primary: boolean; columns: string[] }>`
    select t.relname as "table", i.relname as name, x.indisprimary as "primary",
           array(select a.attname::text from unnest(x.indkey) with ordinality k(attnum, n)
                 join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.n) as columns
    from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
    where t.relnamespace = current_schema()::regnamespace and x.indisunique`.execute(db);
  const foreign = await sql<{ table: string; name: string; references: string; columns: string[] }>`
    select c.conrelid::regclass::text as "table", c.conname as name, c.confrelid::regclass::text as "references",
           array(select a.attname::text from unnest(c.conkey) with ordinality k(attnum, n)
                 join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.n) as columns
    from pg_constraint c where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`.execute(db);
  return {
    tables,
    keys: [
      ...indexes.rows.map((r): Key => ({ table: r.table, name: r.name, kind: r.primary ? 'primary key' : 'unique index', columns: r.columns })),
      ...foreign.rows.map((r): Key => ({ table: r.table, name: r.name, kind: 'foreign key', columns: r.columns, references: r.references })),
    ],
  };
}

/** What keeps `key` from being created on Citus with these placements, or undefined. */
function keyProblem(key: Key): string | undefined {
  const placement = placementOf(key.table);
  const describe = `${key.table}.${key.name} (${key.kind} on ${key.columns.join(', ')})`;
  // Citus needs the distribution column in every unique key; the workspace tables' keys lead with
  // it besides (DESIGN.md §3), so a workspace's rows are found by the key's prefix.
  if (placement.kind === 'distributed' && placement.column === DISTRIBUTION_COLUMN && key.columns[0] !== DISTRIBUTION_COLUMN) {
    return `${describe} does not lead with ${DISTRIBUTION_COLUMN}`;
  }
  if (placement.kind === 'distributed' && !key.columns.includes(placement.column)) return `${describe} does not include ${placement.column}`;
  if (key.kind !== 'foreign key') return undefined;
  const target: Placement = placementOf(key.references!);
  if (placement.kind === 'reference' && target.kind !== 'reference') return `${describe}: a reference table may only reference reference tables`;
  if (placement.kind === 'distributed' && target.kind === 'distributed' && target.column !== placement.column) {
    return `${describe}: references ${key.references}, which is distributed by another column`;
  }
  if (placement.kind === 'coordinator' || target.kind === 'coordinator') return `${describe}: coordinator tables take no part in foreign keys`;
  return undefined;
}

/** The placement docs/operations.md's Citus statements give each table. */
function documentedPlacements(): Map<string, string[]> {
  const docs = readFileSync(new URL('../docs/operations.md', import.meta.url), 'utf8');
  const placements = new Map<string, string[]>();
  const add = (table: string, placement: string) => placements.set(table, [...(placements.get(table) ?? []), placement]);
  for (const match of docs.matchAll(/create_distributed_table\('(\w+)',\s*'(\w+)'/g)) add(match[1], `distributed by ${match[2]}`);
  for (const match of docs.matchAll(/create_reference_table\('(\w+)'\)/g)) add(match[1], 'reference');
  return placements;
}

const describePlacement = (placement: Placement): string => (placement.kind === 'distributed' ? `distributed by ${placement.column}` : placement.kind);

describeEachEngine('ready to distribute by workspace', (engine: EngineName) => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle | undefined;
  let schema: Schema;

  before(async () => {
    database = await createTestDatabase(engine);
    handle = createDatabase(database.config);
    await migrateToLatest(handle.db);
    schema = engine === 'sqlite' ? await sqliteSchema(handle.db) : await postgresSchema(handle.db);
  });

  after(async () => {
    await handle?.close();
    await database?.drop();
  });

  test('every primary key, unique index and foreign key leads with its table’s distribution column', () => {
    assert.ok(schema.keys.length >= schema.tables.size, `the introspection found the keys (${schema.keys.length} for ${schema.tables.size} tables)`);
    assert.deepEqual(schema.keys.map(keyProblem).filter(Boolean), []);
  });

  test('every distributed table has its distribution column, and every listed exception exists', () => {
    const missing = [...schema.tables]
      .map(([table, columns]) => ({ table, placement: placementOf(table), columns }))
      .filter(({ placement, columns }) => placement.kind === 'distributed' && !columns.has(placement.column))
      .map(({ table, placement }) => `${table} has no ${describePlacement(placement)} column`);
    assert.deepEqual(missing, []);
    assert.deepEqual(Object.keys(TABLE_PLACEMENTS).filter((table) => !schema.tables.has(table)), [], 'exceptions naming no table');
  });

  test('docs/operations.md gives each table exactly the statement of its placement', () => {
    const documented = documentedPlacements();
    const expected = new Map<string, string[]>();
    for (const table of [...schema.tables.keys()].sort()) {
      const placement = placementOf(table);
      if (placement.kind !== 'coordinator') expected.set(table, [describePlacement(placement)]);
    }
    assert.deepEqual(new Map([...documented].sort()), expected);
  });
});

test('the key check finds what it looks for', () => {
  // So the schema checks above cannot pass by checking nothing.
  assert.match(keyProblem({ table: 'accounts', name: 'accounts_domain_uq', kind: 'unique index', columns: ['domain', 'workspace_id'] }) ?? '', /does not lead with workspace_id/);
  assert.match(keyProblem({ table: 'accounts', name: 'accounts_pk', kind: 'primary key', columns: ['id'] }) ?? '', /does not lead with workspace_id/);
  assert.match(keyProblem({ table: 'rate_limit_buckets', name: 'pk', kind: 'primary key', columns: ['workspace_id'] }) ?? '', /does not include bucket/);
  assert.equal(keyProblem({ table: 'sign_in_failures', name: 'pk', kind: 'primary key', columns: ['scope', 'subject', 'id'] }), undefined);
  assert.match(keyProblem({ table: 'workspaces', name: 'fk', kind: 'foreign key', columns: ['id'], references: 'accounts' }) ?? '', /reference table may only reference/);
  assert.match(keyProblem({ table: 'deals', name: 'fk', kind: 'foreign key', columns: ['workspace_id'], references: 'sign_in_failures' }) ?? '', /distributed by another column/);
  assert.equal(keyProblem({ table: 'deals', name: 'fk', kind: 'foreign key', columns: ['workspace_id', 'id'], references: 'accounts' }), undefined);
  assert.equal(keyProblem({ table: 'workspaces', name: 'workspaces_pkey', kind: 'primary key', columns: ['id'] }), undefined);
});
