import 'server-only';
import type { PostgresDatabase } from '../db';
import type { Query } from '../db/postgres';
import { batchSize, type Engine, type LineRow, type Writer } from './engine';
import { lineError } from './errors';
import { tables, type Table } from './tables';

/** Aborted so that another transaction could commit: lib/db runs the whole import again. */
function isRetryable(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return code === '40001' || code === '40P01';
}

/** PostgreSQL's message and, where it has one, the detail that names the value (a duplicate key). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Only a key's detail: others repeat the whole row, personal data included.
  const detail =
    'detail' in error && typeof error.detail === 'string' && error.detail.startsWith('Key (')
      ? ` (${error.detail})`
      : '';
  return `${error.message}${detail}`;
}

function insertSql(table: Table, rowCount: number): string {
  const width = table.columns.length;
  const values = Array.from(
    { length: rowCount },
    (_, row) =>
      `(${table.columns.map((_column, column) => `$${row * width + column + 1}`).join(', ')})`,
  );
  return `INSERT INTO ${table.name} (${table.columns.join(', ')}) VALUES ${values.join(', ')}`;
}

const valuesOf = (table: Table, rows: readonly LineRow[]) =>
  rows.flatMap(({ row }) => table.columns.map((column) => row[column] ?? null));

function writerOn(query: Query): Writer {
  return {
    async count(table) {
      const result = await query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table.name}`);
      return result.rows[0]?.n ?? 0;
    },
    // One statement per batch; when the database refuses it, the batch is undone to its
    // savepoint and sent again a row at a time, so that the error names the line.
    async insert(table, rows) {
      if (rows.length === 0) return;
      await query('SAVEPOINT batch');
      try {
        await query(insertSql(table, rows.length), valuesOf(table, rows));
      } catch (error) {
        if (isRetryable(error)) throw error;
        await query('ROLLBACK TO SAVEPOINT batch');
        for (const one of rows) {
          try {
            await query(insertSql(table, 1), valuesOf(table, [one]));
          } catch (rowError) {
            if (isRetryable(rowError)) throw rowError;
            throw lineError(
              table.name,
              one.line,
              `the database refused the row: ${describe(rowError)}`,
            );
          }
        }
        // Every row went in alone: the batch failed for another reason, which is the error.
        throw error;
      }
      await query('RELEASE SAVEPOINT batch');
    },
    // Identity sequences do not follow ids given to them. setval is not undone by a rollback,
    // so it runs last, once everything else has been checked.
    async passImportedIds() {
      for (const table of tables.filter((candidate) => candidate.numbered))
        await query(
          `SELECT setval(pg_get_serial_sequence($1, 'id'), COALESCE(MAX(id), 0) + 1, false)
           FROM ${table.name}`,
          [table.name],
        );
    },
  };
}

export function postgresEngine(db: PostgresDatabase): Engine {
  return {
    name: 'postgres',
    snapshot: (work) =>
      db.snapshot((query) =>
        work({
          async schemaVersion() {
            const result = await query<{ version: number }>(
              'SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations',
            );
            return result.rows[0]?.version ?? 0;
          },
          rows: (table) => readRows(query, table),
        }),
      ),
    // SERIALIZABLE (lib/db/postgres.ts): an instance writing meanwhile makes one of the two
    // abort, and the import then starts over and finds the store no longer empty.
    write: (work) => db.transaction((query) => work(writerOn(query))),
  };
}

/** A cursor, so a table of any size is read a batch at a time within the one snapshot. */
async function* readRows(query: Query, table: Table) {
  await query(
    `DECLARE export_rows NO SCROLL CURSOR FOR
     SELECT ${table.columns.join(', ')} FROM ${table.name}
     ORDER BY ${table.orderBy((column) => `${column} COLLATE "C"`)}`,
  );
  for (;;) {
    const { rows } = await query(`FETCH FORWARD ${batchSize} FROM export_rows`);
    if (rows.length === 0) break;
    yield rows;
  }
  await query('CLOSE export_rows');
}
