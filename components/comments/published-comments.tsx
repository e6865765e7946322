import { cacheLife, cacheTag } from 'next/cache';
import { commentsTag, getPublishedComments, type PublicComment } from '@/lib/comments';
import { getMessages } from '@/lib/messages';
import { getSite } from '@/lib/site/config';
import { CommentItem } from './comment-item';
import { CommentLinkCopier } from './comment-link-copier';
import { CommentOrder } from './comment-order';

/**
 * The approved comments of an article and their count. Cached with the article's tag: comments
 * change only when a moderator decides (or reports hide one), and each of those revalidates the
 * tag, so the page stays static and still shows an approved comment on the next load.
 */
export async function PublishedComments({
  articleSlug,
  lang,
  headingId,
}: {
  articleSlug: string;
  lang: string;
  headingId: string;
}) {
  'use cache';
  cacheLife('max');
  cacheTag(commentsTag(articleSlug));
  const comments = await getPublishedComments(articleSlug);
  const site = getSite();
  const messages = getMessages(lang);
  const replies = new Map<number, PublicComment[]>();
  for (const comment of comments) {
    if (comment.parentId !== null)
      replies.set(comment.parentId, [...(replies.get(comment.parentId) ?? []), comment]);
  }
  // A reply whose parent is not shown (hidden by reports) is shown on its own rather than lost.
  const shown = new Set(comments.map((comment) => comment.id));
  const threads = comments.filter(
    (comment) => comment.parentId === null || !shown.has(comment.parentId),
  );
  return (
    <>
      <h2 id={headingId} className="font-serif text-2xl font-bold">
        {messages.commentsHeading(comments.length)}
      </h2>
      {threads.length === 0 ? (
        <p className="mt-4 text-neutral-600 dark:text-neutral-400">{messages.noCommentsYet}</p>
      ) : (
        <div className="reader-text mt-4 font-sans">
          <CommentLinkCopier copiedLabel={messages.linkCopied} />
          <CommentOrder label={messages.newestFirst}>
            {threads.map((thread) => {
              const threadReplies = replies.get(thread.id) ?? [];
              return (
                <CommentItem
                  key={thread.id}
                  comment={thread}
                  timeZone={site.timeZone}
                  lang={lang}
                  messages={messages}
                  canReply={thread.parentId === null}
                >
                  {threadReplies.length > 0 && (
                    <ol
                      aria-label={messages.repliesTo(thread.authorName)}
                      className="ms-4 mt-4 space-y-4 border-s-2 border-neutral-200 ps-4 dark:border-neutral-700"
                    >
                      {threadReplies.map((reply) => (
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
              );
            })}
          </CommentOrder>
        </div>
      )}
    </>
  );
}
