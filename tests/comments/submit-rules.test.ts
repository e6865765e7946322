import { describe, expect, test } from 'vitest';
import { submitComment, type SubmitContext } from '@/lib/comments/submit';
import { termListsSchema } from '@/lib/screening/terms';
import { storeEngines } from '../support/stores';

// The same behaviour on both engines: the SQLite default and PostgreSQL.
describe.each(storeEngines)('$name', ({ open }) => {
  // submitComment through its injected context: every refusal a reader can meet, and the answer
  // to a second send of the same comment. (Limits and screening: submit.test.ts.)

  const minute = 60_000;
  const start = Date.UTC(2025, 3, 26, 12);

  async function setup(overrides: Partial<SubmitContext> = {}) {
    const db = await open();
    const context: SubmitContext = {
      store: db.comments,
      secret: 'x'.repeat(32),
      clientHash: 'client-a',
      terms: { shared: termListsSchema.parse({}), byLanguage: {} },
      limits: { minIntervalMs: 15_000, hourlyLimit: 10 },
      now: start,
      findArticle: async (slug) =>
        slug === 'closed-story'
          ? { comments: 'closed', lang: 'en' }
          : { comments: 'open', lang: 'en' },
      ...overrides,
    };
    return { context, auth: db.auth };
  }

  let sequence = 0;
  function comment(fields: Record<string, string> = {}) {
    sequence += 1;
    return {
      articleSlug: 'open-story',
      name: 'Karwan',
      email: `reader${sequence}@example.com`,
      body: `Comment number ${sequence}.`,
      ...fields,
    };
  }

  /** Posts a comment as another reader a minute later, and approves it. */
  async function approvedComment(
    { context, auth }: Awaited<ReturnType<typeof setup>>,
    fields: Record<string, string> = {},
  ) {
    const posted = await submitComment(comment(fields), {
      ...context,
      clientHash: `client-${sequence}`,
    });
    if (posted.outcome !== 'accepted') throw new Error(`not accepted: ${posted.outcome}`);
    const moderator = await auth.createModerator({
      username: `m${sequence}`,
      passwordHash: 'x',
      now: 1,
    });
    if (!moderator) throw new Error('no moderator');
    await context.store.decide({
      commentIds: [posted.commentId],
      action: 'approve',
      moderatorId: moderator.id,
      now: start,
    });
    return posted.commentId;
  }

  describe('submitComment refuses', () => {
    test('a filled honeypot, storing nothing', async () => {
      const { context } = await setup();
      expect(
        await submitComment({ ...comment(), website: 'https://spam.example' }, context),
      ).toEqual({
        outcome: 'refused',
        formError: 'Your comment could not be posted. Please try again.',
      });
      expect(
        await context.store.listQueue({ queue: 'pending', limit: 20, offset: 0 }),
      ).toMatchObject({
        total: 0,
      });
    });

    test('a closed article and a missing one, each with its own reason', async () => {
      const { context } = await setup({
        findArticle: async (slug) =>
          slug === 'closed-story' ? { comments: 'closed', lang: 'en' } : undefined,
      });
      expect(await submitComment(comment({ articleSlug: 'closed-story' }), context)).toEqual({
        outcome: 'refused',
        formError: 'Comments are closed on this article.',
      });
      expect(await submitComment(comment({ articleSlug: 'no-such-story' }), context)).toEqual({
        outcome: 'refused',
        formError: 'This article does not take comments.',
      });
      // A slug that is not even a slug never reaches the article lookup.
      expect(await submitComment(comment({ articleSlug: '../etc/passwd' }), context)).toMatchObject(
        {
          outcome: 'invalid',
          formError: 'This article does not take comments.',
        },
      );
    });

    test('a reply to a comment that is not a public, top-level comment of the same article', async () => {
      const state = await setup();
      const refused = {
        outcome: 'refused',
        formError: 'The comment you are replying to is not available; post a new comment instead.',
      };
      const approved = await approvedComment(state);
      const elsewhere = await approvedComment(state, { articleSlug: 'other-story' });
      const reply = await approvedComment(state, { parentId: String(approved) });
      const pending = await submitComment(comment(), { ...state.context, clientHash: 'client-p' });
      if (pending.outcome !== 'accepted') throw new Error('not accepted');

      const at = (clientHash: string) => ({ ...state.context, clientHash, now: start + minute });
      // Allowed: a reply to an approved top-level comment of this article.
      expect(
        await submitComment(comment({ parentId: String(approved) }), at('client-r1')),
      ).toMatchObject({ outcome: 'accepted' });
      for (const [parentId, client] of [
        ['999999', 'client-r2'], // does not exist
        [String(elsewhere), 'client-r3'], // under another article
        [String(pending.commentId), 'client-r4'], // not approved
        [String(reply), 'client-r5'], // itself a reply: threads are one level deep
      ] as const)
        expect(await submitComment(comment({ parentId }), at(client)), parentId).toEqual(refused);
      // A parent id that is not a number is a field-level problem, before any lookup.
      expect(await submitComment(comment({ parentId: 'abc' }), at('client-r6'))).toMatchObject({
        outcome: 'invalid',
        formError: 'The comment you are replying to no longer exists.',
      });
    });
  });

  describe('submitComment answers a second send', () => {
    test('of the same comment with its first answer, even after the interval would refuse it', async () => {
      const { context } = await setup();
      const fields = comment();
      const first = await submitComment(fields, context);
      const again = await submitComment(fields, { ...context, now: start + 5_000 });
      expect(first).toMatchObject({ outcome: 'accepted' });
      expect(again).toEqual(first);
    });

    test('of a different comment within the interval with the wait', async () => {
      const { context } = await setup();
      const email = 'same@example.com';
      expect(await submitComment(comment({ email }), context)).toMatchObject({
        outcome: 'accepted',
      });
      expect(
        await submitComment(comment({ email, body: 'Another thought.' }), {
          ...context,
          now: start + 5_000,
        }),
      ).toEqual({ outcome: 'rate-limited', retryAfterSeconds: 10 });
    });
  });
});
