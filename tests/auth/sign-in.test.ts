import { describe, expect, test } from 'vitest';
import { signInPolicy } from '@/lib/auth/lockout';
import { hashPassword, verifyPassword } from '@/lib/auth/passwords';
import { createSemaphore } from '@/lib/auth/semaphore';
import { endSession, findSessionModerator, startSession } from '@/lib/auth/sessions';
import { issueSetupToken, setupTokenHash } from '@/lib/auth/setup';
import { defaultPasswordChecks, signIn, type PasswordChecks } from '@/lib/auth/sign-in';
import type { AuthStore } from '@/lib/auth/store';
import { storeEngines } from '../support/stores';

// The same behaviour on both engines: the SQLite default and PostgreSQL.
describe.each(storeEngines)('$name', ({ open }) => {
  async function withModerator(passwordHash?: string) {
    const store = (await open()).auth;
    await store.createModerator({
      username: 'editor',
      passwordHash: passwordHash ?? (await hashPassword('a long passphrase')),
      now: 1,
    });
    return store;
  }

  // A stand-in for scrypt where the policy, not the hash, is under test: a real hash takes ~300 ms.
  const quick: PasswordChecks = {
    verify: async (password, stored) => stored === `quick$${password}`,
    hash: async (password) => `quick$${password}`,
    needsRehash: () => false,
    slots: createSemaphore({ concurrency: 2, maxQueue: 100 }),
  };
  const quickModerator = () => withModerator('quick$a long passphrase');
  const quickSignIn = (store: AuthStore, attempt: Parameters<typeof signIn>[1]) =>
    signIn(store, attempt, quick);

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
    }, 30_000);

    test('an attacker cannot lock a moderator out: their own client is locked, a clean one signs in', async () => {
      const store = await quickModerator();
      const attacker = { username: 'editor', password: 'wrong', clientHash: 'attacker' };
      for (let i = 0; i < 30; i++)
        await quickSignIn(store, { ...attacker, now: 1_000 + i * 3_600_000 });
      const later = 1_000 + 29 * 3_600_000 + 30 * 60_000;
      expect(
        await quickSignIn(store, { ...attacker, password: 'a long passphrase', now: later }),
      ).toMatchObject({ outcome: 'locked' });
      expect(
        await quickSignIn(store, {
          username: 'editor',
          password: 'a long passphrase',
          clientHash: 'newsroom',
          now: later,
        }),
      ).toMatchObject({ outcome: 'signed-in', moderator: { username: 'editor' } });
    });

    test('five failures for a username from one client lock that pair for a minute, then longer', async () => {
      const store = await quickModerator();
      const wrong = { username: 'editor', password: 'wrong', clientHash: 'c' };
      for (let i = 0; i < 5; i++)
        expect(await quickSignIn(store, { ...wrong, now: 1_000 + i })).toEqual({
          outcome: 'invalid',
        });
      expect(
        await quickSignIn(store, { ...wrong, password: 'a long passphrase', now: 1_005 }),
      ).toEqual({
        outcome: 'locked',
        retryAfterSeconds: 60,
      });
      expect(await quickSignIn(store, { ...wrong, now: 1_004 + 60_000 })).toEqual({
        outcome: 'invalid',
      });
      expect(await quickSignIn(store, { ...wrong, now: 1_005 + 60_000 })).toEqual({
        outcome: 'locked',
        retryAfterSeconds: 120,
      });
      expect(
        await quickSignIn(store, { ...wrong, password: 'a long passphrase', now: 1_004 + 180_000 }),
      ).toMatchObject({ outcome: 'signed-in' });
    });

    test('twenty failures from one client lock that client for every username', async () => {
      const store = await quickModerator();
      for (let i = 0; i < 20; i++)
        await quickSignIn(store, {
          username: `guess${i}`,
          password: 'x',
          clientHash: 'attacker',
          now: 1_000,
        });
      expect(
        await quickSignIn(store, {
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

  describe('sign-in under load', () => {
    test('50 concurrent wrong sign-ins: only the allowed five reach the password check', async () => {
      const store = await withModerator();
      let verified = 0;
      const passwords: PasswordChecks = {
        ...defaultPasswordChecks,
        slots: createSemaphore({ concurrency: 2, maxQueue: 100 }),
        verify: (password, stored) => {
          verified += 1;
          return verifyPassword(password, stored);
        },
      };
      const results = await Promise.all(
        Array.from({ length: 50 }, () =>
          signIn(
            store,
            { username: 'editor', password: 'wrong', clientHash: 'burst', now: 1_000 },
            passwords,
          ),
        ),
      );
      expect(verified).toBe(5);
      expect(results.filter((result) => result.outcome === 'invalid')).toHaveLength(5);
      expect(results.filter((result) => result.outcome === 'locked')).toHaveLength(45);
    }, 30_000);

    test('beyond the hashing queue, sign-in answers "busy" at once, and that does not count as a failure', async () => {
      const store = await withModerator();
      let open = () => {};
      const opened = new Promise<void>((resolve) => (open = resolve));
      const passwords: PasswordChecks = {
        ...defaultPasswordChecks,
        slots: createSemaphore({ concurrency: 1, maxQueue: 0 }),
        verify: async () => {
          await opened;
          return false;
        },
      };
      const attempt = { username: 'editor', password: 'wrong', clientHash: 'c', now: 1_000 };
      const first = signIn(store, attempt, passwords);
      const second = await signIn(store, attempt, passwords);
      expect(second).toEqual({ outcome: 'busy' });
      open();
      expect(await first).toEqual({ outcome: 'invalid' });
      // One failure counted, not two: four more are still allowed before the lock.
      for (let i = 0; i < 4; i++)
        expect(await signIn(store, attempt, passwords)).toEqual({ outcome: 'invalid' });
      expect(await signIn(store, attempt, passwords)).toMatchObject({ outcome: 'locked' });
    }, 30_000);
  });

  describe('sign-in bookkeeping', () => {
    test('a hash made at the older cost is re-hashed at the new one on the next successful sign-in', async () => {
      const store = (await open()).auth;
      await store.createModerator({
        username: 'veteran',
        passwordHash: await hashPassword('a long passphrase', { N: 2 ** 15, r: 8, p: 1 }),
        now: 1,
      });
      const stored = async () => (await store.findModeratorForSignIn('veteran'))?.passwordHash;
      const attempt = { username: 'veteran', clientHash: 'c', now: 1_000 };
      await signIn(store, { ...attempt, password: 'wrong' });
      expect(await stored()).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(await signIn(store, { ...attempt, password: 'a long passphrase' })).toMatchObject({
        outcome: 'signed-in',
      });
      expect(await stored()).toMatch(/^scrypt\$32768\$8\$3\$/);
      expect(await signIn(store, { ...attempt, password: 'a long passphrase' })).toMatchObject({
        outcome: 'signed-in',
      });
    }, 30_000);

    test('failures older than the longest window are pruned when an attempt is recorded', async () => {
      const database = await open();
      const store = database.auth;
      const rows = async () =>
        (await database.all('SELECT COUNT(*) AS n FROM login_failures'))[0]?.n;
      for (let i = 0; i < 40; i++)
        await quickSignIn(store, {
          username: `u${i}`,
          password: 'x',
          clientHash: `c${i}`,
          now: 1_000 + i,
        });
      expect(await rows()).toBe(120);
      await quickSignIn(store, {
        username: 'late',
        password: 'x',
        clientHash: 'z',
        now: 1_040 + signInPolicy.windowMs,
      });
      expect(await rows()).toBe(3);
    });

    test('a successful sign-in takes back its own attempt and the failures of its client', async () => {
      const database = await open();
      const store = database.auth;
      await store.createModerator({
        username: 'editor',
        passwordHash: 'quick$a long passphrase',
        now: 1,
      });
      const attempt = { username: 'editor', clientHash: 'c', now: 1_000 };
      for (let i = 0; i < 4; i++) await quickSignIn(store, { ...attempt, password: 'wrong' });
      await quickSignIn(store, { ...attempt, password: 'a long passphrase' });
      const keys = (await database.all('SELECT key FROM login_failures ORDER BY key')).map(
        (row) => row.key,
      );
      // Only the username's count stays, for the per-username slow-down.
      expect(new Set(keys)).toEqual(new Set(['user:editor']));
      expect(keys).toHaveLength(4);
    });
  });

  describe('sessions', () => {
    test('a session finds its moderator until it expires or ends; only its hash is stored', async () => {
      const database = await open();
      const store = database.auth;
      const moderator = await store.createModerator({
        username: 'editor',
        passwordHash: 'x',
        now: 1,
      });
      const session = await startSession(store, moderator?.id ?? 0, 1_000);
      expect(session.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(JSON.stringify(await database.all('SELECT * FROM sessions'))).not.toContain(
        session.id,
      );
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
      const store = (await open()).auth;
      const token = await issueSetupToken(store, 1_000);
      expect(token).toBeDefined();
      const account = { username: 'chief', passwordHash: 'h', now: 2_000 };
      expect(
        await store.createFirstModerator({ ...account, setupTokenHash: setupTokenHash('wrong') }),
      ).toEqual({
        outcome: 'invalid-token',
      });
      expect(
        await store.createFirstModerator({
          ...account,
          setupTokenHash: setupTokenHash(token ?? ''),
        }),
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
      const store = (await open()).auth;
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
});
