import 'server-only';
import { pingDatabase } from '../db';

export type Health =
  | { status: 'ok'; database: 'ok' }
  | { status: 'unavailable'; database: 'unavailable'; reason: string };

/**
 * Whether this instance can serve readers: for a load balancer's liveness and readiness check.
 * It asks the database one trivial question, so a broken or unreachable store shows here rather
 * than on a reader's comment; the articles themselves are files and need no check. The reason
 * is lib/db's own error, which never shows the password a database URL may hold.
 */
export async function checkHealth(): Promise<Health> {
  try {
    await pingDatabase();
    return { status: 'ok', database: 'ok' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'unavailable', database: 'unavailable', reason };
  }
}
