import { describe, expect, test } from 'vitest';
import {
  addModerator,
  removeModerator,
  resetPassword,
  signOutEverywhere,
} from '@/lib/auth/accounts';
import { verifyPassword } from '@/lib/auth/passwords';
import { findSessionModerator, startSession } from '@/lib/auth/sessions';
import { storeEngines } from '../support/stores';

// The same behaviour on both engines: the SQLite default and PostgreSQL.
describe.each(storeEngines)('$name', ({ open }) => {
  async function twoModerators() {
    const { auth: store } = await open();
    const alice = await store.createModerator({ username: 'alice', passwordHash: 'a', now: 1 });
    const bob = await store.createModerator({ username: 'bob', passwordHash: 'b', now: 2 });
    if (!alice || !bob) throw new Error('fixture');
    return { store, alice, bob };
  }

  describe('the AuthStore account methods', () => {
    test('listModerators gives each current moderator with their open sessions', async () => {
      const { store, alice } = await twoModerators();
      await startSession(store, alice.id, 1_000);
      await startSession(store, alice.id, 1_001);
      expect(await store.listModerators(2_000)).toEqual([
        { id: alice.id, username: 'alice', createdAt: 1, activeSessions: 2 },
        expect.objectContaining({ username: 'bob', activeSessions: 0 }),
      ]);
    });

    test('removeModerator ends the account and its sessions, keeps the name taken, and refuses the last', async () => {
      const { store, alice, bob } = await twoModerators();
      const session = await startSession(store, alice.id, 1_000);
      expect(await store.removeModerator(alice.id, 3_000)).toBe('removed');
      expect(await findSessionModerator(store, session.id, 3_001)).toBeUndefined();
      expect(await store.findModeratorForSignIn('alice')).toBeUndefined();
      expect(await store.countModerators()).toBe(1);
      expect(await store.listModerators(3_001)).toEqual([
        expect.objectContaining({ username: 'bob' }),
      ]);
      expect(
        await store.createModerator({ username: 'ALICE', passwordHash: 'x', now: 4 }),
      ).toBeUndefined();
      expect(await store.removeModerator(alice.id, 3_002)).toBe('unknown');
      expect(await store.removeModerator(bob.id, 3_003)).toBe('last');
      expect(await store.countModerators()).toBe(1);
    });

    test('setPasswordHash and deleteSessionsOf touch only that moderator', async () => {
      const { store, alice, bob } = await twoModerators();
      await startSession(store, alice.id, 1_000);
      await startSession(store, alice.id, 1_001);
      const bobs = await startSession(store, bob.id, 1_002);
      await store.setPasswordHash(alice.id, 'new');
      expect((await store.findModeratorForSignIn('alice'))?.passwordHash).toBe('new');
      expect((await store.findModeratorForSignIn('bob'))?.passwordHash).toBe('b');
      expect(await store.deleteSessionsOf(alice.id)).toBe(2);
      expect(await findSessionModerator(store, bobs.id, 2_000)).toMatchObject({ username: 'bob' });
    });
  });

  describe('account commands', () => {
    test('reset-password sets a new hash and ends every session; sign-out ends sessions only', async () => {
      const { store, alice } = await twoModerators();
      const first = await startSession(store, alice.id, 1_000);
      expect(
        await resetPassword(store, { username: 'alice', password: 'a new long passphrase' }),
      ).toEqual({ outcome: 'reset', endedSessions: 1 });
      expect(await findSessionModerator(store, first.id, 1_001)).toBeUndefined();
      const hash = (await store.findModeratorForSignIn('alice'))?.passwordHash ?? '';
      expect(await verifyPassword('a new long passphrase', hash)).toBe(true);
      await startSession(store, alice.id, 2_000);
      expect(await signOutEverywhere(store, 'alice')).toEqual({
        outcome: 'signed-out',
        endedSessions: 1,
      });
      expect((await store.findModeratorForSignIn('alice'))?.passwordHash).toBe(hash);
    }, 30_000);

    test('unknown names, bad passwords and the last moderator are refused', async () => {
      const { store } = await twoModerators();
      expect(
        await resetPassword(store, { username: 'carol', password: 'a long passphrase' }),
      ).toEqual({
        outcome: 'unknown',
      });
      expect(await signOutEverywhere(store, 'carol')).toEqual({ outcome: 'unknown' });
      expect(await removeModerator(store, 'carol', 1)).toBe('unknown');
      expect(
        await addModerator(store, {
          username: 'carol',
          password: 'long enough\tpassphrase',
          now: 1,
        }),
      ).toMatchObject({ outcome: 'bad-password' });
      expect(await removeModerator(store, 'alice', 1)).toBe('removed');
      expect(await removeModerator(store, 'bob', 1)).toBe('last');
    });
  });
});
