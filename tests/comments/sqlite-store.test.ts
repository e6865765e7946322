import { expect, test } from 'vitest';
import { createSqliteAuthStore } from '@/lib/auth/sqlite';
import { createSqliteCommentStore } from '@/lib/comments/sqlite';
import { temporaryDatabase } from '../support/database';
import { commentStoreContract, newComment } from './store-contract';

commentStoreContract('SQLite', async () => {
  const db = temporaryDatabase();
  return { comments: createSqliteCommentStore(db), auth: createSqliteAuthStore(db) };
});

test('the moderation log cannot be edited or deleted', async () => {
  const db = temporaryDatabase();
  const comments = createSqliteCommentStore(db);
  await comments.addComment(newComment({ autoReject: { category: 'other', evidence: 'x' } }));
  expect(() => db.prepare("UPDATE moderation_log SET note = 'changed'").run()).toThrow(
    /append-only/,
  );
  expect(() => db.prepare('DELETE FROM moderation_log').run()).toThrow(/append-only/);
});

test('a failed write leaves no half-written row', async () => {
  const db = temporaryDatabase();
  const comments = createSqliteCommentStore(db);
  // A parent that does not exist breaks the foreign key: nothing at all is stored.
  await expect(comments.addComment(newComment({ parentId: 424242 }))).rejects.toThrow();
  expect(db.prepare('SELECT COUNT(*) AS n FROM comments').get()).toEqual({ n: 0 });
});
