import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleStructuredData } from '@/components/article/article-structured-data';
import { ArticleView } from '@/components/article/article-view';
import { ReadingNext } from '@/components/article/reading-next';
import { ShareBar } from '@/components/article/share-bar';
import { CommentsSection } from '@/components/comments/comments-section';
import {
  getArticle,
  getArticleByAlias,
  getArticleHtml,
  getImageSize,
  getReadingNext,
  listPrerenderSlugs,
  listTranslations,
} from '@/lib/articles';
import { languageAlternates } from '@/lib/editions/alternates';
import { resolveEdition } from '@/lib/editions/route-params';
import { getMessages } from '@/lib/messages';
import { feedAlternateTypes } from '@/lib/feeds';
import { routes } from '@/lib/routes';
import { getSection } from '@/lib/sections';
import { shareImage } from '@/lib/share/share-images';
import { absoluteUrl, getSite, ogLocale } from '@/lib/site/config';

export async function generateStaticParams({ params }: { params: { edition: string } }) {
  const slugs = await listPrerenderSlugs(params.edition);
  // Cache Components needs one sample to validate the route against, even for an edition
  // with no articles yet.
  return slugs.length > 0 ? slugs.map((slug) => ({ slug })) : [{ slug: 'none' }];
}

export async function generateMetadata({
  params,
}: PageProps<'/[edition]/articles/[slug]'>): Promise<Metadata> {
  const { edition, slug } = await params;
  const article = await getArticle(slug);
  if (!article || article.lang !== resolveEdition(edition).code) return {};
  const url = absoluteUrl(routes.article(article.slug, article.lang));
  const translations = await listTranslations(article);
  const image = shareImage(article, article.image ? getImageSize(article.image.src) : undefined);
  const section = getSection(article.section, article.lang);
  return {
    title: article.title,
    description: article.summary,
    // Always the bare path: tracking parameters (?utm_source=…) never make a second page.
    alternates: {
      canonical: url,
      languages: languageAlternates(
        new Map(
          [article, ...translations].map((version) => [
            version.lang,
            absoluteUrl(routes.article(version.slug, version.lang)),
          ]),
        ),
      ),
      types: feedAlternateTypes(article.lang, section),
    },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.summary,
      url,
      siteName: getSite().name,
      locale: ogLocale(article.lang),
      alternateLocale: translations.map((version) => ogLocale(version.lang)),
      images: [image],
      publishedTime: article.date,
      modifiedTime: article.updated ?? article.date,
      section: section?.name ?? article.section,
      tags: article.tags,
      ...(article.author ? { authors: [article.author] } : {}),
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description: article.summary,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}

export default async function ArticlePage({ params }: PageProps<'/[edition]/articles/[slug]'>) {
  // Awaited outside any Suspense boundary on purpose: an article not prerendered at build is
  // rendered whole on its first request and cached (status 404/308 included), never as a shell.
  const { edition, slug } = await params;
  const { code } = resolveEdition(edition);
  const article = await getArticle(slug);
  if (!article) {
    const moved = await getArticleByAlias(slug);
    if (moved) permanentRedirect(routes.article(moved.slug, moved.lang));
    notFound();
  }
  // An article lives in its own language's edition; a link with another edition's prefix
  // still reaches it.
  if (article.lang !== code) permanentRedirect(routes.article(article.slug, article.lang));
  const translations = await listTranslations(article);
  const messages = getMessages(article.lang);
  const section = getSection(article.section, article.lang);
  return (
    <>
      <ArticleStructuredData slug={article.slug} />
      <ArticleView
        article={article}
        html={await getArticleHtml(article)}
        section={section}
        imageSize={article.image ? getImageSize(article.image.src) : undefined}
        messages={messages}
        translations={translations}
      />
      <ShareBar
        url={absoluteUrl(routes.article(article.slug, article.lang))}
        title={article.title}
        messages={messages}
      />
      <ReadingNext
        section={section}
        messages={messages}
        lang={article.lang}
        {...await getReadingNext(article)}
      />
      <CommentsSection
        articleSlug={article.slug}
        lang={article.lang}
        open={article.comments === 'open'}
      />
    </>
  );
}
