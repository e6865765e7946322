import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { createSqliteAuthStore } from '@/lib/auth/sqlite';
import { createSqliteCommentStore } from '@/lib/comments/sqlite';
import { openPostgres } from '@/lib/db/postgres';
import { openSqlite } from '@/lib/db/sqlite';
import { dropAfterTest, temporarySchema, testPostgresUrl } from '../support/postgres';
import { readExport } from './open-store';
import { populate } from './populate';

// npm run comments:export / comments:import as an administrator runs them: child processes
// given only DATABASE_URL and a folder.
const dir = mkdtempSync(path.join(tmpdir(), 'comments-transfer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function transfer(command: 'export' | 'import', folder: string, databaseUrl: string) {
  // tsx from node_modules/.bin, as `npx tsx` would find it, without npx's start-up time.
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'scripts/comments-transfer.ts', command, folder],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' },
  );
  return {
    status: result.status,
    stdout: result.stdout.trimEnd(),
    stderr: result.stderr.trimEnd(),
  };
}

test('SQLite to PostgreSQL and back out, from the command line', async () => {
  const file = path.join(dir, 'comments.db');
  const db = openSqlite(file);
  try {
    await populate({ comments: createSqliteCommentStore(db), auth: createSqliteAuthStore(db) });
  } finally {
    db.close();
  }
  const fromSqlite = path.join(dir, 'from-sqlite');
  const exported = transfer('export', fromSqlite, `file:${file}`);
  expect(exported).toMatchObject({ status: 0, stderr: '' });
  expect(exported.stdout.split('\n')).toEqual([
    '  settings                1 row',
    '  moderators              2 rows',
    '  sessions                2 rows',
    '  login_failures          4 rows',
    '  comments               11 rows',
    '  reports                 6 rows',
    '  moderation_log         13 rows',
    expect.stringMatching(
      new RegExp(
        `^Exported 39 rows of the SQLite store file:${file} \\(schema 4\\) to ${fromSqlite} in [\\d.]+ m?s\\.$`,
      ),
    ),
  ]);

  // The tests' PostgreSQL, in a schema of its own, named the way a URL can name it.
  const schema = await temporarySchema();
  dropAfterTest(openPostgres(testPostgresUrl(), { schema }), schema);
  const url = new URL(testPostgresUrl());
  url.searchParams.set('options', `-c search_path=${schema}`);
  const imported = transfer('import', fromSqlite, url.toString());
  expect(imported).toMatchObject({ status: 0, stderr: '' });
  expect(imported.stdout).toMatch(
    /\n {2}comments {15}11 rows\n[^]*\nImported 39 rows from .* \(a SQLite export, schema 4, of \d{4}-\d\d-\d\dT[\d:.]+Z\) into the PostgreSQL store postgres:\/\/.* in [\d.]+ m?s\.$/,
  );

  const fromPostgres = path.join(dir, 'from-postgres');
  expect(transfer('export', fromPostgres, url.toString()).status).toBe(0);
  const tablesOf = (folder: string) => {
    const files = readExport(folder);
    delete files['manifest.json'];
    return files;
  };
  expect(Object.keys(tablesOf(fromSqlite))).toHaveLength(7);
  expect(tablesOf(fromPostgres)).toEqual(tablesOf(fromSqlite));

  // A refusal is one line on standard error and exit status 1; a usage mistake, status 2.
  const again = transfer('import', fromSqlite, url.toString());
  expect(again).toEqual({
    status: 1,
    stdout: '',
    stderr:
      'comments:import failed, nothing was written: the store is not empty (settings has 1 row, moderators has 2 rows, sessions has 2 rows, login_failures has 4 rows, comments has 11 rows, reports has 6 rows, moderation_log has 13 rows); import only into an empty store',
  });
  const missing = transfer('export', path.join(dir, 'x'), `file:${path.join(dir, 'typo.db')}`);
  expect(missing).toMatchObject({ status: 1, stdout: '' });
  expect(missing.stderr).toBe(
    `comments:export failed: there is no database at ${path.join(dir, 'typo.db')} (DATABASE_URL=file:${path.join(dir, 'typo.db')})`,
  );
  expect(transfer('export', '', `file:${file}`)).toMatchObject({
    status: 2,
    stderr: 'usage: npm run comments:export -- <folder>',
  });
}, 120_000);
