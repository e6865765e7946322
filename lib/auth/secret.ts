import 'server-only';
import { randomBytes } from 'node:crypto';
import { getEnv } from '../env';
import type { AuthStore } from './store';

let cached: Promise<string> | undefined;

/**
 * The key for hashing readers' IP addresses and deriving status links. SERVER_SECRET when set;
 * otherwise one random secret, made once and kept in the database so all instances agree.
 */
export function getServerSecret(store: AuthStore): Promise<string> {
  const fromEnv = getEnv().SERVER_SECRET;
  if (fromEnv) return Promise.resolve(fromEnv);
  cached ??= store.setSettingOnce('server_secret', randomBytes(32).toString('base64url'));
  return cached;
}
