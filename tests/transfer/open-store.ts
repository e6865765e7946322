// Empty stores of either engine for the transfer tests: the Database a transfer is given, the
// stores the site uses on it, a second connection (another app instance), and a row counter.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import * as z from 'zod';
import { createPostgresAuthStore } from '@/lib/auth/postgres';
import { createSqliteAuthStore } from '@/lib/auth/sqlite';
import { createPostgresCommentStore } from '@/lib/comments/postgres';
import { createSqliteCommentStore } from '@/lib/comments/sqlite';
import type { Database } from '@/lib/db';
import { openPostgres } from '@/lib/db/postgres';
import { openSqlite } from '@/lib/db/sqlite';
import { tableNames, type TableName } from '@/lib/transfer';
import { temporaryDatabase, trackDatabase } from '../support/database';
import { dropAfterTest, temporarySchema, testPostgresUrl } from '../support/postgres';
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

async function countRows(count: (table: TableName) => Promise<number>) {
  const entries = await Promise.all(
    tableNames.map(async (table) => [table, await count(table)] as const),
  );
  return Object.fromEntries(entries);
}

async function openSqliteStore(): Promise<OpenStore> {
  const db = temporaryDatabase();
  return {
    database: { engine: 'sqlite', sqlite: db },
    stores: { comments: createSqliteCommentStore(db), auth: createSqliteAuthStore(db) },
    twin: async () => {
      const other = trackDatabase(openSqlite(db.name));
      return { comments: createSqliteCommentStore(other), auth: createSqliteAuthStore(other) };
    },
    counts: () =>
      countRows(
        async (table) =>
          db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).get()?.n ?? -1,
      ),
    execute: async (sql) => {
      db.exec(sql);
    },
  };
}

async function openPostgresStore(): Promise<OpenStore> {
  const schema = await temporarySchema();
  const connect = async () => {
    const db = openPostgres(testPostgresUrl(), { schema });
    dropAfterTest(db, schema);
    await db.ready();
    return db;
  };
  const db = await connect();
  return {
    database: { engine: 'postgres', postgres: db },
    stores: { comments: createPostgresCommentStore(db), auth: createPostgresAuthStore(db) },
    twin: async () => {
      const other = await connect();
      return {
        comments: createPostgresCommentStore(other),
        auth: createPostgresAuthStore(other),
      };
    },
    counts: () =>
      countRows(
        async (table) =>
          (await db.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0]?.n ?? -1,
      ),
    execute: async (sql) => {
      await db.query(sql);
    },
  };
}

export const engines = [
  { name: 'SQLite', open: openSqliteStore },
  { name: 'PostgreSQL', open: openPostgresStore },
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
