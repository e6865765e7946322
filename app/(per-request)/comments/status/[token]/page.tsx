import type { Metadata } from 'next';
import { connection } from 'next/server';
import { CommentStatus } from '@/components/comments/comment-status';
import { PageNotFound } from '@/components/layout/page-not-found';
import { getArticle } from '@/lib/articles';
import { findCommentByStatusToken } from '@/lib/comments';
import { getMessages } from '@/lib/messages';
import { requestLanguage } from '@/lib/pages/page-language';

// A private link: never indexed, never sent to another site as a referrer. Not 'no-referrer':
// browsers then send "Origin: null" with the withdraw form, and Next.js refuses the action as
// cross-site; same-origin requests carry the origin, and the token stays on this site.
export async function generateMetadata(): Promise<Metadata> {
  // The comment's article's language (the root layout uses the same).
  const lang = await requestLanguage();
  return {
    title: getMessages(lang).statusTitle,
    robots: { index: false, follow: false },
    referrer: 'same-origin',
  };
}

export default async function CommentStatusPage({
  params,
  searchParams,
}: PageProps<'/comments/status/[token]'>) {
  await connection(); // the status changes when a moderator decides: always read it fresh
  const { token } = await params;
  const comment = await findCommentByStatusToken(token);
  // Only the holder of the link sees anything: a forged or unknown token gets the site's
  // not-found page (rendered here, not by notFound(), for the reasons on the report page).
  if (!comment) return <PageNotFound />;
  const confirming = (await searchParams).withdraw === 'confirm';
  const article = await getArticle(comment.articleSlug);
  return (
    <CommentStatus comment={comment} article={article} token={token} confirming={confirming} />
  );
}
