import { expect, test } from 'vitest';
import * as z from 'zod';
import { exportStore, importStore, tableNames } from '@/lib/transfer';
import { engines, exportedRows, exportFolder, readExport } from './open-store';
import { populate, readThroughStores } from './populate';

const [sqlite, postgres] = engines;

const manifestSchema = z.looseObject({ exportedAt: z.string(), engine: z.string() });

/** An export's files, its manifest without the time and engine, which say when and whence. */
function contents(files: Record<string, string>) {
  const { 'manifest.json': manifest = '{}', ...tables } = files;
  const { exportedAt, engine, ...rest } = manifestSchema.parse(JSON.parse(manifest));
  return { manifest: rest, tables, exportedAt, engine };
}

test('SQLite to PostgreSQL and back: every row and every reading of the stores is unchanged', async () => {
  const original = await sqlite.open();
  const made = await populate(original.stores);
  const before = await readThroughStores(original.stores, made);

  const first = exportFolder();
  await exportStore(original.database, first);
  // The data covers what it claims to, or a passing round trip would prove little.
  const comments = exportedRows(first, 'comments');
  expect(new Set(comments.map((row) => row.status))).toEqual(
    new Set(['pending', 'approved', 'rejected', 'withdrawn']),
  );
  for (const column of ['parent_id', 'hidden_at', 'kept_at', 'decided_by'])
    expect(comments.some((row) => row[column] !== null)).toBe(true);
  expect(comments.some((row) => row.status === 'rejected' && row.decided_by === null)).toBe(true);
  expect(comments.some((row) => row.author_email === '[erased]')).toBe(true);
  const reports = exportedRows(first, 'reports');
  expect(reports.some((row) => row.resolved_at === null)).toBe(true);
  expect(reports.some((row) => row.resolved_at !== null)).toBe(true);
  expect(exportedRows(first, 'moderators').some((row) => row.removed_at !== null)).toBe(true);
  for (const table of tableNames) expect(exportedRows(first, table).length).toBeGreaterThan(0);

  const middle = await postgres.open();
  await importStore(middle.database, first);
  expect(await readThroughStores(middle.stores, made)).toEqual(before);
  const second = exportFolder();
  await exportStore(middle.database, second);

  const final = await sqlite.open();
  await importStore(final.database, second);
  expect(await readThroughStores(final.stores, made)).toEqual(before);
  const third = exportFolder();
  await exportStore(final.database, third);

  const [a, b, c] = [first, second, third].map((folder) => contents(readExport(folder)));
  // Line for line, byte for byte: the PostgreSQL export too, since the format is the engines'.
  expect(b?.tables).toEqual(a?.tables);
  expect(c?.tables).toEqual(a?.tables);
  expect(c?.manifest).toEqual(a?.manifest);
  expect([a?.engine, b?.engine, c?.engine]).toEqual(['sqlite', 'postgres', 'sqlite']);
  expect(b?.manifest).toMatchObject({ rows: a?.manifest.rows, schemaVersion: 1 });
}, 60_000);

test('both engines write the same lines in the same order, text by its bytes and NULL first', async () => {
  const exports = [];
  for (const engine of engines) {
    const store = await engine.open();
    for (const key of ['b', 'B', 'a', 'é', 'Z', '10', '9'])
      await store.stores.auth.setSetting(key, `value of ${key}`);
    // Rows of a table without a primary key, one written before attempt ids existed (NULL).
    for (const [key, failedAt, attemptId] of [
      ['user:a', 5, 'x'],
      ['user:a', 5, null],
      ['user:a', 3, 'y'],
      ['client:b', 9, null],
    ] as const)
      await store.execute(
        `INSERT INTO login_failures (key, failed_at, attempt_id) VALUES ('${key}', ${failedAt}, ${attemptId === null ? 'NULL' : `'${attemptId}'`})`,
      );
    const folder = exportFolder();
    await exportStore(store.database, folder);
    exports.push(folder);
  }
  const [fromSqlite, fromPostgres] = exports.map((folder) => contents(readExport(folder)));
  expect(fromPostgres?.tables).toEqual(fromSqlite?.tables);
  for (const folder of exports) {
    expect(exportedRows(folder, 'settings').map((row) => row.key)).toEqual([
      '10',
      '9',
      'B',
      'Z',
      'a',
      'b',
      'é',
    ]);
    expect(exportedRows(folder, 'login_failures')).toEqual([
      { key: 'client:b', failed_at: 9, attempt_id: null },
      { key: 'user:a', failed_at: 3, attempt_id: 'y' },
      { key: 'user:a', failed_at: 5, attempt_id: null },
      { key: 'user:a', failed_at: 5, attempt_id: 'x' },
    ]);
  }
});
