// Several app instances on one database: each check-then-write must hold when the competing
// writes come from another connection (another process, another machine), not only from the
// same one. Every burst is split between two connections and started at once.
import { describe, expect, test } from 'vitest';
import { storeEngines } from '../support/stores';
import { newComment } from '../comments/store-contract';

describe.each(storeEngines)('$name: two instances on one database', ({ open }) => {
  test('the rate limit counts posts from both: 3 allowed of 12 concurrent', async () => {
    const a = await open();
    const b = await a.twin();
    const limit = { since: 0, wait: (times: number[]) => (times.length >= 3 ? 60 : 0) };
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 === 0 ? a : b).comments.addCommentWithinLimit(
          newComment({ clientHash: 'one-reader', authorEmail: `r${i}@example.com` }),
          limit,
        ),
      ),
    );
    expect(results.filter((result) => result.outcome === 'stored')).toHaveLength(3);
    expect(results.filter((result) => result.outcome === 'rate-limited')).toHaveLength(9);
    expect(await a.all('SELECT COUNT(*) AS n FROM comments')).toEqual([{ n: 3 }]);
  });

  test('a sign-in lockout holds across both: 5 attempts allowed of 16 concurrent', async () => {
    const a = await open();
    const b = await a.twin();
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        (i % 2 === 0 ? a : b).auth.beginSignInAttempt({
          keys: ['user:editor', `client:c${i}`],
          now: 1_000,
          forgetBefore: 0,
          decide: (failuresOf) => (failuresOf('user:editor').length >= 5 ? 60 : 0),
        }),
      ),
    );
    expect(results.filter((result) => result.outcome === 'allowed')).toHaveLength(5);
    expect(results.filter((result) => result.outcome === 'locked')).toHaveLength(11);
  });

  test('removing the last two moderators at once from both leaves one', async () => {
    const a = await open();
    const b = await a.twin();
    const alice = await a.auth.createModerator({ username: 'alice', passwordHash: 'x', now: 1 });
    const bob = await a.auth.createModerator({ username: 'bob', passwordHash: 'x', now: 1 });
    if (!alice || !bob) throw new Error('fixture');
    const outcomes = await Promise.all([
      a.auth.removeModerator(alice.id, 2),
      b.auth.removeModerator(bob.id, 2),
    ]);
    expect(outcomes.toSorted()).toEqual(['last', 'removed']);
    expect(await a.auth.countModerators()).toBe(1);
  });

  test('one setup token creates one first account, whichever instance is asked', async () => {
    const a = await open();
    const b = await a.twin();
    await a.auth.setSetting('setup_token', `hash ${Number.MAX_SAFE_INTEGER}`);
    const outcomes = await Promise.all(
      ['chief', 'deputy', 'editor', 'night'].map((username, i) =>
        (i % 2 === 0 ? a : b).auth.createFirstModerator({
          username,
          passwordHash: 'h',
          setupTokenHash: 'hash',
          now: 10,
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.outcome === 'created')).toHaveLength(1);
    expect(await b.auth.countModerators()).toBe(1);
  });

  test('a shared setting made at once by both is the same on both', async () => {
    const a = await open();
    const b = await a.twin();
    const [first, second] = await Promise.all([
      a.auth.setSettingOnce('server_secret', 'made-by-a'),
      b.auth.setSettingOnce('server_secret', 'made-by-b'),
    ]);
    expect(first).toBe(second);
    expect(await b.auth.getSetting('server_secret')).toBe(first);
  });

  test('a moderator session made on one is found and ended on the other', async () => {
    const a = await open();
    const b = await a.twin();
    const editor = await a.auth.createModerator({ username: 'editor', passwordHash: 'x', now: 1 });
    if (!editor) throw new Error('fixture');
    await a.auth.createSession({
      idHash: 's1',
      moderatorId: editor.id,
      createdAt: 1,
      expiresAt: 99,
    });
    expect(await b.auth.findSession('s1', 2)).toMatchObject({ moderator: { username: 'editor' } });
    await b.auth.deleteSession('s1');
    expect(await a.auth.findSession('s1', 3)).toBeUndefined();
  });

  test('reports from one reader are limited per hour across both', async () => {
    const a = await open();
    const b = await a.twin();
    const editor = await a.auth.createModerator({ username: 'editor', passwordHash: 'x', now: 1 });
    if (!editor) throw new Error('fixture');
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) ids.push((await a.comments.addComment(newComment())).comment.id);
    await a.comments.decide({ commentIds: ids, action: 'approve', moderatorId: editor.id, now: 5 });
    const results = await Promise.all(
      ids.map((commentId, i) =>
        (i % 2 === 0 ? a : b).comments.addReport({
          commentId,
          clientHash: 'one-reporter',
          reason: 'spam',
          now: 10,
          hourlyLimit: 4,
          hideThreshold: 3,
        }),
      ),
    );
    expect(results.filter((result) => result.outcome === 'reported')).toHaveLength(4);
    expect(results.filter((result) => result.outcome === 'rate-limited')).toHaveLength(2);
  });
});
