import 'server-only';
import { cacheLife, cacheTag, revalidateTag, updateTag } from 'next/cache';
import { cache } from 'react';
import { getArticle } from '../articles';
import { getAuthStore, getServerSecret, hashClientKey } from '../auth';
import { DatabaseBusyError, getDatabase, retryWhenBusy } from '../db';
import { getEnv } from '../env';
import { dropServedPages } from '../site/served-pages';
import { sha256 } from '../db/hash';
import { getTermLists } from '../screening';
import { tokenPattern } from '../text/patterns';
import { createModeratorCommentAccess, type ModeratorCommentAccess } from './moderator-access';
import { toPublicComment, toReportableComment, toStatusView } from './public-views';
import { createRetention } from './retention';
import { createPostgresCommentStore } from './postgres';
import { createSqliteCommentStore } from './sqlite';
import type { CommentStore } from './store';
import type { CommentStatusView, PublicComment, ReportableComment, ReportResult } from './types';
import { submitComment, type SubmitOutcome } from './submit';
import { pageOfThreads, threadPageOf, type ThreadPage } from './threads';

export type { CommentStore } from './store';
export type * from './types';
export { queues, queueStatus, commentStatuses, erasedValue, reportReasons } from './types';
// What a post or report throws when the database stays locked: the action keeps the reader's text.
export { DatabaseBusyError } from '../db';
export { commentLimits, type CommentField } from './input';
export { createSqliteCommentStore } from './sqlite';
export { submitComment, type SubmitOutcome, type SubmitContext } from './submit';
export type { ModeratorCommentAccess } from './moderator-access';
export { threadsPerPage, type CommentThread, type ThreadPage } from './threads';

// This module is the one door to comment data: pages, components and actions call the
// functions below, which return public shapes to public pages and invalidate the cached
// comments sections themselves. updateTag (read-your-own-writes) works only inside a server
// action; the functions that call it are only ever called from one.

let store: CommentStore | undefined;

function getCommentStore(): CommentStore {
  if (store) return store;
  const db = getDatabase();
  // SQLite's lock is waited for between tries (db/busy.ts); PostgreSQL retries its own
  // transactions (db/postgres.ts).
  store =
    db.engine === 'sqlite'
      ? retryWhenBusy(createSqliteCommentStore(db.sqlite))
      : createPostgresCommentStore(db.postgres);
  return store;
}

let retention: ReturnType<typeof createRetention> | undefined;

/** Erases what the retention window says is due; cheap to call often (at most hourly work). */
export async function purgeExpiredComments(now = Date.now()): Promise<void> {
  retention ??= createRetention(getCommentStore(), getEnv().RETENTION_DAYS);
  try {
    await retention.purgeIfDue(now);
  } catch (error) {
    // Housekeeping must not cost a reader their comment: a locked database is tried next time.
    if (!(error instanceof DatabaseBusyError)) throw error;
    console.warn('Retention purge postponed: the database is busy.');
  }
}

/** Cache tag of an article's comments section: revalidated whenever what readers see changes. */
export function commentsTag(articleSlug: string): string {
  return `comments:${articleSlug}`;
}

/**
 * What readers see under an article, read once per change: the comments section and the
 * article's structured data (its comment count) both use it, under the same cache tag.
 */
export async function getPublishedComments(articleSlug: string): Promise<PublicComment[]> {
  'use cache';
  cacheLife('max');
  cacheTag(commentsTag(articleSlug));
  return (await getCommentStore().listPublished(articleSlug)).map(toPublicComment);
}

/** Page `page` of an article's comment threads (see threads.ts). */
export async function getCommentPage(articleSlug: string, page: number): Promise<ThreadPage> {
  return pageOfThreads(await getPublishedComments(articleSlug), page);
}

/** The comment page a published comment is on, for links to it; undefined when it is not shown. */
export async function findCommentPage(
  articleSlug: string,
  commentId: number,
): Promise<number | undefined> {
  return threadPageOf(await getPublishedComments(articleSlug), commentId);
}

/** Who is posting or reporting: the client key the edge read from the request (lib/request/context). */
export type ReaderContext = { clientKey: string };

/** Posts a comment from the form, for the server action: this reader's client, the clock and limits. */
export async function postComment(
  fields: Record<string, unknown>,
  reader: ReaderContext,
): Promise<SubmitOutcome> {
  const env = getEnv();
  await purgeExpiredComments();
  return submitComment(fields, {
    store: getCommentStore(),
    secret: await getServerSecret(getAuthStore()),
    clientHash: await hashClientKey(reader.clientKey),
    terms: getTermLists(),
    limits: {
      minIntervalMs: env.COMMENT_MIN_INTERVAL_SECONDS * 1000,
      hourlyLimit: env.COMMENT_HOURLY_LIMIT,
    },
    now: Date.now(),
    findArticle: getArticle,
  });
}

// The status and report pages' lookups are asked twice while one page renders: by the
// per-request layout, for the page's language, and by the page. React's cache() makes that
// one read per render (and only within it: each request reads afresh, and outside a render,
// as in proxy.ts, every call reads).

/** The comment behind a private status link, or undefined for an unknown token. */
export const findCommentByStatusToken = cache(
  async (token: string): Promise<CommentStatusView | undefined> => {
    if (!tokenPattern.test(token)) return undefined;
    const comment = await getCommentStore().findByStatusToken(sha256(token));
    return comment && toStatusView(comment);
  },
);

/**
 * A comment readers can see, as the report page shows it; undefined for any other id
 * (unknown, pending, rejected, hidden, withdrawn), so the page cannot tell them apart.
 */
export const getReportableComment = cache(
  async (id: number): Promise<ReportableComment | undefined> => {
    if (!Number.isSafeInteger(id) || id <= 0) return undefined;
    const comment = await getCommentStore().getComment(id);
    if (!comment || comment.status !== 'approved' || comment.hiddenAt !== null) return undefined;
    return toReportableComment(comment);
  },
);

/**
 * A reader reports a comment, within the configured limits. When the report hides
 * it, the article's next reader gets the page without it (revalidateTag, expiring at once).
 */
export async function reportComment(
  commentId: number,
  reason: string,
  reader: ReaderContext,
): Promise<ReportResult> {
  const env = getEnv();
  await purgeExpiredComments();
  const result = await getCommentStore().addReport({
    commentId,
    clientHash: await hashClientKey(reader.clientKey),
    reason,
    now: Date.now(),
    hideThreshold: env.REPORT_HIDE_THRESHOLD,
    hourlyLimit: env.REPORT_HOURLY_LIMIT,
  });
  if (result.outcome === 'reported' && result.newlyHidden) {
    revalidateTag(commentsTag(result.articleSlug), { expire: 0 });
    dropServedPages();
  }
  return result;
}

/**
 * The holder of a status link withdraws that comment; false for an unknown token. The article's
 * next reader, and this reader going back to it, get the page without it (updateTag).
 */
export async function withdrawCommentByStatusToken(token: string): Promise<boolean> {
  if (!tokenPattern.test(token)) return false;
  const withdrawn = await getCommentStore().withdrawComment({
    statusTokenHash: sha256(token),
    now: Date.now(),
  });
  if (withdrawn) {
    updateTag(commentsTag(withdrawn.articleSlug));
    dropServedPages();
  }
  return withdrawn !== undefined;
}

let moderatorComments: ModeratorCommentAccess | undefined;

/**
 * The site's comments as the moderator's service (lib/moderation) works on them: every
 * decision and every kept comment updates the article's cached comments (updateTag, so the
 * moderator sees the change at once), once per article.
 */
export function getModeratorComments(): ModeratorCommentAccess {
  moderatorComments ??= createModeratorCommentAccess(getCommentStore(), (slug) => {
    updateTag(commentsTag(slug));
    dropServedPages();
  });
  return moderatorComments;
}
