'use server';

import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { getEnv } from '@/lib/env';
import { commentsTag, getClientHash, getCommentStore, postComment } from '@/lib/comments';
import { getMessages } from '@/lib/messages';
import { absoluteUrl } from '@/lib/site';
import type { CommentFormState, ReportFormState } from './form-state';

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/** The comment form's action: a public endpoint, so everything is checked again in lib/comments. */
export async function submitCommentAction(
  _previous: CommentFormState,
  form: FormData,
): Promise<CommentFormState> {
  const messages = getMessages();
  const values = {
    name: text(form.get('name')),
    email: text(form.get('email')),
    body: text(form.get('body')),
    parentId: text(form.get('parentId')),
  };
  const result = await postComment({
    ...values,
    articleSlug: text(form.get('articleSlug')),
    website: text(form.get('website')),
  });
  switch (result.outcome) {
    case 'accepted':
      return {
        status: 'accepted',
        statusUrl: absoluteUrl(`/comments/status/${result.statusToken}`),
      };
    case 'invalid':
      return {
        status: 'error',
        values,
        fieldErrors: result.fieldErrors,
        formError: result.formError ?? messages.fixErrors,
      };
    case 'rate-limited':
      return {
        status: 'error',
        values,
        fieldErrors: {},
        formError: messages.tooQuickly(result.retryAfterSeconds),
      };
    case 'refused':
      return { status: 'error', values, fieldErrors: {}, formError: result.formError };
  }
}

/** A reader reports an approved comment; enough distinct readers hide it until a moderator looks. */
export async function reportCommentAction(
  _previous: ReportFormState,
  form: FormData,
): Promise<ReportFormState> {
  const messages = getMessages();
  const commentId = Number(text(form.get('commentId')));
  const reason = text(form.get('reason'));
  if (
    !Number.isSafeInteger(commentId) ||
    commentId <= 0 ||
    !Object.hasOwn(messages.reportReasons, reason)
  ) {
    return { status: 'error', message: messages.reportGone };
  }
  const result = await getCommentStore().addReport({
    commentId,
    clientHash: await getClientHash(),
    reason,
    now: Date.now(),
    hideThreshold: getEnv().REPORT_HIDE_THRESHOLD,
  });
  if (result.outcome === 'not-found') return { status: 'gone', message: messages.reportGone };
  if (result.outcome === 'already-reported')
    return { status: 'already', message: messages.reportAlready };
  // After the reply, so the reporter still sees the thank-you (a refresh now would re-render
  // their page without the comment); the next reader of the article gets the page without it.
  if (result.newlyHidden)
    after(() => revalidateTag(commentsTag(result.articleSlug), { expire: 0 }));
  return { status: 'done', message: messages.reportThanks };
}
