import { resolveEdition } from '@/lib/editions/route-params';
import { getEditionFeed, rssResponse } from '@/lib/feeds';

// /feed.xml is the English edition's (a rewrite in next.config.mjs); /ckb/feed.xml Sorani's.
export async function GET(_request: Request, { params }: RouteContext<'/[edition]/feed.xml'>) {
  return rssResponse(await getEditionFeed(resolveEdition((await params).edition).code));
}
