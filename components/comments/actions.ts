'use server';

import { formText } from '@/lib/request/form-values';
import { redirect } from 'next/navigation';
import {
  DatabaseBusyError,
  postComment,
  reportComment,
  reportReasons,
  withdrawCommentByStatusToken,
} from '@/lib/comments';
import { getArticle } from '@/lib/articles';
import { getMessages } from '@/lib/messages';
import { absoluteUrl } from '@/lib/site/config';
import type { CommentFormState, ReportOutcome } from './form-state';
import { routes } from '@/lib/routes';
import { getClientKey } from '@/lib/request/context';

/** The comment form's action: a public endpoint, so everything is checked again in lib/comments. */
export async function submitCommentAction(
  _previous: CommentFormState,
  form: FormData,
): Promise<CommentFormState> {
  // Answers are in the article's language, like the form they appear in.
  const articleSlug = formText(form, 'articleSlug');
  const messages = getMessages((await getArticle(articleSlug))?.lang);
  const values = {
    name: formText(form, 'name'),
    email: formText(form, 'email'),
    body: formText(form, 'body'),
    parentId: formText(form, 'parentId'),
  };
  let result;
  try {
    result = await postComment(
      {
        ...values,
        articleSlug,
        website: formText(form, 'website'),
      },
      { clientKey: await getClientKey() },
    );
  } catch (error) {
    if (!(error instanceof DatabaseBusyError)) throw error;
    return { status: 'error', values, fieldErrors: {}, formError: messages.databaseBusy };
  }
  switch (result.outcome) {
    case 'accepted':
      return {
        status: 'accepted',
        statusUrl: absoluteUrl(routes.commentStatus(result.statusToken)),
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
 * A reader reports a public comment; enough distinct readers hide it until a moderator looks,
 * unless a moderator has already kept it.
 * The answer is a redirect to the report page with the outcome in its URL (post, redirect, get),
 * so the reader sees it with or without JavaScript and a reload does not send the report again.
 */
export async function reportCommentAction(form: FormData): Promise<never> {
  const commentId = Number(formText(form, 'commentId'));
  const reason = formText(form, 'reason');
  const back = (outcome: ReportOutcome, articleSlug?: string): never => {
    const query = new URLSearchParams({ sent: outcome });
    // The way back, for a report that has just hidden the comment (its page then shows no more).
    if (articleSlug) query.set('article', articleSlug);
    return redirect(
      `${routes.commentReport(Number.isSafeInteger(commentId) ? commentId : 0)}?${query}`,
    );
  };
  if (
    !Number.isSafeInteger(commentId) ||
    commentId <= 0 ||
    !reportReasons.some((known) => known === reason)
  ) {
    return back('gone');
  }
  const result = await reportComment(commentId, reason, { clientKey: await getClientKey() });
  switch (result.outcome) {
    case 'not-found':
      return back('gone');
    case 'already-reported':
      return back('already');
    case 'rate-limited':
      return back('limited');
    case 'reported':
      return back('done', result.articleSlug);
  }
}

/**
 * The holder of a status link withdraws the comment (the second, confirming step of the status
 * page's form). The token is the only proof of authorship, as it is for reading the status.
 */
export async function withdrawCommentAction(form: FormData): Promise<never> {
  const token = formText(form, 'token');
  await withdrawCommentByStatusToken(token);
  // An unknown token lands on the status page's 404, as visiting it would.
  redirect(routes.commentStatus(encodeURIComponent(token)));
}
