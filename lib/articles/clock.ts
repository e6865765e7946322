import 'server-only';
import { cacheLife } from 'next/cache';

/**
 * The moment that decides which future-dated (embargoed) articles are published. It is taken
 * once and cached, so a prerendered page and the lists beside it agree on what is out.
 */
export async function publicationCutoff(): Promise<number> {
  'use cache';
  cacheLife('max');
  return Date.now();
}
