import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSqliteAuthStore } from '@/lib/auth/sqlite';
import { createSqliteCommentStore } from '@/lib/comments/sqlite';
import { openSqlite } from '@/lib/db/sqlite';
import { exportStore, importStore, tableNames, type TableName } from '@/lib/transfer';
import { engines, exportedRows, exportFolder } from './open-store';
import { populate } from './populate';

// One good export, made once; each test edits a copy of it.
let source: string;
beforeAll(async () => {
  source = mkdtempSync(path.join(tmpdir(), 'import-source-'));
  const db = openSqlite(path.join(source, 'comments.db'));
  try {
    await populate({ comments: createSqliteCommentStore(db), auth: createSqliteAuthStore(db) });
    await exportStore({ engine: 'sqlite', sqlite: db }, path.join(source, 'export'));
  } finally {
    db.close();
  }
});
afterAll(() => rmSync(source, { recursive: true, force: true }));

/** A copy of the good export, with one file's lines edited (1-based line numbers). */
function editedExport(table?: TableName, edit?: (lines: string[]) => string[] | Buffer): string {
  const folder = exportFolder();
  cpSync(path.join(source, 'export'), folder, { recursive: true });
  if (table && edit) {
    const file = path.join(folder, `${table}.jsonl`);
    const lines = readFileSync(file, 'utf8').split('\n').slice(0, -1);
    const edited = edit(lines);
    writeFileSync(file, Buffer.isBuffer(edited) ? edited : `${edited.join('\n')}\n`);
  }
  return folder;
}

/** Replaces line `number` with the row changed by `change`. */
function editRow(number: number, change: (row: Record<string, unknown>) => void) {
  return (lines: string[]) =>
    lines.map((line, index) => {
      if (index + 1 !== number) return line;
      const row: Record<string, unknown> = JSON.parse(line);
      change(row);
      return JSON.stringify(row);
    });
}

const empty = Object.fromEntries(tableNames.map((table) => [table, 0]));

const badLines: {
  name: string;
  table: TableName;
  edit: Parameters<typeof editedExport>[1];
  error: string | RegExp;
}[] = [
  {
    name: 'a value of the wrong type',
    table: 'comments',
    edit: editRow(2, (row) => (row.status = 42)),
    error: 'comments.jsonl line 2: field "status": Invalid input: expected string, received number',
  },
  {
    name: 'a field the table does not have',
    table: 'comments',
    edit: editRow(3, (row) => (row.colour = 'red')),
    error: 'comments.jsonl line 3: unknown field "colour"',
  },
  {
    name: 'a missing field',
    table: 'moderators',
    edit: editRow(1, (row) => delete row.password_hash),
    error:
      'moderators.jsonl line 1: field "password_hash": Invalid input: expected string, received undefined',
  },
  {
    name: 'a line that is not JSON',
    table: 'reports',
    edit: (lines) => lines.map((line, index) => (index === 1 ? line.slice(0, -1) : line)),
    error: /^reports\.jsonl line 2: not JSON \(/,
  },
  {
    name: 'a reply to a comment that is not there',
    table: 'comments',
    edit: editRow(4, (row) => (row.parent_id = 99)),
    error: 'comments.jsonl line 4: field "parent_id": no row with id 99 in an earlier line',
  },
  {
    name: 'a reply to a later comment',
    table: 'comments',
    edit: editRow(4, (row) => (row.parent_id = 11)),
    error: 'comments.jsonl line 4: field "parent_id": no row with id 11 in an earlier line',
  },
  {
    name: 'a log entry by a moderator who is not there',
    table: 'moderation_log',
    edit: editRow(5, (row) => (row.moderator_id = 7)),
    error:
      'moderation_log.jsonl line 5: field "moderator_id": no row with id 7 in moderators.jsonl',
  },
  {
    name: 'screening flags the site cannot read',
    table: 'comments',
    edit: editRow(5, (row) => (row.flags = '[{"phase":"x"}]')),
    error: 'comments.jsonl line 5: field "flags": expected a JSON list of screening flags',
  },
  {
    name: 'a status the database refuses',
    table: 'comments',
    edit: editRow(2, (row) => (row.status = 'deleted')),
    error: /^comments\.jsonl line 2: the database refused the row: .*(CHECK|check constraint)/,
  },
  {
    name: 'an id used twice',
    table: 'reports',
    edit: editRow(3, (row) => (row.id = 2)),
    error: /^reports\.jsonl line 3: the database refused the row: .*(UNIQUE|duplicate key)/,
  },
  {
    name: 'an empty line',
    table: 'sessions',
    edit: (lines) => [lines[0] ?? '', '', ...lines.slice(1)],
    error: 'sessions.jsonl line 2: empty line (expected one row)',
  },
  {
    name: 'bytes that are not UTF-8',
    table: 'settings',
    edit: (lines) =>
      Buffer.concat([Buffer.from(`${lines.join('\n')}\n`), Buffer.from([0xff, 0x0a])]),
    error: 'settings.jsonl line 2: not UTF-8 text',
  },
];

describe.each(engines)('import into $name', ({ open }) => {
  test.each(badLines)(
    '$name: the error names the file, line and field; nothing is written',
    async ({ table, edit, error }) => {
      const store = await open();
      await expect(importStore(store.database, editedExport(table, edit))).rejects.toThrow(error);
      expect(await store.counts()).toEqual(empty);
    },
  );

  test('refuses a store that is not empty, naming what it holds, and writes nothing', async () => {
    const store = await open();
    await store.stores.auth.setSetting('server_secret', 'made by a first start of the site');
    await store.stores.auth.createModerator({ username: 'early', passwordHash: 'x', now: 1 });
    const before = await store.counts();
    await expect(importStore(store.database, editedExport())).rejects.toThrow(
      'the store is not empty (settings has 1 row, moderators has 1 row); import only into an empty store',
    );
    expect(await store.counts()).toEqual(before);
  });

  test('counts that differ from the manifest are refused, and nothing is written', async () => {
    const store = await open();
    const extra = editedExport();
    const manifestFile = path.join(extra, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.rows.comments += 1;
    writeFileSync(manifestFile, JSON.stringify(manifest));
    await expect(importStore(store.database, extra)).rejects.toThrow(
      'comments.jsonl holds 11 rows but manifest.json says 12',
    );
    const short = editedExport('reports', (lines) => lines.slice(0, -1));
    await expect(importStore(store.database, short)).rejects.toThrow(
      'reports.jsonl holds 5 rows but manifest.json says 6',
    );
    expect(await store.counts()).toEqual(empty);
  });

  test('a folder without a manifest, or of another format version, is refused', async () => {
    const store = await open();
    const folder = editedExport();
    const manifestFile = path.join(folder, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, formatVersion: 2 }));
    await expect(importStore(store.database, folder)).rejects.toThrow(
      'manifest.json: field "formatVersion": this site reads format version 1',
    );
    rmSync(manifestFile);
    await expect(importStore(store.database, folder)).rejects.toThrow(
      `${folder} holds no complete export: manifest.json is missing`,
    );
    expect(await store.counts()).toEqual(empty);
  });

  test('after an import, new rows take new ids: the id counters moved past the imported ones', async () => {
    const store = await open();
    await importStore(store.database, editedExport());
    const { comments, auth } = store.stores;
    const moderator = await auth.createModerator({ username: 'new', passwordHash: 'x', now: 2 });
    expect(moderator?.id).toBe(3);
    const { comment } = await comments.addComment({
      articleSlug: 'hussein-rubio',
      parentId: 3,
      authorName: 'New',
      authorEmail: 'new@example.com',
      body: 'A reply after the move',
      createdAt: 1_800_000_000_000,
      clientHash: 'new',
      statusTokenHash: 'new',
      submissionKey: 'new',
      flags: [],
    });
    expect(comment.id).toBe(12);
    await comments.decide({
      commentIds: [12],
      action: 'approve',
      moderatorId: 3,
      now: 1_800_000_000_001,
    });
    const report = await comments.addReport({
      commentId: 12,
      clientHash: 'r',
      reason: 'other',
      now: 1_800_000_000_002,
      hideThreshold: 3,
      hourlyLimit: 0,
    });
    expect(report).toMatchObject({ outcome: 'reported' });
    const log = await comments.listLog({ limit: 1, offset: 0 });
    expect(log.items[0]).toMatchObject({ id: 14, commentId: 12, action: 'approve' });
    // A counter left at 1 would have given the report the free id 1 (a purged report's).
    const after = exportFolder();
    await exportStore(store.database, after);
    const lastIds = (['moderators', 'comments', 'reports', 'moderation_log'] as const).map(
      (table) => exportedRows(after, table).at(-1)?.id,
    );
    expect(lastIds).toEqual([3, 12, 8, 14]);
  });
});
