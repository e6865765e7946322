import 'server-only';
import { randomBytes } from 'node:crypto';
import { sha256 } from '../hash';
import type { AuthStore } from './store';

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
