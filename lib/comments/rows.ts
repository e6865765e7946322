import 'server-only';
import * as z from 'zod';
import { flagCategories, rejectionCategories } from '../screening/types';
import {
  commentStatuses,
  type Comment,
  type ModerationLogEntry,
  type NewComment,
  type PublicComment,
  type Queue,
} from './types';

// How comments are read from either database: the row shape, its parsing into a Comment, and
// the SQL pieces the queues share (plain SQL both SQLite and PostgreSQL run alike). Each
// store's own SELECT and its writes live in sqlite.ts and postgres.ts.

export type CommentRow = {
  id: number;
  article_slug: string;
  parent_id: number | null;
  author_name: string;
  author_email: string;
  body: string;
  status: string;
  rejection_category: string | null;
  flags: string;
  created_at: number;
  decided_at: number | null;
  decided_by_name: string | null;
  hidden_at: number | null;
  kept_at: number | null;
  open_reports: number;
  report_reasons: string | null;
};

// Flags are stored as JSON; they are parsed, not trusted, on the way out.
const flagsSchema = z.array(
  z.object({ phase: z.string(), category: z.string(), evidence: z.string(), reason: z.string() }),
);
const statusSchema = z.enum(commentStatuses);
const categorySchema = z.enum(rejectionCategories).nullable();
const flagCategorySchema = z.enum(flagCategories);

// Made once: building a zod schema costs more than parsing a row with it.
const reportReasonsSchema = z.array(z.string());

export function toComment(row: CommentRow): Comment {
  return {
    id: row.id,
    articleSlug: row.article_slug,
    parentId: row.parent_id,
    authorName: row.author_name,
    authorEmail: row.author_email,
    body: row.body,
    status: statusSchema.parse(row.status),
    rejectionCategory: categorySchema.parse(row.rejection_category),
    flags: flagsSchema
      .parse(JSON.parse(row.flags))
      .map((flag) => ({ ...flag, category: flagCategorySchema.parse(flag.category) })),
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by_name,
    hiddenAt: row.hidden_at,
    keptAt: row.kept_at,
    openReports: row.open_reports,
    reportReasons: reportReasonsSchema.parse(JSON.parse(row.report_reasons ?? '[]')),
  };
}

/**
 * The comment a store has just inserted, built from what it wrote. A new row has no moderator's
 * decision, no report, nothing hidden or kept, so reading it back (a query with two sub-selects,
 * then parsing its JSON) tells nothing new; that read was most of what a post cost the SQLite
 * store beyond its INSERT (bench/store.ts). A resubmission that inserted nothing is read, since
 * the row is an earlier one.
 */
export function insertedComment(id: number, comment: NewComment): Comment {
  const rejected = comment.autoReject !== undefined;
  return {
    id,
    articleSlug: comment.articleSlug,
    parentId: comment.parentId,
    authorName: comment.authorName,
    authorEmail: comment.authorEmail,
    body: comment.body,
    status: rejected ? 'rejected' : 'pending',
    rejectionCategory: comment.autoReject?.category ?? null,
    flags: comment.flags.map((flag) => ({ ...flag })),
    createdAt: comment.createdAt,
    decidedAt: rejected ? comment.createdAt : null,
    decidedBy: null,
    hiddenAt: null,
    keptAt: null,
    openReports: 0,
    reportReasons: [],
  };
}

/** A published comment's row: only what readers see. */
export type PublishedRow = Pick<
  CommentRow,
  'id' | 'parent_id' | 'author_name' | 'body' | 'created_at'
>;

export function toPublished(row: PublishedRow): PublicComment {
  return {
    id: row.id,
    parentId: row.parent_id,
    authorName: row.author_name,
    body: row.body,
    createdAt: row.created_at,
  };
}

/** One line of the moderation log, with its comment's article and its moderator's name. */
export type LogRow = {
  id: number;
  comment_id: number;
  article_slug: string;
  username: string | null;
  action: string;
  category: string | null;
  note: string | null;
  created_at: number;
};

/** The log, newest first; both engines bind the page's limit and offset as its last two values. */
export const selectLog = `SELECT l.id, l.comment_id, c.article_slug, m.username, l.action, l.category, l.note, l.created_at
  FROM moderation_log l JOIN comments c ON c.id = l.comment_id LEFT JOIN moderators m ON m.id = l.moderator_id
  ORDER BY l.created_at DESC, l.id DESC`;

export function toLogEntry(row: LogRow): ModerationLogEntry {
  return {
    id: row.id,
    commentId: row.comment_id,
    articleSlug: row.article_slug,
    moderator: row.username,
    action: row.action,
    category: row.category,
    note: row.note,
    createdAt: row.created_at,
  };
}

// Which rows each queue holds. Reported: approved comments with reports no moderator has seen.
export const queueWhere: Record<Queue, string> = {
  pending: `c.status = 'pending'`,
  reported: `c.status = 'approved' AND EXISTS (SELECT 1 FROM reports r WHERE r.comment_id = c.id AND r.resolved_at IS NULL)`,
  approved: `c.status = 'approved'`,
  rejected: `c.status = 'rejected'`,
};

// Flagged first, then oldest, in the pending queue; newest decisions first elsewhere.
export const queueSqlOrder: Record<Queue, string> = {
  pending: 'c.flag_count DESC, c.created_at ASC, c.id ASC',
  reported: 'c.hidden_at IS NULL, open_reports DESC, c.created_at ASC',
  approved: 'c.decided_at DESC, c.id DESC',
  rejected: 'c.decided_at DESC, c.id DESC',
};
