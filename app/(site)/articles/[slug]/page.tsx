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
} from '@/lib/articles';
import { getMessages } from '@/lib/messages';
import { feedAlternateTypes } from '@/lib/feeds';
import { routes } from '@/lib/routes';
import { getSection } from '@/lib/sections';
import { shareImage } from '@/lib/share-images';
import { absoluteUrl, getSite, ogLocale } from '@/lib/site';

export async function generateStaticParams() {
  const slugs = await listPrerenderSlugs();
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({
  params,
}: PageProps<'/articles/[slug]'>): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return {};
  const url = absoluteUrl(routes.article(article.slug));
  const image = shareImage(article, article.image ? getImageSize(article.image.src) : undefined);
  const section = getSection(article.section);
  return {
    title: article.title,
    description: article.summary,
    // Always the bare path: tracking parameters (?utm_source=…) never make a second page.
    alternates: { canonical: url, types: feedAlternateTypes(section) },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.summary,
      url,
      siteName: getSite().name,
      locale: ogLocale(article.lang),
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

export default async function ArticlePage({ params }: PageProps<'/articles/[slug]'>) {
  // Awaited outside any Suspense boundary on purpose: an article not prerendered at build is
  // rendered whole on its first request and cached (status 404/308 included), never as a shell.
  const { slug } = await params;
  const article = await getArticle(slug);
  if (!article) {
    const moved = await getArticleByAlias(slug);
    if (moved) permanentRedirect(routes.article(moved.slug));
    notFound();
  }
  const messages = getMessages(article.lang);
  const section = getSection(article.section);
  return (
    <>
      <ArticleStructuredData slug={article.slug} />
      <ArticleView
        article={article}
        html={await getArticleHtml(article)}
        section={section}
        imageSize={article.image ? getImageSize(article.image.src) : undefined}
        messages={messages}
      />
      <ShareBar
        url={absoluteUrl(routes.article(article.slug))}
        title={article.title}
        messages={messages}
      />
      <ReadingNext section={section} messages={messages} {...await getReadingNext(article)} />
      <CommentsSection articleSlug={article.slug} open={article.comments === 'open'} />
    </>
  );
}
