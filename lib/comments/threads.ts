import type { PublicComment } from './types';

/** A top-level comment with its replies (one level deep), as readers see it. */
export type CommentThread = { comment: PublicComment; replies: PublicComment[] };

/**
 * Threads shown per page under an article. An article with hundreds of comments would
 * otherwise send every reader all of them twice (as HTML and again in the page's inline RSC
 * payload); the rest are on the article's comment pages, plain links that work without
 * JavaScript.
 */
export const threadsPerPage = 20;

/**
 * The threads of an article's published comments, oldest first. A reply whose parent is not
 * shown (hidden by reports, withdrawn) is shown on its own rather than lost. Oldest first keeps
 * a comment on the same page as new ones arrive, so a link to page 3 stays a link to it.
 */
export function toThreads(comments: readonly PublicComment[]): CommentThread[] {
  const shown = new Set(comments.map((comment) => comment.id));
  const replies = new Map<number, PublicComment[]>();
  const threads: CommentThread[] = [];
  for (const comment of comments) {
    if (comment.parentId !== null && shown.has(comment.parentId)) {
      const list = replies.get(comment.parentId) ?? [];
      list.push(comment);
      replies.set(comment.parentId, list);
    } else threads.push({ comment, replies: [] });
  }
  for (const thread of threads) thread.replies = replies.get(thread.comment.id) ?? [];
  return threads;
}

export type ThreadPage = {
  threads: CommentThread[];
  /** Comments on every page, replies included: the heading's count. */
  total: number;
  page: number;
  pageCount: number;
};

/**
 * Page `page` (from 1) of the threads. A page past the last has no threads (its page count says
 * so: a link made before comments were hidden still leads somewhere).
 */
export function pageOfThreads(comments: readonly PublicComment[], page: number): ThreadPage {
  const threads = toThreads(comments);
  const pageCount = Math.max(1, Math.ceil(threads.length / threadsPerPage));
  return {
    threads: threads.slice((page - 1) * threadsPerPage, page * threadsPerPage),
    total: comments.length,
    page,
    pageCount,
  };
}

/** The page a comment (or its thread, for a reply) is on; undefined when it is not shown. */
export function threadPageOf(
  comments: readonly PublicComment[],
  commentId: number,
): number | undefined {
  const index = toThreads(comments).findIndex(
    (thread) =>
      thread.comment.id === commentId || thread.replies.some((reply) => reply.id === commentId),
  );
  return index < 0 ? undefined : Math.floor(index / threadsPerPage) + 1;
}
