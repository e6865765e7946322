// A store with a row in every state the site makes, made through the stores themselves, and a
// reading of it through the stores: what a transfer must carry over unchanged.
import type { AuthStore } from '@/lib/auth/store';
import type { CommentStore } from '@/lib/comments/store';
import { queues, type NewComment } from '@/lib/comments/types';

export type Stores = { comments: CommentStore; auth: AuthStore };

const day = 24 * 60 * 60 * 1000;
/** Every time below is after this; sessions expire long after. */
export const populatedAt = 1_700_000_000_000;
const at = (minutes: number) => populatedAt + minutes * 60_000;

function comment(n: number, overrides: Partial<NewComment> & { createdAt: number }): NewComment {
  return {
    articleSlug: 'hussein-rubio',
    parentId: null,
    authorName: `Reader ${n}`,
    authorEmail: `Reader.${n}+news@Example.com`,
    body: `Comment ${n}`,
    clientHash: `client-${n}`,
    statusTokenHash: `token-${n}`,
    submissionKey: `key-${n}`,
    flags: [],
    ...overrides,
  };
}

/** Returns the status token hashes and session id hashes it made, for reading them back. */
export async function populate({ comments, auth }: Stores) {
  await auth.setSettingOnce('server_secret', 'a-server-secret-of-forty-three-characters-x');
  const editor = await auth.createModerator({ username: 'Editor', passwordHash: 'h1', now: at(0) });
  const night = await auth.createModerator({ username: 'night', passwordHash: 'h2', now: at(1) });
  if (!editor || !night) throw new Error('could not create the moderators');
  const sessions = ['session-b', 'session-a', 'session-night'];
  await auth.createSession({
    idHash: 'session-b',
    moderatorId: editor.id,
    createdAt: at(2),
    expiresAt: at(2) + 400 * day,
  });
  await auth.createSession({
    idHash: 'session-a',
    moderatorId: editor.id,
    createdAt: at(3),
    expiresAt: at(3) + 400 * day,
  });
  await auth.createSession({
    idHash: 'session-night',
    moderatorId: night.id,
    createdAt: at(4),
    expiresAt: at(4) + 400 * day,
  });
  for (const [minute, keys] of [
    [5, ['user:editor', 'client:x']],
    [6, ['user:editor', 'client:y']],
    [7, ['user:nobody', 'client:x']],
  ] as const) {
    const attempt = await auth.beginSignInAttempt({
      keys,
      now: at(minute),
      forgetBefore: 0,
      decide: () => 0,
    });
    if (minute === 6 && attempt.outcome === 'allowed')
      await auth.cancelSignInAttempt(attempt.attemptId);
  }

  const tokens: string[] = [];
  const add = async (overrides: Partial<NewComment> & { createdAt: number }) => {
    const made = comment(tokens.length + 1, overrides);
    tokens.push(made.statusTokenHash);
    return (await comments.addComment(made)).comment;
  };
  const decide = (ids: number[], moderatorId: number, now: number, category?: 'other' | 'threat') =>
    comments.decide({
      commentIds: ids,
      action: category ? 'reject' : 'approve',
      category,
      moderatorId,
      now,
    });
  const report = (commentId: number, client: string, now: number) =>
    comments.addReport({
      commentId,
      clientHash: client,
      reason: 'abuse',
      now,
      hideThreshold: 3,
      hourlyLimit: 0,
    });

  // Before at(20): decided, reported and kept long enough ago for the retention purge below.
  const old = await add({ createdAt: at(10) });
  const early = await add({ createdAt: at(11) });
  await decide([old.id], editor.id, at(12), 'threat');
  await decide([early.id], editor.id, at(13));
  await report(early.id, 'r9', at(14));
  await comments.dismissReports({ commentId: early.id, moderatorId: editor.id, now: at(15) });

  // Text that every layer could mangle: line breaks, right-to-left, emoji, U+2028, quotes.
  const first = await add({
    createdAt: at(21),
    body: 'Line one\r\nالعربية 🙂\u2028"quoted" \\ back\tslash\n\n  spaced  ',
    authorName: 'Zoë «Ω»',
  });
  const reply = await add({ createdAt: at(22), parentId: first.id });
  await add({
    createdAt: at(23),
    flags: [{ phase: 'shouting', category: 'shouting', evidence: 'HEY', reason: 'capitals' }],
  });
  await add({ createdAt: at(24), autoReject: { category: 'threat', evidence: 'banned word' } });
  const byRemoved = await add({ createdAt: at(25), articleSlug: 'other-article' });
  const withdrawn = await add({ createdAt: at(26), statusTokenHash: 'token-withdrawn' });
  const hidden = await add({ createdAt: at(27) });
  const kept = await add({ createdAt: at(28), articleSlug: 'other-article' });
  await decide([first.id, reply.id, withdrawn.id, hidden.id, kept.id], editor.id, at(30));
  await decide([byRemoved.id], night.id, at(31), 'other');
  await comments.withdrawComment({ statusTokenHash: 'token-withdrawn', now: at(32) });
  for (const [index, client] of ['r1', 'r2', 'r3'].entries())
    await report(hidden.id, client, at(33 + index));
  await report(kept.id, 'r1', at(40));
  await report(kept.id, 'r2', at(41));
  await comments.dismissReports({ commentId: kept.id, moderatorId: editor.id, now: at(42) });
  await report(kept.id, 'r4', at(43));
  await add({ createdAt: at(44), parentId: hidden.id });
  if ((await auth.removeModerator(night.id, at(45))) !== 'removed')
    throw new Error('could not remove the moderator');
  // A 30-day window, 30 days after at(20): what was decided or reported before it is erased.
  await comments.purgeExpired(at(20) + 30 * day, 30);
  return { sessions, tokens };
}

/** Everything the site reads, through the stores. */
export async function readThroughStores(
  stores: Stores,
  made: Awaited<ReturnType<typeof populate>>,
) {
  const { comments, auth } = stores;
  const now = at(60);
  const published = await Promise.all(
    (await comments.listCommentedArticles()).map((slug) => comments.listPublished(slug)),
  );
  return {
    queues: await Promise.all(
      queues.map((queue) => comments.listQueue({ queue, limit: 100, offset: 0 })),
    ),
    counts: await comments.countQueues(),
    articles: await comments.listCommentedArticles(),
    published,
    log: await comments.listLog({ limit: 100, offset: 0 }),
    byToken: await Promise.all(made.tokens.map((token) => comments.findByStatusToken(token))),
    recent: await comments.listRecentByAuthor({
      email: 'reader.1@example.com',
      clientHash: 'r1',
      since: 0,
    }),
    moderators: await auth.listModerators(now),
    signIn: await Promise.all(['editor', 'night'].map((name) => auth.findModeratorForSignIn(name))),
    sessions: await Promise.all(made.sessions.map((idHash) => auth.findSession(idHash, now))),
    secret: await auth.getSetting('server_secret'),
  };
}
