import { describe, expect, test } from 'vitest';
import { hashPassword } from '@/lib/auth/passwords';
import { endSession, findSessionModerator, startSession } from '@/lib/auth/sessions';
import { issueSetupToken, setupTokenHash } from '@/lib/auth/setup';
import { signIn } from '@/lib/auth/sign-in';
import { createSqliteAuthStore } from '@/lib/auth/sqlite';
import { temporaryDatabase } from '../support/database';

async function withModerator() {
  const store = createSqliteAuthStore(temporaryDatabase());
  await store.createModerator({
    username: 'editor',
    passwordHash: await hashPassword('a long passphrase'),
    now: 1,
  });
  return store;
}

describe('sign-in', () => {
  test('the right password signs in; a wrong one or an unknown user does not', async () => {
    const store = await withModerator();
    const attempt = { clientHash: 'c', now: 1_000 };
    expect(
      await signIn(store, { ...attempt, username: 'editor', password: 'a long passphrase' }),
    ).toMatchObject({
      outcome: 'signed-in',
      moderator: { username: 'editor' },
    });
    expect(
      await signIn(store, { ...attempt, username: 'EDITOR', password: 'a long passphrase' }),
    ).toMatchObject({
      outcome: 'signed-in',
    });
    expect(await signIn(store, { ...attempt, username: 'editor', password: 'wrong' })).toEqual({
      outcome: 'invalid',
    });
    expect(await signIn(store, { ...attempt, username: 'nobody', password: 'x' })).toEqual({
      outcome: 'invalid',
    });
  });

  test('five failures for a username lock it, even with the right password, from any client', async () => {
    const store = await withModerator();
    for (let i = 0; i < 5; i++) {
      await signIn(store, {
        username: 'editor',
        password: 'wrong',
        clientHash: `c${i}`,
        now: 1_000 + i,
      });
    }
    const result = await signIn(store, {
      username: 'editor',
      password: 'a long passphrase',
      clientHash: 'fresh',
      now: 2_000,
    });
    expect(result).toEqual({ outcome: 'locked', retryAfterSeconds: 900 });
    expect(
      await signIn(store, {
        username: 'editor',
        password: 'a long passphrase',
        clientHash: 'fresh',
        now: 1_004 + 900_000,
      }),
    ).toMatchObject({ outcome: 'signed-in' });
  });

  test('five failures from one client lock that client for every username', async () => {
    const store = await withModerator();
    for (let i = 0; i < 5; i++)
      await signIn(store, {
        username: `guess${i}`,
        password: 'x',
        clientHash: 'attacker',
        now: 1_000,
      });
    expect(
      await signIn(store, {
        username: 'editor',
        password: 'a long passphrase',
        clientHash: 'attacker',
        now: 1_001,
      }),
    ).toMatchObject({
      outcome: 'locked',
    });
  });
});

describe('sessions', () => {
  test('a session finds its moderator until it expires or ends; only its hash is stored', async () => {
    const db = temporaryDatabase();
    const store = createSqliteAuthStore(db);
    const moderator = await store.createModerator({
      username: 'editor',
      passwordHash: 'x',
      now: 1,
    });
    const session = await startSession(store, moderator?.id ?? 0, 1_000);
    expect(session.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(db.prepare('SELECT * FROM sessions').all())).not.toContain(session.id);
    expect(await findSessionModerator(store, session.id, 2_000)).toMatchObject({
      username: 'editor',
    });
    expect(await findSessionModerator(store, session.id, session.expiresAt)).toBeUndefined();
    expect(await findSessionModerator(store, 'forged', 2_000)).toBeUndefined();
    expect(await findSessionModerator(store, undefined, 2_000)).toBeUndefined();
    const second = await startSession(store, moderator?.id ?? 0, 3_000);
    expect(second.id).not.toBe(session.id);
    await endSession(store, second.id);
    expect(await findSessionModerator(store, second.id, 3_001)).toBeUndefined();
  });
});

describe('first-account setup', () => {
  test('a setup token creates the first account once, then stops working', async () => {
    const store = createSqliteAuthStore(temporaryDatabase());
    const token = await issueSetupToken(store, 1_000);
    expect(token).toBeDefined();
    const account = { username: 'chief', passwordHash: 'h', now: 2_000 };
    expect(
      await store.createFirstModerator({ ...account, setupTokenHash: setupTokenHash('wrong') }),
    ).toEqual({
      outcome: 'invalid-token',
    });
    expect(
      await store.createFirstModerator({ ...account, setupTokenHash: setupTokenHash(token ?? '') }),
    ).toMatchObject({
      outcome: 'created',
      moderator: { username: 'chief' },
    });
    expect(
      await store.createFirstModerator({
        ...account,
        username: 'second',
        setupTokenHash: setupTokenHash(token ?? ''),
      }),
    ).toEqual({ outcome: 'already-set-up' });
    expect(await issueSetupToken(store, 3_000)).toBeUndefined();
  });

  test('an expired setup token does not work', async () => {
    const store = createSqliteAuthStore(temporaryDatabase());
    const token = await issueSetupToken(store, 0);
    expect(
      await store.createFirstModerator({
        username: 'chief',
        passwordHash: 'h',
        now: 25 * 3_600_000,
        setupTokenHash: setupTokenHash(token ?? ''),
      }),
    ).toEqual({ outcome: 'invalid-token' });
  });
});
