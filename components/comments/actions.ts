'use server';

import { formText } from '@/lib/request-values';
import { revalidateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { DatabaseBusyError } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { commentsTag, getClientHash, getCommentStore, postComment } from '@/lib/comments';
import { getMessages } from '@/lib/messages';
import { absoluteUrl } from '@/lib/site';
import type { CommentFormState, ReportOutcome } from './form-state';
import { routes } from '@/lib/routes';

/** The comment form's action: a public endpoint, so everything is checked again in lib/comments. */
export async function submitCommentAction(
  _previous: CommentFormState,
  form: FormData,
): Promise<CommentFormState> {
  const messages = getMessages();
  const values = {
    name: formText(form, 'name'),
    email: formText(form, 'email'),
    body: formText(form, 'body'),
    parentId: formText(form, 'parentId'),
  };
  let result;
  try {
    result = await postComment({
      ...values,
      articleSlug: formText(form, 'articleSlug'),
      website: formText(form, 'website'),
    });
  } catch (error) {
    if (!(error instanceof DatabaseBusyError)) throw error;
    return { status: 'error', values, fieldErrors: {}, formError: messages.databaseBusy };
  }
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

/**
 * A reader reports an approved comment; enough distinct readers hide it until a moderator looks.
 * The answer is a redirect to the report page with the outcome in its URL (post, redirect, get),
 * so the reader sees it with or without JavaScript and a reload does not send the report again.
 */
export async function reportCommentAction(form: FormData): Promise<never> {
  const commentId = Number(formText(form, 'commentId'));
  const reason = formText(form, 'reason');
  const back = (outcome: ReportOutcome) =>
    redirect(
      `${routes.commentReport(Number.isSafeInteger(commentId) ? commentId : 0)}?sent=${outcome}`,
    );
  if (
    !Number.isSafeInteger(commentId) ||
    commentId <= 0 ||
    !Object.hasOwn(getMessages().reportReasons, reason)
  ) {
    back('gone');
  }
  const result = await getCommentStore().addReport({
    commentId,
    clientHash: await getClientHash(),
    reason,
    now: Date.now(),
    hideThreshold: getEnv().REPORT_HIDE_THRESHOLD,
  });
  if (result.outcome === 'not-found') back('gone');
  if (result.outcome === 'already-reported') back('already');
  if (result.outcome === 'reported' && result.newlyHidden) {
    // The next reader of the article gets the page without it.
    revalidateTag(commentsTag(result.articleSlug), { expire: 0 });
  }
  return back('done');
}
