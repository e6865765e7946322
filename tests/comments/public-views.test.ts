import { describe, expect, test } from 'vitest';
import { toPublicComment, toReportableComment, toStatusView } from '@/lib/comments/public-views';
import { newComment } from './store-contract';
import { storeEngines } from '../support/stores';

// The same behaviour on both engines: the SQLite default and PostgreSQL.
describe.each(storeEngines)('$name', ({ open }) => {
  async function storedComment() {
    const store = (await open()).comments;
    const { comment } = await store.addComment(
      newComment({ authorEmail: 'private.reader@example.com', clientHash: 'client-secret-hash' }),
    );
    // As read back, with every column the store has for it.
    return (await store.getComment(comment.id)) ?? comment;
  }

  test('the status view has the comment and its state, and no email or client hash', async () => {
    const comment = await storedComment();
    const view = toStatusView(comment);
    expect(Object.keys(view).sort()).toEqual(
      ['articleSlug', 'body', 'createdAt', 'hiddenAt', 'id', 'rejectionCategory', 'status'].sort(),
    );
    expect(view).toMatchObject({ id: comment.id, body: comment.body, status: 'pending' });
    expect(JSON.stringify(view)).not.toContain('private.reader');
    expect(JSON.stringify(view)).not.toContain('client-secret-hash');
  });

  test('public and reportable comments carry no email, even when given a whole Comment', async () => {
    const comment = await storedComment();
    expect(Object.keys(toPublicComment(comment)).sort()).toEqual(
      ['authorName', 'body', 'createdAt', 'id', 'parentId'].sort(),
    );
    const reportable = toReportableComment(comment);
    expect(reportable).toMatchObject({ id: comment.id, articleSlug: comment.articleSlug });
    expect(JSON.stringify(reportable)).not.toContain('private.reader');
  });
});
