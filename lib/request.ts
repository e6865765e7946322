import 'server-only';
import { headers } from 'next/headers';

/**
 * The reader's IP address, used only to compute a keyed hash (never stored). Next.js fills
 * X-Forwarded-For with the socket's address when a request has none; a reverse proxy in front
 * should append the address it saw, which is why the last entry is taken. Known limit: with no
 * proxy in front, a client can send its own header; the per-email limits still apply.
 */
export async function getClientIp(): Promise<string> {
  const list = (await headers()).get('x-forwarded-for');
  const last = list?.split(',').at(-1)?.trim();
  return last || 'unknown';
}
