import { cacheLife, cacheTag } from 'next/cache';
import { commentsTag, getCommentPage } from '@/lib/comments';
import { getMessages } from '@/lib/messages';
import { routes } from '@/lib/routes';
import { getSite } from '@/lib/site/config';
import { Pagination } from '../layout/pagination';
import { CommentItem } from './comment-item';
import { CommentLinkCopier } from './comment-link-copier';
import { CommentOrder } from './comment-order';

/**
 * One page of the approved comments of an article, and their count. Cached with the article's
 * tag: comments change only when a moderator decides (or reports hide one), and each of those
 * revalidates the tag, so the page stays static and still shows an approved comment on the next
 * load. Page 1 is under the article; the others are the article's comment pages.
 */
export async function PublishedComments({
  articleSlug,
  lang,
  headingId,
  page = 1,
}: {
  articleSlug: string;
  lang: string;
  headingId: string;
  page?: number;
}) {
  'use cache';
  cacheLife('max');
  cacheTag(commentsTag(articleSlug));
  // Past the last page (comments hidden since a link was made) there are no threads here; the
  // pagination leads back to them.
  const shown = await getCommentPage(articleSlug, page);
  const site = getSite();
  const messages = getMessages(lang);
  const pageCount = Math.max(shown.pageCount, page);
  const pagination = (
    <Pagination
      page={page}
      totalPages={pageCount}
      hrefFor={(n) =>
        n === 1
          ? `${routes.articleComments(articleSlug, lang, 1)}#${headingId}`
          : routes.articleComments(articleSlug, lang, n)
      }
      labels={{
        nav: messages.commentPages,
        previous: messages.earlierComments,
        next: messages.laterComments,
        current: messages.pageOf(page, pageCount),
      }}
    />
  );
  const items = shown.threads.map(({ comment, replies }) => (
    <CommentItem
      key={comment.id}
      comment={comment}
      timeZone={site.timeZone}
      lang={lang}
      messages={messages}
      canReply={comment.parentId === null}
    >
      {replies.length > 0 && (
        <ol
          aria-label={messages.repliesTo(comment.authorName)}
          className="ms-4 mt-4 space-y-4 border-s-2 border-neutral-200 ps-4 dark:border-neutral-700"
        >
          {replies.map((reply) => (
            <CommentItem
              key={reply.id}
              comment={reply}
              timeZone={site.timeZone}
              lang={lang}
              messages={messages}
              canReply={false}
            />
          ))}
        </ol>
      )}
    </CommentItem>
  ));
  return (
    <>
      <h2 id={headingId} className="font-serif text-2xl font-bold">
        {messages.commentsHeading(shown.total)}
      </h2>
      {shown.total === 0 ? (
        <p className="mt-4 text-neutral-600 dark:text-neutral-400">{messages.noCommentsYet}</p>
      ) : (
        <div className="reader-text mt-4 font-sans">
          <CommentLinkCopier copiedLabel={messages.linkCopied} />
          {/* Reordering one page of many would only mislead: the toggle is for a whole list. */}
          {pageCount === 1 ? (
            <CommentOrder label={messages.newestFirst} listId="comment-threads">
              {items}
            </CommentOrder>
          ) : (
            <ol className="space-y-6">{items}</ol>
          )}
          {pagination}
        </div>
      )}
    </>
  );
}
