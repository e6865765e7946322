import 'server-only';
import { ogImageSize } from './og-image';
import { routes } from '../routes';
import { getSite } from '../site/config';

/** The image a shared link shows: the article's own photo, or its generated card. Absolute URLs. */
export function shareImage(
  article: { slug: string; title: string; image?: { src: string; alt: string } | undefined },
  ownSize: { width: number; height: number } | undefined,
) {
  const base = getSite().baseUrl;
  if (article.image && ownSize) {
    return { url: `${base}${article.image.src}`, ...ownSize, alt: article.image.alt };
  }
  return { url: `${base}${routes.ogImage(article.slug)}`, ...ogImageSize, alt: article.title };
}
