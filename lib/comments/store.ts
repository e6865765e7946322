import type {
  Comment,
  Decision,
  ModerationLogEntry,
  NewComment,
  NewReport,
  PublicComment,
  Queue,
  PurgeResult,
  QueueQuery,
  RecentComment,
  ReportResult,
} from './types';

/**
 * Everything the site does with comments, behind one typed seam: SQLite now, PostgreSQL later,
 * one contract test suite for both. Every method is async even where SQLite is synchronous, and
 * every write is committed before its promise resolves.
 */
export interface CommentStore {
  /** Stores a new comment. A resubmission (same submission key) returns the first one, `created: false`. */
  addComment(comment: NewComment): Promise<{ comment: Comment; created: boolean }>;
  /**
   * addComment with the author's rate limit checked in the same transaction as the insert, so
   * concurrent posts from one client or email cannot all pass the check before any is stored.
   * `wait` gets the times of the author's comments (same email key or same client) since
   * `since` and answers the seconds to wait, 0 to go ahead. A resubmission is answered as
   * addComment answers it, whatever the limit says.
   */
  addCommentWithinLimit(
    comment: NewComment,
    limit: { since: number; wait: (times: number[]) => number },
  ): Promise<
    | { outcome: 'stored'; comment: Comment; created: boolean }
    | { outcome: 'rate-limited'; retryAfterSeconds: number }
  >;
  getComment(id: number): Promise<Comment | undefined>;
  findByStatusToken(tokenHash: string): Promise<Comment | undefined>;
  /** Approved, not hidden, oldest first: what readers see under the article. */
  listPublished(articleSlug: string): Promise<PublicComment[]>;
  /**
   * Comments by this email or this client since a time, newest first: for rate limits and repeats.
   * Emails match by emailKey(): `Name+tag@Example.com` is the same author as `name@example.com`.
   */
  listRecentByAuthor(query: {
    email: string;
    clientHash: string;
    since: number;
  }): Promise<RecentComment[]>;
  listQueue(query: QueueQuery): Promise<{ items: Comment[]; total: number }>;
  countQueues(articleSlug?: string): Promise<Record<Queue, number>>;
  /** Articles that have comments, for the moderators' filter. */
  listCommentedArticles(): Promise<string[]>;
  /** Approves or rejects; returns the comments that changed. Writes the moderation log. */
  decide(decision: Decision): Promise<Comment[]>;
  /**
   * A moderator keeps a reported comment: open reports are closed, it is shown again, and
   * later reports only put it back in the Reported queue.
   */
  dismissReports(query: {
    commentId: number;
    moderatorId: number;
    now: number;
  }): Promise<Comment | undefined>;
  /**
   * A reader reports a public comment. At most `hourlyLimit` reports per client per hour; past
   * the per-comment cap a report is acknowledged but not stored.
   */
  addReport(report: NewReport): Promise<ReportResult>;
  /**
   * The commenter takes the comment back (from the status link): its text and personal data
   * are erased, it leaves every page and queue, and the log records it. Undefined for an
   * unknown token; a comment already withdrawn is returned unchanged.
   */
  withdrawComment(query: { statusTokenHash: string; now: number }): Promise<Comment | undefined>;
  /**
   * Retention: `days` after a decision a comment's email and client hash are erased, and
   * reports resolved or made more than `days` ago are deleted. The moderation log is kept.
   */
  purgeExpired(now: number, days: number): Promise<PurgeResult>;
  listLog(query: {
    limit: number;
    offset: number;
  }): Promise<{ items: ModerationLogEntry[]; total: number }>;
}
