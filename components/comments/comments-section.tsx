import { commentLimits } from '@/lib/comments';
import { textDirection } from '@/lib/editions';
import { getGuidelines } from '@/lib/articles/guidelines';
import { getMessages } from '@/lib/messages';
import { submitCommentAction } from './actions';
import { CommentForm } from './comment-form';
import { PublishedComments } from './published-comments';

/** Under every article: the approved comments, the form (or "Comments are closed.") and the guidelines beside it. */
export function CommentsSection({
  articleSlug,
  lang,
  open,
  page = 1,
}: {
  articleSlug: string;
  /** The article's language: the form, its messages and the guidelines are in it. */
  lang: string;
  open: boolean;
  /** Which page of the comments is shown (page 1 under the article, the others on their own). */
  page?: number;
}) {
  const messages = getMessages(lang);
  // English until the newsroom writes this language's guidelines: marked so, for screen readers.
  const guidelines = getGuidelines(lang);
  return (
    <section
      aria-labelledby="comments-heading"
      className="mx-auto mt-12 max-w-3xl border-t-4 print:hidden border-neutral-900 pt-6 dark:border-neutral-100"
    >
      <PublishedComments
        articleSlug={articleSlug}
        lang={lang}
        headingId="comments-heading"
        page={page}
      />
      <div className="mt-10 grid gap-8 md:grid-cols-[3fr_2fr]">
        <div>
          <h2 id="post-comment-heading" className="font-serif text-xl font-bold">
            {messages.postComment}
          </h2>
          <div className="mt-4">
            {open ? (
              <CommentForm
                articleSlug={articleSlug}
                action={submitCommentAction}
                // The browser's hints are the limits the server action's schema enforces.
                limits={{
                  nameMax: commentLimits.name.max,
                  emailMax: commentLimits.email.max,
                  bodyMin: commentLimits.body.min,
                  bodyMax: commentLimits.body.max,
                }}
                labels={{
                  required: messages.required,
                  name: messages.nameLabel,
                  email: messages.emailLabel,
                  emailHint: messages.emailHint,
                  comment: messages.commentLabel,
                  commentHint: messages.commentHint(commentLimits.body.max),
                  honeypot: messages.honeypotLabel,
                  submit: messages.submitComment,
                  submitting: messages.submitting,
                  thanks: messages.thanksPending,
                  statusLinkIntro: messages.statusLinkIntro,
                  postAnother: messages.postAnother,
                  replyingTo: messages.replyingTo('{name}'),
                  cancelReply: messages.cancelReply,
                }}
              />
            ) : (
              <p className="font-semibold">{messages.commentsClosed}</p>
            )}
          </div>
        </div>
        <aside
          aria-labelledby="guidelines-heading"
          className="rounded bg-neutral-100 p-4 text-sm dark:bg-neutral-900"
        >
          <h2 id="guidelines-heading" className="font-sans font-bold">
            {messages.guidelinesHeading}
          </h2>
          <div
            lang={guidelines.lang}
            dir={textDirection(guidelines.lang)}
            className="prose prose-sm prose-neutral mt-2 dark:prose-invert"
            dangerouslySetInnerHTML={{ __html: guidelines.html }}
          />
        </aside>
      </div>
    </section>
  );
}
