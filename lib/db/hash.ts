import 'server-only';
import { createHash } from 'node:crypto';

/** Hex SHA-256: what the database keeps instead of a secret (status tokens, session ids). */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
