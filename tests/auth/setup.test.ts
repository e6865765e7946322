import { describe, expect, test } from 'vitest';
import { createSemaphore } from '@/lib/auth/semaphore';
import { checkSetupToken, issueSetupToken, setUpFirstModerator } from '@/lib/auth/setup';
import { storeEngines } from '../support/stores';

// The same behaviour on both engines: the SQLite default and PostgreSQL.
describe.each(storeEngines)('$name', ({ open }) => {
  function countingHasher() {
    const hashing = {
      calls: 0,
      slots: createSemaphore({ concurrency: 2, maxQueue: 8 }),
      hash: async (password: string) => {
        hashing.calls += 1;
        return `quick$${password}`;
      },
    };
    return hashing;
  }

  const account = { username: 'chief', password: 'a long passphrase', now: 2_000 };

  test('a wrong setup token is refused before any password is hashed', async () => {
    const { auth: store } = await open();
    await issueSetupToken(store, 1_000);
    const hashing = countingHasher();
    expect(await setUpFirstModerator(store, { ...account, token: 'wrong' }, hashing)).toEqual({
      outcome: 'invalid-token',
    });
    expect(hashing.calls).toBe(0);
    expect(await store.countModerators()).toBe(0);
  });

  test('once the site is set up, the setup form hashes nothing and creates nothing', async () => {
    const { auth: store } = await open();
    const token = (await issueSetupToken(store, 1_000)) ?? '';
    const hashing = countingHasher();
    expect(await setUpFirstModerator(store, { ...account, token }, hashing)).toMatchObject({
      outcome: 'created',
      moderator: { username: 'chief' },
    });
    expect(hashing.calls).toBe(1);
    expect(await checkSetupToken(store, token, 3_000)).toBe('already-set-up');
    expect(
      await setUpFirstModerator(store, { ...account, username: 'second', token }, hashing),
    ).toEqual({ outcome: 'already-set-up' });
    expect(hashing.calls).toBe(1);
    expect(await store.countModerators()).toBe(1);
  });

  test('an expired setup link is refused before hashing', async () => {
    const { auth: store } = await open();
    const token = (await issueSetupToken(store, 0)) ?? '';
    const hashing = countingHasher();
    expect(await checkSetupToken(store, token, 24 * 3_600_000)).toBe('valid');
    expect(
      await setUpFirstModerator(store, { ...account, token, now: 25 * 3_600_000 }, hashing),
    ).toEqual({ outcome: 'invalid-token' });
    expect(hashing.calls).toBe(0);
  });

  test('with every hashing slot and queue place taken, setup answers "busy"', async () => {
    const { auth: store } = await open();
    const token = (await issueSetupToken(store, 1_000)) ?? '';
    const hashing = {
      ...countingHasher(),
      slots: createSemaphore({ concurrency: 0, maxQueue: 0 }),
    };
    expect(await setUpFirstModerator(store, { ...account, token }, hashing)).toEqual({
      outcome: 'busy',
    });
    expect(await store.countModerators()).toBe(0);
  });
});
