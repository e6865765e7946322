import { afterEach, expect, test, vi } from 'vitest';
import { DatabaseUnavailableError } from '@/lib/db/busy';
import { openPostgres } from '@/lib/db/postgres';
import { postgresMigrations } from '@/lib/db/postgres-migrations';
import {
  dropAfterTest,
  temporaryPostgres,
  temporarySchema,
  testPostgresUrl,
} from '../support/postgres';

afterEach(() => {
  vi.restoreAllMocks();
});

test('a migrated database has every table, and migrating again changes nothing', async () => {
  const db = await temporaryPostgres();
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
  );
  expect(tables.rows.map((row) => row.table_name)).toEqual([
    'comments',
    'login_failures',
    'moderation_log',
    'moderators',
    'reports',
    'schema_migrations',
    'sessions',
    'settings',
  ]);
  await db.ready();
  const versions = await db.query('SELECT version, name FROM schema_migrations');
  expect(versions.rows).toEqual(postgresMigrations.map(({ version, name }) => ({ version, name })));
});

test('instances starting at once on an empty database apply each migration once', async () => {
  const schema = await temporarySchema();
  const instances = Array.from({ length: 4 }, () => {
    const db = openPostgres(testPostgresUrl(), { schema });
    dropAfterTest(db, schema);
    return db;
  });
  // Without the advisory lock, all four would try CREATE TABLE and all but one would fail.
  await Promise.all(instances.map((db) => db.ready()));
  const [first] = instances;
  const applied = await first!.query<{ n: number }>('SELECT COUNT(*) AS n FROM schema_migrations');
  expect(applied.rows).toEqual([{ n: postgresMigrations.length }]);
});

test('a failing migration is rolled back whole and named in the error', async () => {
  const schema = await temporarySchema();
  const migrations = [
    ...postgresMigrations,
    {
      version: 99,
      name: 'broken',
      sql: 'CREATE TABLE half (id INT); SELECT no_such_column FROM half',
    },
  ];
  const db = openPostgres(testPostgresUrl(), { schema, migrations });
  dropAfterTest(db, schema);
  await expect(db.ready()).rejects.toThrow(
    /PostgreSQL migration 99 \(broken\) failed: .*no_such_column/,
  );
  const good = openPostgres(testPostgresUrl(), { schema });
  dropAfterTest(good, schema);
  const half = await good.query(
    `SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'half'`,
  );
  expect(half.rowCount).toBe(0);
  expect((await good.query('SELECT version FROM schema_migrations')).rows).toEqual([
    { version: 1 },
  ]);
});

test('a database that cannot be reached fails fast as "unavailable", for queries and transactions', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  // Port 9 (discard) on loopback: nothing listens there.
  const db = openPostgres('postgres://news:s3cret@127.0.0.1:9/newsroom');
  const started = Date.now();
  await expect(db.query('SELECT 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
  await expect(db.transaction((query) => query('SELECT 1'))).rejects.toBeInstanceOf(
    DatabaseUnavailableError,
  );
  expect(Date.now() - started).toBeLessThan(2_000);
  await db.close();
});

test('values are sent as parameters, never as SQL', async () => {
  const db = await temporaryPostgres();
  const hostile = "x'); DROP TABLE settings; --";
  await db.query('INSERT INTO settings (key, value) VALUES ($1, $2)', ['k', hostile]);
  expect((await db.query('SELECT value FROM settings')).rows).toEqual([{ value: hostile }]);
});

test('a snapshot sees the database as it was at its first query, and cannot write', async () => {
  const db = await temporaryPostgres();
  await db.query("INSERT INTO settings (key, value) VALUES ('a', '1')");
  const seen = await db.snapshot(async (query) => {
    const first = await query('SELECT key FROM settings');
    // Committed by another connection of the pool while the snapshot is open.
    await db.query("INSERT INTO settings (key, value) VALUES ('b', '2')");
    const second = await query('SELECT key FROM settings');
    return [first.rows, second.rows];
  });
  expect(seen).toEqual([[{ key: 'a' }], [{ key: 'a' }]]);
  expect((await db.query('SELECT COUNT(*) AS n FROM settings')).rows).toEqual([{ n: 2 }]);
  await expect(
    db.snapshot((query) => query("INSERT INTO settings (key, value) VALUES ('c', '3')")),
  ).rejects.toThrow(/read-only transaction/);
});
