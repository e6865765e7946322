import 'server-only';
import { getArticle } from '../articles';
import { findModeratorOfSession, type Moderator } from '../auth';
import { getModeratorComments, queueStatus, type Comment, type Queue } from '../comments';
import type { ModeratorCommentAccess } from '../comments';
import { pageCount, pageOffset } from '../pages/pagination';
import { rejectionCategories, type RejectionCategory } from '../screening';

/** Who is asking, as every moderator operation needs to know: the session cookie's value and the clock. */
export type ModeratorRequest = { sessionId: string | undefined; now: number };

export class NotSignedInError extends Error {
  constructor() {
    super('Sign in as a moderator to do this.');
    this.name = 'NotSignedInError';
  }
}

export const queuePageSize = 25;
export const logPageSize = 50;

/**
 * A comment in a queue, with the language of its article: the comment's language, which the
 * console shows it in (a Sorani comment read with English text rules is laid out wrongly).
 * Undefined when the article no longer exists.
 */
export type QueueEntry = Comment & { articleLang: string | undefined };

type ConsoleSources = {
  /** The site's are the lib/comments facade's, which keeps readers' cached pages up to date. */
  comments: ModeratorCommentAccess;
  /** The moderator a session id belongs to at a time, or undefined (unknown, ended or expired). */
  findModerator: (sessionId: string | undefined, now: number) => Promise<Moderator | undefined>;
  /** The language (edition code) of an article, or undefined when there is no such article. */
  articleLanguage: (slug: string) => Promise<string | undefined>;
};

/**
 * Everything the moderator console does. Each operation checks the session itself before
 * touching anything: server actions are public POST endpoints, so being hidden from the UI
 * protects nothing.
 */
export function createModerationConsole(stores: ConsoleSources) {
  async function authorize(request: ModeratorRequest): Promise<Moderator> {
    const moderator = await stores.findModerator(request.sessionId, request.now);
    if (!moderator) throw new NotSignedInError();
    return moderator;
  }

  return {
    /** The signed-in moderator, or undefined (pages redirect to sign-in). */
    async whoIs(request: ModeratorRequest): Promise<Moderator | undefined> {
      return stores.findModerator(request.sessionId, request.now);
    },

    async viewQueue(
      request: ModeratorRequest,
      query: { queue: Queue; articleSlug?: string; page: number },
    ) {
      const moderator = await authorize(request);
      const page = Math.max(1, Math.floor(query.page));
      const [list, counts, articles] = await Promise.all([
        stores.comments.listQueue({
          queue: query.queue,
          ...(query.articleSlug ? { articleSlug: query.articleSlug } : {}),
          limit: queuePageSize,
          offset: pageOffset(page, queuePageSize),
        }),
        stores.comments.countQueues(query.articleSlug),
        stores.comments.listCommentedArticles(),
      ]);
      const items: QueueEntry[] = await Promise.all(
        list.items.map(async (comment) => ({
          ...comment,
          articleLang: await stores.articleLanguage(comment.articleSlug),
        })),
      );
      return {
        moderator,
        ...list,
        items,
        counts,
        articles,
        page,
        totalPages: pageCount(list.total, queuePageSize),
      };
    },

    /** Approve or reject; returns the comments that changed, so their articles can be revalidated. */
    async decide(
      request: ModeratorRequest,
      decision: {
        commentIds: number[];
        action: 'approve' | 'reject';
        category?: string;
        /** The queue the moderator decided from: comments no longer in it are left alone. */
        queue?: Queue;
      },
    ): Promise<Comment[]> {
      const moderator = await authorize(request);
      const category = rejectionCategories.find(
        (known): known is RejectionCategory => known === decision.category,
      );
      if (decision.action === 'reject' && !category)
        throw new RangeError('Choose why the comment is rejected.');
      return stores.comments.decide({
        commentIds: decision.commentIds,
        action: decision.action,
        ...(decision.action === 'reject' ? { category } : {}),
        ...(decision.queue ? { seenStatus: queueStatus[decision.queue] } : {}),
        moderatorId: moderator.id,
        now: request.now,
      });
    },

    /** Keep a reported comment: its reports are closed and it is shown again. */
    async keep(request: ModeratorRequest, commentId: number): Promise<Comment | undefined> {
      const moderator = await authorize(request);
      return stores.comments.dismissReports({
        commentId,
        moderatorId: moderator.id,
        now: request.now,
      });
    },

    async viewLog(request: ModeratorRequest, query: { page: number }) {
      const moderator = await authorize(request);
      const page = Math.max(1, Math.floor(query.page));
      const log = await stores.comments.listLog({
        limit: logPageSize,
        offset: pageOffset(page, logPageSize),
      });
      return { moderator, ...log, page, totalPages: pageCount(log.total, logPageSize) };
    },
  };
}

export type ModerationConsole = ReturnType<typeof createModerationConsole>;

let instance: ModerationConsole | undefined;

/** The console over the site's own stores. */
export async function getModerationConsole(): Promise<ModerationConsole> {
  instance ??= createModerationConsole({
    comments: getModeratorComments(),
    findModerator: findModeratorOfSession,
    articleLanguage: async (slug) => (await getArticle(slug))?.lang,
  });
  return instance;
}
