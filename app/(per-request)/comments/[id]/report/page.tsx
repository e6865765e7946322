import type { Metadata } from 'next';
import { connection } from 'next/server';
import { CommentReport } from '@/components/comments/comment-report';
import { reportOutcomes } from '@/components/comments/form-state';
import { PageNotFound } from '@/components/layout/page-not-found';
import { getArticle } from '@/lib/articles';
import { findCommentPage, getReportableComment } from '@/lib/comments';
import { getMessages } from '@/lib/messages';
import { requestLanguage } from '@/lib/pages/page-language';
import { firstParam } from '@/lib/request/form-values';
import { routes } from '@/lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: getMessages(await requestLanguage()).reportTitle,
    robots: { index: false, follow: false },
  };
}

export default async function ReportCommentPage({
  params,
  searchParams,
}: PageProps<'/comments/[id]/report'>) {
  await connection();
  const id = Number((await params).id);
  const query = await searchParams;
  const sent = reportOutcomes.find((outcome) => outcome === firstParam(query.sent));
  // Only what readers can see: any other id, whatever its state, gets the site's not-found
  // page, exactly as an unknown id does. Rendered here, not by notFound(): this route's shell is
  // sent before the lookup, so the status stays 200 either way, and a streamed not-found page
  // would stay blank without JavaScript. (A 404 status would need the check in the proxy.)
  const comment = await getReportableComment(id);
  if (!sent && !comment) return <PageNotFound />;
  // After a report, the way back to the article: from the comment while it is public, else from
  // the URL the report action wrote (only a published article is linked, so nothing leaks).
  const backSlug = comment?.articleSlug ?? (sent ? firstParam(query.article) : undefined);
  const backTo = backSlug ? await getArticle(backSlug) : undefined;
  const backPage = backTo && comment ? await findCommentPage(backTo.slug, id) : undefined;
  return (
    <CommentReport
      comment={comment}
      sent={sent}
      lang={await requestLanguage()}
      back={
        backTo && {
          href: routes.comment(backTo.slug, backTo.lang, id, backPage),
          title: backTo.title,
        }
      }
    />
  );
}
