import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { CommentsSection } from '@/components/comments/comments-section';
import { getArticle, listPrerenderSlugs } from '@/lib/articles';
import { getCommentPage } from '@/lib/comments';
import { resolveEdition } from '@/lib/editions/route-params';
import { getMessages } from '@/lib/messages';
import { parsePageNumber } from '@/lib/pages/pagination';
import { routes } from '@/lib/routes';

// An article's comment pages, /articles/<slug>/comments/<n>: next.config.mjs rewrites that URL
// here, so this route's params can name the slug and the page together, and the build
// prerenders one sample rather than page 2 of every prerendered article.
export async function generateStaticParams({ params }: { params: { edition: string } }) {
  // Comment pages render on first request and are cached under the article's comments tag.
  // Cache Components needs one sample to validate the route against: page 2 of the edition's
  // newest article.
  const [newest] = await listPrerenderSlugs(params.edition);
  return [{ slug: newest ?? 'none', page: '2' }];
}

/** The article and page number of a comment page, or undefined for a page that does not exist. */
async function resolvePage(edition: string, slug: string, page: string) {
  const { code } = resolveEdition(edition);
  const article = await getArticle(slug);
  const number = parsePageNumber(page);
  if (!article || number === undefined) return undefined;
  if (article.lang !== code) permanentRedirect(routes.articleComments(slug, article.lang, number));
  const comments = await getCommentPage(article.slug, number);
  if (number > comments.pageCount) return undefined;
  return { article, number, pageCount: comments.pageCount };
}

export async function generateMetadata({
  params,
}: PageProps<'/[edition]/comment-pages/[slug]/[page]'>): Promise<Metadata> {
  const { edition, slug, page } = await params;
  const found = await resolvePage(edition, slug, page);
  if (!found) return {};
  const messages = getMessages(found.article.lang);
  return {
    title: `${messages.commentsOn(found.article.title)} – ${messages.pageOf(found.number, found.pageCount)}`,
    alternates: { canonical: routes.articleComments(slug, found.article.lang, found.number) },
    // Readers' words, reachable from the article: not a page of their own in search results.
    robots: { index: false, follow: true },
  };
}

/** Page 2 onwards of an article's comments, with the form and guidelines, as under the article. */
export default async function ArticleCommentsPage({
  params,
}: PageProps<'/[edition]/comment-pages/[slug]/[page]'>) {
  const { edition, slug, page } = await params;
  const found = await resolvePage(edition, slug, page);
  if (!found) notFound();
  const { article, number } = found;
  const messages = getMessages(article.lang);
  return (
    <div lang={article.lang} className="mx-auto max-w-3xl">
      <p className="font-sans text-sm">
        <a href={routes.article(article.slug, article.lang)} className="underline">
          {messages.backToArticle(article.title)}
        </a>
      </p>
      <h1 className="mt-4 font-serif text-3xl leading-tight font-bold text-balance">
        {messages.commentsOn(article.title)}
      </h1>
      <CommentsSection
        articleSlug={article.slug}
        lang={article.lang}
        open={article.comments === 'open'}
        page={number}
      />
    </div>
  );
}
