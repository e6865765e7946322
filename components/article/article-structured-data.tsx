import { cacheLife, cacheTag } from 'next/cache';
import { getArticle, getImageSize, listTranslations } from '@/lib/articles';
import { commentsTag, getPublishedComments } from '@/lib/comments';
import { getSection } from '@/lib/sections';
import { shareImage } from '@/lib/share/share-images';
import { newsArticleData, serializeJsonLd } from '@/lib/share/structured-data';

/**
 * The article's NewsArticle JSON-LD. It carries the comment count, so it is cached with the
 * comments' tag and refreshed with them.
 */
export async function ArticleStructuredData({ slug }: { slug: string }) {
  'use cache';
  cacheLife('max');
  cacheTag(commentsTag(slug));
  const article = await getArticle(slug);
  if (!article) return null;
  const commentCount = (await getPublishedComments(slug)).length;
  const data = newsArticleData(article, {
    section: getSection(article.section, article.lang),
    image: shareImage(article, article.image ? getImageSize(article.image.src) : undefined),
    commentCount,
    translations: await listTranslations(article),
  });
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
