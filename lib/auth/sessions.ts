import 'server-only';
import { randomBytes } from 'node:crypto';
import { sha256 } from '../db/hash';
import { getEnv } from '../env';
import { tokenPattern } from '../text/patterns';
import type { AuthStore, Moderator } from './store';

export const sessionCookieName = 'moderator_session';

/** A new random session id; only its hash is stored, so a database leak gives no live sessions. */
export async function startSession(store: AuthStore, moderatorId: number, now: number) {
  const id = randomBytes(32).toString('base64url');
  const expiresAt = now + getEnv().SESSION_TTL_HOURS * 60 * 60 * 1000;
  await store.createSession({ idHash: sha256(id), moderatorId, createdAt: now, expiresAt });
  return { id, expiresAt };
}

export async function findSessionModerator(
  store: AuthStore,
  id: string | undefined,
  now: number,
): Promise<Moderator | undefined> {
  if (!id || !tokenPattern.test(id)) return undefined;
  return (await store.findSession(sha256(id), now))?.moderator;
}

export async function endSession(store: AuthStore, id: string | undefined): Promise<void> {
  if (id) await store.deleteSession(sha256(id));
}

/**
 * Cookie attributes: not readable by scripts, not sent on cross-site posts, and https-only when
 * the site is https or this request came over https (as a trusted proxy reports it), even if
 * SITE_URL says http.
 */
export function sessionCookieOptions(expiresAt: number, requestIsHttps: boolean) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: requestIsHttps || getEnv().SITE_URL.startsWith('https:'),
    path: '/',
    expires: new Date(expiresAt),
  };
}
