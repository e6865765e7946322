import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import { getEnv } from '../env';
import type { AuthStore } from './store';

/** A client, as a keyed hash of its key (its IP address): comparable, never reversible, never stored raw. */
export function hashClient(clientKey: string, secret: string): string {
  return createHmac('sha256', secret).update(`client:${clientKey}`).digest('hex');
}

let cached: Promise<string> | undefined;

/**
 * The key for hashing readers' IP addresses and deriving status links. SERVER_SECRET when set;
 * otherwise one random secret, made once and kept in the database so all instances agree.
 */
export function getServerSecret(store: AuthStore): Promise<string> {
  const fromEnv = getEnv().SERVER_SECRET;
  if (fromEnv) return Promise.resolve(fromEnv);
  // Read first: only the very first start writes, so a database another process is writing to
  // does not stop readers from posting. A failure is not kept: the next request tries again.
  cached ??= (async () =>
    (await store.getSetting('server_secret')) ??
    store.setSettingOnce('server_secret', randomBytes(32).toString('base64url')))().catch(
    (error: unknown) => {
      cached = undefined;
      throw error;
    },
  );
  return cached;
}
