import { cacheLife } from 'next/cache';
import { articleOgImage } from '@/components/og/article-og-image';
import { getArticle, listPrerenderShareImages } from '@/lib/articles';
import { formatDisplayDate } from '@/lib/text/dates';
import { pngResponse, renderPng } from '@/lib/og';
import { getSection } from '@/lib/sections';
import { getSite } from '@/lib/site/config';

export async function generateStaticParams() {
  const slugs = await listPrerenderShareImages();
  return slugs.length > 0 ? slugs.map((slug) => ({ slug })) : [{ slug: 'none' }];
}

/** An article's generated share image (1200x630 PNG), drawn once and kept. */
async function drawArticleImage(slug: string): Promise<Uint8Array | undefined> {
  'use cache';
  cacheLife('max');
  const article = await getArticle(slug);
  if (!article) return undefined;
  return renderPng(
    articleOgImage({
      title: article.title,
      section: getSection(article.section, article.lang)?.name ?? article.section,
      // In the article's edition: its digits, its date rule, its direction.
      date: formatDisplayDate(article.date, article.lang),
      siteName: getSite().name,
      lang: article.lang,
    }),
  );
}

export async function GET(_request: Request, { params }: RouteContext<'/og/[slug]'>) {
  const png = await drawArticleImage((await params).slug);
  if (!png) return new Response('Not found', { status: 404 });
  return pngResponse(png);
}
