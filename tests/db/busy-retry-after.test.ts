import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { createSqliteCommentStore } from '@/lib/comments/sqlite';
import { DatabaseBusyError, openSqlite, retryWhenBusy } from '@/lib/db';

it('after a lock that outlasted the wait, the next write goes through', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'busy-')), 'c.db');
  const store = retryWhenBusy(createSqliteCommentStore(openSqlite(file)), {
    budgetMs: 200,
    firstDelayMs: 10,
  });
  const comment = (n: number) => ({
    articleSlug: 'a',
    parentId: null,
    authorName: 'A',
    authorEmail: 'a@example.com',
    body: `body ${n}`,
    createdAt: n,
    clientHash: 'c',
    statusTokenHash: `t${n}`,
    submissionKey: `k${n}`,
    flags: [],
  });
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  await expect(store.addComment(comment(1))).rejects.toBeInstanceOf(DatabaseBusyError);
  other.exec('ROLLBACK');
  other.close();
  const { created } = await store.addComment(comment(2));
  expect(created).toBe(true);
});
