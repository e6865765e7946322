import type { Metadata } from 'next';
import { connection } from 'next/server';
import { reportCommentAction } from '@/components/comments/actions';
import { reportOutcomes, type ReportOutcome } from '@/components/comments/form-state';
import { ReportForm } from '@/components/comments/report-form';
import { PageNotFound } from '@/components/layout/page-not-found';
import { getArticle } from '@/lib/articles';
import { getReportableComment } from '@/lib/comments';
import { getMessages } from '@/lib/messages';
import { requestLanguage } from '@/lib/editions/page-language';
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
  return (
    <div className="mx-auto max-w-2xl py-8">
      <Report
        comment={comment}
        sent={sent}
        lang={await requestLanguage()}
        back={backTo && { href: routes.comment(backTo.slug, backTo.lang, id), title: backTo.title }}
      />
    </div>
  );
}

function Report({
  comment,
  sent,
  lang,
  back,
}: {
  comment: Awaited<ReturnType<typeof getReportableComment>>;
  sent: ReportOutcome | undefined;
  lang: string;
  back: { href: string; title: string } | undefined;
}) {
  const messages = getMessages(lang);
  const backLink = back && (
    <p className="mt-8">
      <a href={back.href} className="underline">
        {messages.backToArticle(back.title)}
      </a>
    </p>
  );
  // After the form was sent (the report may have just hidden the comment): say what happened.
  if (sent) {
    const message = {
      done: messages.reportThanks,
      already: messages.reportAlready,
      gone: messages.reportGone,
      limited: messages.reportLimited,
    }[sent];
    return (
      <>
        <h1 className="font-serif text-3xl font-bold">{messages.reportTitle}</h1>
        <p role="status" className="mt-4 font-semibold">
          {message}
        </p>
        {backLink}
      </>
    );
  }
  if (!comment) return <PageNotFound />;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{messages.reportTitle}</h1>
      <figure className="mt-6 rounded bg-neutral-100 p-4 dark:bg-neutral-900">
        <figcaption className="font-semibold">
          <bdi>{comment.authorName}</bdi>
        </figcaption>
        <blockquote
          dir="auto"
          className="mt-2 whitespace-pre-wrap [overflow-wrap:anywhere] [unicode-bidi:isolate]"
        >
          {comment.body}
        </blockquote>
      </figure>
      <div className="mt-6">
        <ReportForm
          commentId={comment.id}
          labels={{ reasonLabel: messages.reportReasonLabel, send: messages.sendReport }}
          reasons={Object.entries(messages.reportReasons).map(([value, label]) => ({
            value,
            label,
          }))}
          action={reportCommentAction}
        />
      </div>
      {backLink}
    </>
  );
}
