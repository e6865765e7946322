import 'server-only';
import { sha256 } from '../db/hash';
import { screenComment } from '../screening/pipeline';
import type { TermCatalog } from '../screening/types';
import { slugPattern } from '../text/patterns';
import { defaultEdition } from '../editions';
import { getMessages } from '../messages';
import { commentInputSchemaFor, type CommentField } from './input';
import { rateLimitWaitSeconds, type RateLimits } from './rate-limit';
import type { CommentStore } from './store';
import { statusToken, submissionKey } from './tokens';

export type SubmitOutcome =
  | { outcome: 'accepted'; statusToken: string; commentId: number; articleSlug: string }
  | { outcome: 'invalid'; fieldErrors: Partial<Record<CommentField, string>>; formError?: string }
  | { outcome: 'rate-limited'; retryAfterSeconds: number }
  | { outcome: 'refused'; formError: string };

export type SubmitContext = {
  store: CommentStore;
  secret: string;
  clientHash: string;
  terms: TermCatalog;
  limits: RateLimits;
  now: number;
  /**
   * The article commented on, if it exists: whether it takes comments, and its language, which
   * is the comment's language for screening.
   */
  findArticle: (slug: string) => Promise<{ comments: 'open' | 'closed'; lang: string } | undefined>;
};

const hour = 60 * 60 * 1000;
const day = 24 * hour;

/**
 * A reader's comment, from form fields to a committed row: validate, refuse what must be
 * refused (closed article, honeypot, rate limit), screen, store. Nothing is stored unless it
 * is accepted, and an accepted comment is committed before this resolves.
 */
export async function submitComment(
  fields: Record<string, unknown>,
  context: SubmitContext,
): Promise<SubmitOutcome> {
  // The article first: its language is the language of every message the reader gets back.
  const slug = typeof fields.articleSlug === 'string' ? fields.articleSlug : '';
  const article = slugPattern.test(slug) ? await context.findArticle(slug) : undefined;
  const lang = article?.lang ?? defaultEdition;
  const errors = getMessages(lang).commentErrors;
  const parsed = commentInputSchemaFor(lang).safeParse(fields);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<CommentField, string>> = {};
    let formError: string | undefined;
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'name' || field === 'email' || field === 'body')
        fieldErrors[field] ??= issue.message;
      else formError ??= issue.message;
    }
    return { outcome: 'invalid', fieldErrors, formError };
  }
  const input = parsed.data;
  // Bots fill every field; people never see this one.
  if (typeof fields.website === 'string' && fields.website !== '') {
    return { outcome: 'refused', formError: errors.notPosted };
  }

  if (!article) return { outcome: 'refused', formError: errors.articleClosed };
  if (article.comments === 'closed')
    return { outcome: 'refused', formError: errors.commentsClosed };
  if (input.parentId !== null) {
    const parent = await context.store.getComment(input.parentId);
    if (
      !parent ||
      parent.articleSlug !== input.articleSlug ||
      parent.status !== 'approved' ||
      parent.parentId !== null
    ) {
      return {
        outcome: 'refused',
        formError: errors.parentUnavailable,
      };
    }
  }

  const key = submissionKey({ ...input, email: input.email, clientHash: context.clientHash });
  const token = statusToken(key, context.secret);
  // The same submission again (a double click, a reload): answer as the first time did.
  const existing = await context.store.findByStatusToken(sha256(token));
  if (existing)
    return {
      outcome: 'accepted',
      statusToken: token,
      commentId: existing.id,
      articleSlug: existing.articleSlug,
    };

  const recent = await context.store.listRecentByAuthor({
    email: input.email,
    clientHash: context.clientHash,
    since: context.now - day,
  });
  const wait = rateLimitWaitSeconds(
    recent.map((comment) => comment.createdAt),
    context.now,
    context.limits,
  );
  if (wait > 0) return { outcome: 'rate-limited', retryAfterSeconds: wait };

  const verdict = screenComment({
    body: input.body,
    lang: article.lang,
    authorName: input.name,
    now: context.now,
    recent,
    terms: context.terms,
  });
  const stored = await context.store.addCommentWithinLimit(
    {
      articleSlug: input.articleSlug,
      parentId: input.parentId,
      authorName: input.name,
      authorEmail: input.email,
      body: input.body,
      createdAt: context.now,
      clientHash: context.clientHash,
      statusTokenHash: sha256(token),
      submissionKey: key,
      flags: verdict.flags,
      ...(verdict.reject ? { autoReject: verdict.reject } : {}),
    },
    // Checked again where the comment is stored: concurrent posts all passed the check above.
    {
      since: context.now - hour,
      wait: (times) => rateLimitWaitSeconds(times, context.now, context.limits),
    },
  );
  if (stored.outcome === 'rate-limited') return stored;
  const { comment } = stored;
  return {
    outcome: 'accepted',
    statusToken: token,
    commentId: comment.id,
    articleSlug: comment.articleSlug,
  };
}
