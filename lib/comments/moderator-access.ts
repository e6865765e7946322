import type { CommentStore } from './store';

/** What the moderator's service does with comments: read the queues and the log, decide, keep. */
export type ModeratorCommentAccess = Pick<
  CommentStore,
  'listQueue' | 'countQueues' | 'listCommentedArticles' | 'listLog' | 'decide' | 'dismissReports'
>;

/**
 * The store's moderator operations, each change followed by `invalidate` for the article whose
 * readers would otherwise keep seeing the old comments (once per article, however many changed).
 */
export function createModeratorCommentAccess(
  store: CommentStore,
  invalidate: (articleSlug: string) => void,
): ModeratorCommentAccess {
  return {
    listQueue: (query) => store.listQueue(query),
    countQueues: (articleSlug) => store.countQueues(articleSlug),
    listCommentedArticles: () => store.listCommentedArticles(),
    listLog: (query) => store.listLog(query),
    async decide(decision) {
      const changed = await store.decide(decision);
      for (const slug of new Set(changed.map((comment) => comment.articleSlug))) invalidate(slug);
      return changed;
    },
    async dismissReports(query) {
      const kept = await store.dismissReports(query);
      if (kept) invalidate(kept.articleSlug);
      return kept;
    },
  };
}
