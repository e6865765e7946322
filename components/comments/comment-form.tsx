'use client';

import { useActionState } from 'react';
import { routes } from '@/lib/routes';
import { Field, FormMessage, inputClass } from '../forms/field';
import type { CommentFormState } from './form-state';

export type CommentFormLabels = {
  required: string;
  name: string;
  email: string;
  emailHint: string;
  comment: string;
  commentHint: string;
  honeypot: string;
  submit: string;
  submitting: string;
  thanks: string;
  statusLinkIntro: string;
  postAnother: string;
  replyingTo: string;
  cancelReply: string;
};

type Props = {
  articleSlug: string;
  /** Limits taken from the comment schema on the server, so the browser hints what the server enforces. */
  limits: { nameMax: number; emailMax: number; bodyMin: number; bodyMax: number };
  labels: CommentFormLabels;
  action: (state: CommentFormState, form: FormData) => Promise<CommentFormState>;
};

/**
 * The comment form. It is rendered on the server and posted as a plain form: the public pages
 * carry no React runtime (scripts/server/documents.mjs), so useActionState is what makes the
 * page that comes back from a post show the server's answer: the thanks, or the errors beside
 * the fields with everything typed still in them. public/enhance.js adds what needs the
 * browser, from the data- attributes here: replying to a comment, "Posting…" on the button, and
 * focus on the answer.
 */
export function CommentForm({ articleSlug, limits, labels, action }: Props) {
  const [state, formAction] = useActionState(action, { status: 'idle' });
  const accepted = state.status === 'accepted' ? state : undefined;
  const error = state.status === 'error' ? state : undefined;
  const values = error?.values;

  return (
    <>
      {accepted && (
        <div
          data-comment-thanks=""
          role="status"
          tabIndex={-1}
          className="rounded border border-green-700 bg-green-50 p-4 text-green-950 dark:border-green-500 dark:bg-green-950 dark:text-green-50"
        >
          <p className="font-semibold">{labels.thanks}</p>
          <p className="mt-2">{labels.statusLinkIntro}</p>
          <p className="mt-1 break-all">
            <a href={accepted.statusUrl} className="underline">
              {accepted.statusUrl}
            </a>
          </p>
          {/* Shows the empty form below, which waits hidden: only with JavaScript. */}
          <button
            type="button"
            data-post-another=""
            hidden
            className="mt-4 rounded border border-current px-3 py-1.5 font-semibold"
          >
            {labels.postAnother}
          </button>
        </div>
      )}
      <form
        id={routes.commentFormAnchor()}
        action={formAction}
        data-comment-form=""
        hidden={accepted !== undefined}
        className="space-y-4"
      >
        {error?.formError && <FormMessage tone="error">{error.formError}</FormMessage>}
        <input type="hidden" name="articleSlug" value={articleSlug} />
        <input type="hidden" name="parentId" defaultValue={values?.parentId ?? ''} />
        <p
          data-reply-banner=""
          data-template={labels.replyingTo}
          hidden
          className="flex flex-wrap items-center gap-3 rounded bg-neutral-100 px-3 py-2 text-sm dark:bg-neutral-800"
        >
          <span data-reply-text="" />
          <button type="button" data-reply-cancel="" className="font-semibold underline">
            {labels.cancelReply}
          </button>
        </p>
        <Field
          id="comment-name"
          label={labels.name}
          requiredLabel={labels.required}
          error={error?.fieldErrors.name}
        >
          {(control) => (
            <input
              {...control}
              name="name"
              type="text"
              required
              maxLength={limits.nameMax}
              autoComplete="name"
              defaultValue={values?.name}
              className={inputClass}
            />
          )}
        </Field>
        <Field
          id="comment-email"
          label={labels.email}
          requiredLabel={labels.required}
          hint={labels.emailHint}
          error={error?.fieldErrors.email}
        >
          {(control) => (
            <input
              {...control}
              name="email"
              type="email"
              required
              maxLength={limits.emailMax}
              autoComplete="email"
              defaultValue={values?.email}
              className={inputClass}
            />
          )}
        </Field>
        <Field
          id="comment-body"
          label={labels.comment}
          requiredLabel={labels.required}
          hint={labels.commentHint}
          error={error?.fieldErrors.body}
        >
          {(control) => (
            <textarea
              {...control}
              name="body"
              required
              minLength={limits.bodyMin}
              maxLength={limits.bodyMax}
              rows={6}
              dir="auto"
              defaultValue={values?.body}
              className={inputClass}
            />
          )}
        </Field>
        {/* A trap for bots: hidden from people and assistive technology, so only scripts fill it. */}
        <div aria-hidden="true" className="absolute -start-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="comment-website">{labels.honeypot}</label>
          <input
            id="comment-website"
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>
        <button
          type="submit"
          data-submitting={labels.submitting}
          className="rounded bg-brand px-5 py-2.5 font-semibold text-white hover:bg-red-800 disabled:opacity-60 dark:bg-red-700"
        >
          {labels.submit}
        </button>
      </form>
    </>
  );
}
