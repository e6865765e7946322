// Empty stores of either engine for the transfer tests: the Database a transfer is given, the
// stores the site uses on it, a second connection (another app instance), and a row counter.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import * as z from 'zod';
import type { Database } from '@/lib/db';
import { tableNames, type TableName } from '@/lib/transfer';
import { storeEngines, type TestDatabase } from '../support/stores';
import type { Stores } from './populate';

export type OpenStore = {
  database: Database;
  stores: Stores;
  /** The same database through another connection, as a running site would hold it. */
  twin: () => Promise<Stores>;
  counts: () => Promise<Record<string, number>>;
  /** One statement of SQL both engines understand, for what no store method writes. */
  execute: (sql: string) => Promise<void>;
};

/** Rows in each table the transfer moves. */
function countRows(all: TestDatabase['all']): Promise<Record<string, number>> {
  return Promise.all(
    tableNames.map(async (table) => {
      const [row] = await all(`SELECT COUNT(*) AS n FROM ${table}`);
      return [table, Number(row?.n ?? -1)] as const;
    }),
  ).then(Object.fromEntries);
}

function inTransferShape({ name, open }: (typeof storeEngines)[number]) {
  return {
    name,
    open: async (): Promise<OpenStore> => {
      const { database, comments, auth, all, execute, twin } = await open();
      return { database, stores: { comments, auth }, twin, counts: () => countRows(all), execute };
    },
  };
}

/** Each engine, opened empty as tests/support/stores.ts opens it: SQLite, then PostgreSQL. */
export const engines = [
  inTransferShape(storeEngines[0]),
  inTransferShape(storeEngines[1]),
] as const;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A folder name for an export (not yet made), deleted after the test. */
export function exportFolder(): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'export-'));
  folders.push(parent);
  return path.join(parent, 'export');
}

/** Every file of an export folder, by name, as text. */
export function readExport(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]),
  );
}

const rowSchema = z.record(z.string(), z.unknown());

/** The rows of one table's file. */
export function exportedRows(folder: string, table: TableName): Record<string, unknown>[] {
  return readFileSync(path.join(folder, `${table}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => rowSchema.parse(JSON.parse(line)));
}
