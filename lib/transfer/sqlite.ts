import 'server-only';
import type { SqliteDatabase } from '../db';
import { batchSize, type Engine, type Writer } from './engine';
import { lineError } from './errors';
import type { Table } from './tables';

/**
 * Runs `work` between BEGIN and COMMIT on this connection. better-sqlite3's own transactions
 * cannot span awaits; a transfer's connection is its own (a CLI's), so nothing else runs on it
 * meanwhile.
 */
async function inTransaction<T>(db: SqliteDatabase, begin: string, work: () => Promise<T>) {
  db.exec(begin);
  try {
    const result = await work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

export function sqliteEngine(db: SqliteDatabase): Engine {
  const writer: Writer = {
    async count(table) {
      const row = db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM ${table.name}`).get();
      return row?.n ?? 0;
    },
    async insert(table, rows) {
      const insert = db.prepare(
        `INSERT INTO ${table.name} (${table.columns.join(', ')})
         VALUES (${table.columns.map(() => '?').join(', ')})`,
      );
      for (const { line, row } of rows) {
        try {
          insert.run(table.columns.map((column) => row[column] ?? null));
        } catch (error) {
          throw lineError(
            table.name,
            line,
            `the database refused the row: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    },
    // An AUTOINCREMENT table's counter already follows the largest id inserted; the others
    // number from their largest row.
    async passImportedIds() {},
  };

  return {
    name: 'sqlite',
    // A read transaction in WAL mode: its snapshot is taken at the first read and kept to the
    // end, while the site goes on writing beside it.
    snapshot: (work) =>
      inTransaction(db, 'BEGIN', () =>
        work({
          async schemaVersion() {
            const row = db
              .prepare<[], { version: number }>(
                'SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations',
              )
              .get();
            return row?.version ?? 0;
          },
          rows: (table) => readRows(db, table),
        }),
      ),
    // IMMEDIATE: the write lock is taken before the store is checked for emptiness.
    write: (work) => inTransaction(db, 'BEGIN IMMEDIATE', () => work(writer)),
  };
}

async function* readRows(db: SqliteDatabase, table: Table) {
  const select = db.prepare<[], Record<string, unknown>>(
    `SELECT ${table.columns.join(', ')} FROM ${table.name} ORDER BY ${table.orderBy((column) => column)}`,
  );
  let batch: Record<string, unknown>[] = [];
  for (const row of select.iterate()) {
    batch.push(row);
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
