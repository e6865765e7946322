'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
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

type Reply = { id: string; name: string };

export function CommentForm({ articleSlug, limits, labels, action }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const [reply, setReply] = useState<Reply | undefined>();
  const [dismissed, setDismissed] = useState<CommentFormState | undefined>();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const thanksRef = useRef<HTMLDivElement>(null);

  // "Reply" links under comments carry data-reply-to; they work as plain links without JavaScript.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link =
        event.target instanceof Element
          ? event.target.closest<HTMLAnchorElement>('a[data-reply-to]')
          : null;
      if (!link) return;
      event.preventDefault();
      setReply({ id: link.dataset.replyTo ?? '', name: link.dataset.replyName ?? '' });
      setDismissed(state);
      document.getElementById(routes.commentFormAnchor())?.scrollIntoView({ block: 'start' });
      bodyRef.current?.focus();
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [state]);

  // Focus follows each answer, so keyboard and screen reader users land on it: the thanks after
  // a post, else the first field in error (its error is read with it, through
  // aria-describedby), else the form's own message. The fields are re-mounted with the answer,
  // so without this, focus would fall back to the top of the page.
  useEffect(() => {
    if (state.status === 'accepted') {
      thanksRef.current?.focus();
    } else if (state.status === 'error') {
      const form = formRef.current;
      const target =
        form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        form?.querySelector<HTMLElement>('[role="alert"]');
      target?.focus();
    }
  }, [state]);

  if (state.status === 'accepted' && dismissed !== state) {
    return (
      <div
        ref={thanksRef}
        role="status"
        tabIndex={-1}
        className="rounded border border-green-700 bg-green-50 p-4 text-green-950 dark:border-green-500 dark:bg-green-950 dark:text-green-50"
      >
        <p className="font-semibold">{labels.thanks}</p>
        <p className="mt-2">{labels.statusLinkIntro}</p>
        <p className="mt-1 break-all">
          <a href={state.statusUrl} className="underline">
            {state.statusUrl}
          </a>
        </p>
        <button
          type="button"
          className="mt-4 rounded border border-current px-3 py-1.5 font-semibold"
          onClick={() => {
            setDismissed(state);
            // The button goes with the thanks: focus goes on to the new form's first field.
            requestAnimationFrame(() =>
              formRef.current?.querySelector<HTMLElement>('input:not([type="hidden"])')?.focus(),
            );
          }}
        >
          {labels.postAnother}
        </button>
      </div>
    );
  }

  const error = state.status === 'error' ? state : undefined;
  const values = error?.values;
  const parentId = reply?.id ?? values?.parentId ?? '';

  return (
    // The key re-mounts the fields with the returned values after each attempt, so React's
    // automatic form reset never throws away what the reader typed.
    <form
      ref={formRef}
      id={routes.commentFormAnchor()}
      action={formAction}
      className="space-y-4"
      key={error ? JSON.stringify(error.values) : 'new'}
    >
      {error?.formError && <FormMessage tone="error">{error.formError}</FormMessage>}
      <input type="hidden" name="articleSlug" value={articleSlug} />
      <input type="hidden" name="parentId" value={parentId} />
      {reply && (
        <p className="flex flex-wrap items-center gap-3 rounded bg-neutral-100 px-3 py-2 text-sm dark:bg-neutral-800">
          <span>{labels.replyingTo.replace('{name}', reply.name)}</span>
          <button
            type="button"
            className="font-semibold underline"
            onClick={() => setReply(undefined)}
          >
            {labels.cancelReply}
          </button>
        </p>
      )}
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
            ref={bodyRef}
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
        disabled={pending}
        className="rounded bg-brand px-5 py-2.5 font-semibold text-white hover:bg-red-800 disabled:opacity-60 dark:bg-red-700"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
