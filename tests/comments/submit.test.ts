import { expect, test } from 'vitest';
import { createSqliteCommentStore } from '@/lib/comments/sqlite';
import { submitComment, type SubmitContext } from '@/lib/comments/submit';
import { termListsSchema } from '@/lib/screening/terms';
import { temporaryDatabase } from '../support/database';

const minute = 60_000;

function context(overrides: Partial<SubmitContext> = {}): SubmitContext {
  return {
    store: createSqliteCommentStore(temporaryDatabase()),
    secret: 'x'.repeat(32),
    clientHash: 'client-a',
    terms: { shared: termListsSchema.parse({}), byLanguage: {} },
    limits: { minIntervalMs: 15_000, hourlyLimit: 2 },
    now: Date.UTC(2025, 3, 26, 12),
    findArticle: async () => ({ comments: 'open', lang: 'en' }),
    ...overrides,
  };
}

const fields = (email: string, body: string) => ({
  articleSlug: 'hussein-rubio',
  name: 'Karwan',
  email,
  body,
});

test('the per-email limit counts Name+tag@Example.com as name@example.com, from any client', async () => {
  const first = context();
  const at = (minutes: number, clientHash: string) => ({
    ...first,
    clientHash,
    now: first.now + minutes * minute,
  });
  expect(await submitComment(fields('name@example.com', 'First.'), first)).toMatchObject({
    outcome: 'accepted',
  });
  expect(
    await submitComment(fields('Name+tag@Example.com', 'Second.'), at(0.1, 'client-b')),
  ).toEqual({ outcome: 'rate-limited', retryAfterSeconds: 9 });
  expect(
    await submitComment(fields('NAME+other@EXAMPLE.COM', 'Second.'), at(1, 'client-c')),
  ).toMatchObject({ outcome: 'accepted' });
  // Two in the hour: the third waits for the first to age out, whatever the tag.
  expect(await submitComment(fields('name+x@example.com', 'Third.'), at(2, 'client-d'))).toEqual({
    outcome: 'rate-limited',
    retryAfterSeconds: 58 * 60,
  });
  // A different mailbox is a different author.
  expect(
    await submitComment(fields('name2@example.com', 'Third.'), at(2, 'client-e')),
  ).toMatchObject({ outcome: 'accepted' });
});

test('the email is stored exactly as typed (trimmed), not as its key', async () => {
  const ctx = context();
  const result = await submitComment(fields('  Name+News@Example.com ', 'Hello there.'), ctx);
  if (result.outcome !== 'accepted') throw new Error(`not accepted: ${result.outcome}`);
  expect((await ctx.store.getComment(result.commentId))?.authorEmail).toBe('Name+News@Example.com');
});

test('the hourly limit holds when one client posts many comments at once', async () => {
  // The same client, 25 different comments (and emails) in flight together, only the hourly
  // limit on: each passes the early check before any is stored, so the store must check again.
  const shared = context({ limits: { minIntervalMs: 0, hourlyLimit: 10 } });
  const outcomes = await Promise.all(
    Array.from({ length: 25 }, (_, i) =>
      submitComment(fields(`reader${i}@example.com`, `Comment number ${i}.`), shared),
    ),
  );
  const accepted = outcomes.filter((outcome) => outcome.outcome === 'accepted');
  expect(accepted).toHaveLength(10);
  expect(outcomes.filter((outcome) => outcome.outcome === 'rate-limited')).toHaveLength(15);
  expect(
    await shared.store.listRecentByAuthor({
      email: 'x@example.com',
      clientHash: 'client-a',
      since: 0,
    }),
  ).toHaveLength(10);
});

test('the same comment sent ten times at once is stored once, and every answer is its link', async () => {
  const shared = context({ limits: { minIntervalMs: 15_000, hourlyLimit: 10 } });
  const outcomes = await Promise.all(
    Array.from({ length: 10 }, () => submitComment(fields('same@example.com', 'Once.'), shared)),
  );
  expect(new Set(outcomes.map((outcome) => outcome.outcome))).toEqual(new Set(['accepted']));
  expect(
    new Set(outcomes.map((outcome) => (outcome.outcome === 'accepted' ? outcome.statusToken : ''))),
  ).toHaveProperty('size', 1);
});

test('the comment is screened in its article’s language', async () => {
  const terms = {
    shared: termListsSchema.parse({}),
    byLanguage: { ckb: termListsSchema.parse({ 'personal-attack': ['گەمژە'] }) },
  };
  const flagsOn = async (lang: string) => {
    const ctx = context({ terms, findArticle: async () => ({ comments: 'open', lang }) });
    const result = await submitComment(fields('reader@example.com', 'ئەی گەم\u200Dژە'), ctx);
    if (result.outcome !== 'accepted') throw new Error(`not accepted: ${result.outcome}`);
    return (await ctx.store.getComment(result.commentId))?.flags.map((flag) => flag.evidence);
  };
  expect(await flagsOn('ckb')).toEqual(['گەم\u200Dژە']);
  expect(await flagsOn('en')).toEqual([]);
});

test('a missing article refuses the comment', async () => {
  const result = await submitComment(
    fields('reader@example.com', 'Hello.'),
    context({ findArticle: async () => undefined }),
  );
  expect(result).toEqual({ outcome: 'refused', formError: 'This article does not take comments.' });
});

test("every answer is in the article's language, with its digits", async () => {
  const sorani = context({ findArticle: async () => ({ comments: 'open', lang: 'ckb' }) });
  const invalid = await submitComment(
    { articleSlug: 'hussein-rubio-ckb', name: '', email: 'nope', body: 'x'.repeat(3001) },
    sorani,
  );
  expect(invalid).toEqual({
    outcome: 'invalid',
    fieldErrors: {
      name: 'تکایە ناوت بنووسە.',
      email: 'تکایە ناونیشانێکی ئیمەیڵی دروست بنووسە، وەک name@example.com.',
      body: 'لێدوانەکەت ٣٬٠٠١ پیتە؛ سنووری ڕێگەپێدراو ٣٬٠٠٠ پیتە.',
    },
    formError: undefined,
  });
  const closed = await submitComment(
    fields('reader@example.com', 'Hello.'),
    context({ findArticle: async () => ({ comments: 'closed', lang: 'ar' }) }),
  );
  expect(closed).toEqual({ outcome: 'refused', formError: 'التعليقات مغلقة على هذا المقال.' });
});
