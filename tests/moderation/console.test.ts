import { describe, expect, test } from 'vitest';
import { findSessionModerator, startSession } from '@/lib/auth/sessions';
import { createModerationConsole, NotSignedInError } from '@/lib/moderation/console';
import { newComment } from '../comments/store-contract';
import { storeEngines } from '../support/stores';

// The same behaviour on both engines: the SQLite default and PostgreSQL.
describe.each(storeEngines)('$name', ({ open }) => {
  async function setup() {
    const { comments, auth } = await open();
    const moderator = await auth.createModerator({ username: 'editor', passwordHash: 'x', now: 1 });
    const session = await startSession(auth, moderator?.id ?? 0, 1_000);
    const pending = (await comments.addComment(newComment())).comment;
    const languages = new Map([[pending.articleSlug, 'ckb']]);
    const moderation = createModerationConsole({
      comments,
      findModerator: (sessionId, now) => findSessionModerator(auth, sessionId, now),
      articleLanguage: async (slug) => languages.get(slug),
    });
    return { comments, moderation, session, pending };
  }

  describe('every moderator operation refuses without a valid session', () => {
    const sessions = {
      'no cookie': () => undefined,
      'a forged id': () => 'A'.repeat(43),
      garbage: () => '"><script>',
    };

    for (const [name, sessionId] of Object.entries(sessions)) {
      test(`${name}: nothing is read or changed`, async () => {
        const { moderation, comments, pending } = await setup();
        const request = { sessionId: sessionId(), now: 2_000 };
        await expect(moderation.viewQueue(request, { queue: 'pending', page: 1 })).rejects.toThrow(
          NotSignedInError,
        );
        await expect(moderation.viewLog(request, { page: 1 })).rejects.toThrow(NotSignedInError);
        await expect(
          moderation.decide(request, { commentIds: [pending.id], action: 'approve' }),
        ).rejects.toThrow(NotSignedInError);
        await expect(
          moderation.decide(request, {
            commentIds: [pending.id],
            action: 'reject',
            category: 'other',
          }),
        ).rejects.toThrow(NotSignedInError);
        await expect(moderation.keep(request, pending.id)).rejects.toThrow(NotSignedInError);
        expect(await moderation.whoIs(request)).toBeUndefined();
        expect((await comments.getComment(pending.id))?.status).toBe('pending');
      });
    }

    test('an expired session is refused too', async () => {
      const { moderation, session, pending } = await setup();
      const request = { sessionId: session.id, now: session.expiresAt + 1 };
      await expect(
        moderation.decide(request, { commentIds: [pending.id], action: 'approve' }),
      ).rejects.toThrow(NotSignedInError);
    });
  });

  describe('with a valid session', () => {
    test('approves, rejects with a category, and shows the queue', async () => {
      const { moderation, session, pending, comments } = await setup();
      const request = { sessionId: session.id, now: 2_000 };
      const queue = await moderation.viewQueue(request, { queue: 'pending', page: 1 });
      expect(queue.items.map((c) => c.id)).toEqual([pending.id]);
      // Each comment comes with its article's language, for the moderation to show it in.
      expect(queue.items.map((c) => c.articleLang)).toEqual(['ckb']);
      expect(queue.counts.pending).toBe(1);
      const [approved] = await moderation.decide(request, {
        commentIds: [pending.id],
        action: 'approve',
      });
      expect(approved).toMatchObject({ status: 'approved', decidedBy: 'editor' });
      const other = (await comments.addComment(newComment())).comment;
      await expect(
        moderation.decide(request, { commentIds: [other.id], action: 'reject' }),
      ).rejects.toThrow('Choose why the comment is rejected.');
      await expect(
        moderation.decide(request, {
          commentIds: [other.id],
          action: 'reject',
          category: 'made-up',
        }),
      ).rejects.toThrow();
      const [rejected] = await moderation.decide(request, {
        commentIds: [other.id],
        action: 'reject',
        category: 'personal-attack',
      });
      expect(rejected).toMatchObject({ status: 'rejected', rejectionCategory: 'personal-attack' });
      expect((await moderation.viewLog(request, { page: 1 })).total).toBe(2);
    });
  });
});
