import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { CommentsSection } from '@/components/comments/comments-section';
import {
  getArticle,
  getArticleByAlias,
  getArticleHtml,
  getImageSize,
  listPrerenderSlugs,
} from '@/lib/articles';
import { getMessages } from '@/lib/messages';
import { routes } from '@/lib/routes';
import { getSection } from '@/lib/sections';

export async function generateStaticParams() {
  const slugs = await listPrerenderSlugs();
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({
  params,
}: PageProps<'/articles/[slug]'>): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: routes.article(article.slug) },
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
  return (
    <>
      <ArticleView
        article={article}
        html={await getArticleHtml(article)}
        section={getSection(article.section)}
        imageSize={article.image ? getImageSize(article.image.src) : undefined}
        messages={getMessages(article.lang)}
      />
      <CommentsSection articleSlug={article.slug} open={article.comments === 'open'} />
    </>
  );
}
