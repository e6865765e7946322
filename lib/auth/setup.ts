import 'server-only';
import { randomBytes } from 'node:crypto';
import { sha256 } from '../db/hash';
import { hashPassword } from './passwords';
import { passwordHashingSlots, type Semaphore } from './semaphore';
import type { AuthStore, Moderator } from './store';

const setupLinkLifetimeMs = 24 * 60 * 60 * 1000;

/**
 * When no moderator exists, makes a one-time setup token (only its hash is kept) and returns
 * it, to be printed as a link at start-up. It creates the first account and then stops working.
 */
export async function issueSetupToken(store: AuthStore, now: number): Promise<string | undefined> {
  if ((await store.countModerators()) > 0) {
    await store.setSetting('setup_token', undefined);
    return undefined;
  }
  const token = randomBytes(24).toString('base64url');
  await store.setSetting('setup_token', `${sha256(token)} ${now + setupLinkLifetimeMs}`);
  return token;
}

export function setupTokenHash(token: string): string {
  return sha256(token);
}

export type SetupTokenState = 'valid' | 'invalid-token' | 'already-set-up';

/** Whether a setup link still works: there is no moderator and the token matches and is fresh. */
export async function checkSetupToken(
  store: AuthStore,
  token: string,
  now: number = Date.now(),
): Promise<SetupTokenState> {
  if ((await store.countModerators()) > 0) return 'already-set-up';
  const [hash, expires] = ((await store.getSetting('setup_token')) ?? '').split(' ');
  if (!hash || hash !== setupTokenHash(token) || !(Number(expires) >= now)) return 'invalid-token';
  return 'valid';
}

/**
 * Creates the first moderator from the setup link. The token is checked before the password is
 * hashed, so that requests without a valid link cost no hashing; the store checks it again,
 * atomically with creating the account, for two forms sent at once.
 */
export async function setUpFirstModerator(
  store: AuthStore,
  account: { username: string; password: string; token: string; now: number },
  hashing: { hash: (password: string) => Promise<string>; slots: Semaphore } = {
    hash: hashPassword,
    slots: passwordHashingSlots,
  },
): Promise<
  | { outcome: 'created'; moderator: Moderator }
  | { outcome: Exclude<SetupTokenState, 'valid'> }
  | { outcome: 'busy' }
> {
  const state = await checkSetupToken(store, account.token, account.now);
  if (state !== 'valid') return { outcome: state };
  const hashed = await hashing.slots.run(() => hashing.hash(account.password));
  if (!hashed.ok) return { outcome: 'busy' };
  return store.createFirstModerator({
    username: account.username,
    passwordHash: hashed.value,
    setupTokenHash: setupTokenHash(account.token),
    now: account.now,
  });
}
