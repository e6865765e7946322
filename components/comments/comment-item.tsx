import type { ReactNode } from 'react';
import type { PublicComment } from '@/lib/comments';
import { formatDateTime } from '@/lib/text/dates';
import type { Messages } from '@/lib/messages';
import { routes } from '@/lib/routes';
import { CommentBody } from './comment-body';

type Props = {
  comment: PublicComment;
  timeZone: string;
  messages: Messages;
  /** The article's language, for the date's digits. */
  lang: string;
  /** Replies are one level deep: only top-level comments get a Reply link. */
  canReply: boolean;
  children?: ReactNode;
};

/** One approved comment: its author, time and text (see CommentBody), and what a reader can do with it. */
export function CommentItem({ comment, timeZone, messages, lang, canReply, children }: Props) {
  const anchor = routes.commentAnchor(comment.id);
  return (
    <li>
      <article id={anchor} aria-labelledby={`${anchor}-author`} className="comment">
        <header className="comment-meta">
          <h3 id={`${anchor}-author`} className="font-semibold">
            <bdi>{comment.authorName}</bdi>
          </h3>
          <a
            href={`#${anchor}`}
            className="comment-time"
            aria-label={`${messages.commentPermalink}: ${formatDateTime(comment.createdAt, timeZone, lang)}`}
          >
            <time dateTime={new Date(comment.createdAt).toISOString()}>
              {formatDateTime(comment.createdAt, timeZone, lang)}
            </time>
          </a>
        </header>
        <CommentBody body={comment.body} />
        <footer className="comment-actions">
          {canReply && (
            <a
              href={`#${routes.commentFormAnchor()}`}
              data-reply-to={comment.id}
              data-reply-name={comment.authorName}
              className="comment-reply"
            >
              {messages.reply}
            </a>
          )}
          <a href={`#${anchor}`} data-copy-link className="comment-time">
            {messages.copyCommentLink}
          </a>
          {/* A link to a small page with the form, rather than a form under every comment: the
              article page stays light however many comments it has. */}
          <a href={routes.commentReport(comment.id)} rel="nofollow" className="comment-time">
            {messages.report}
          </a>
        </footer>
      </article>
      {children}
    </li>
  );
}
