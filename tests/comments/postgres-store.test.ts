import { expect, test } from 'vitest';
import { createPostgresAuthStore } from '@/lib/auth/postgres';
import { createPostgresCommentStore } from '@/lib/comments/postgres';
import { temporaryPostgres } from '../support/postgres';
import { commentStoreContract, newComment } from './store-contract';

commentStoreContract('PostgreSQL', async () => {
  const db = await temporaryPostgres();
  return { comments: createPostgresCommentStore(db), auth: createPostgresAuthStore(db) };
});

test('the moderation log cannot be edited, deleted or truncated', async () => {
  const db = await temporaryPostgres();
  const comments = createPostgresCommentStore(db);
  await comments.addComment(newComment({ autoReject: { category: 'other', evidence: 'x' } }));
  await expect(db.query("UPDATE moderation_log SET note = 'changed'")).rejects.toThrow(
    /append-only/,
  );
  await expect(db.query('DELETE FROM moderation_log')).rejects.toThrow(/append-only/);
  await expect(db.query('TRUNCATE moderation_log CASCADE')).rejects.toThrow(/append-only/);
});

test('a failed write leaves no half-written row', async () => {
  const db = await temporaryPostgres();
  const comments = createPostgresCommentStore(db);
  // A parent that does not exist breaks the foreign key: nothing at all is stored.
  await expect(comments.addComment(newComment({ parentId: 424242 }))).rejects.toThrow();
  expect((await db.query('SELECT COUNT(*) AS n FROM comments')).rows).toEqual([{ n: 0 }]);
});
