import { describe, expect, test } from 'vitest';
import { createModeratorCommentAccess } from '@/lib/comments/moderator-access';
import { newComment } from './store-contract';
import { storeEngines } from '../support/stores';

// The same behaviour on both engines: the SQLite default and PostgreSQL.
describe.each(storeEngines)('$name', ({ open }) => {
  async function setup() {
    const { comments: store, auth } = await open();
    const moderator = await auth.createModerator({ username: 'editor', passwordHash: 'x', now: 1 });
    const invalidated: string[] = [];
    const access = createModeratorCommentAccess(store, (slug) => invalidated.push(slug));
    return { store, access, invalidated, moderatorId: moderator?.id ?? 0 };
  }

  test('a decision invalidates each changed article once, and nothing when nothing changed', async () => {
    const { store, access, invalidated, moderatorId } = await setup();
    const ids = [];
    for (const articleSlug of ['first', 'first', 'second'])
      ids.push((await store.addComment(newComment({ articleSlug }))).comment.id);
    const untouched = (await store.addComment(newComment({ articleSlug: 'third' }))).comment;
    const decision = { action: 'approve' as const, seenStatus: 'pending' as const, moderatorId };
    const changed = await access.decide({ ...decision, commentIds: ids, now: 2_000 });
    expect(changed.map((comment) => comment.id)).toEqual(ids);
    expect(invalidated).toEqual(['first', 'second']);
    // Already approved: a second moderator's same decision changes nothing and invalidates nothing.
    expect(await access.decide({ ...decision, commentIds: ids, now: 3_000 })).toEqual([]);
    expect(invalidated).toEqual(['first', 'second']);
    expect((await store.getComment(untouched.id))?.status).toBe('pending');
  });

  test('keeping a reported comment invalidates its article; keeping one without reports does not', async () => {
    const { store, access, invalidated, moderatorId } = await setup();
    const { comment } = await store.addComment(newComment({ articleSlug: 'reported' }));
    await store.decide({ commentIds: [comment.id], action: 'approve', moderatorId, now: 2_000 });
    expect(await access.dismissReports({ commentId: comment.id, moderatorId, now: 3_000 })).toBe(
      undefined,
    );
    expect(invalidated).toEqual([]);
    await store.addReport({
      commentId: comment.id,
      clientHash: 'client-b',
      reason: 'spam',
      now: 4_000,
      hideThreshold: 3,
      hourlyLimit: 0,
    });
    const kept = await access.dismissReports({ commentId: comment.id, moderatorId, now: 5_000 });
    expect(kept?.keptAt).toBe(5_000);
    expect(invalidated).toEqual(['reported']);
  });
});
