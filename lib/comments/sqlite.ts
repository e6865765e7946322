import 'server-only';
import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../db/sqlite';
import { emailKey } from './email-key';
import type { CommentStore } from './store';
import { createSqliteErasure } from './sqlite-erasure';
import { createSqliteReports } from './sqlite-reports';
import {
  queueSqlOrder,
  queueWhere,
  toComment,
  toPublished,
  type CommentRow,
  type PublishedRow,
  selectLog,
  toLogEntry,
  type LogRow,
  insertedComment,
} from './rows';
import type { Comment, NewComment, Queue, QueueQuery } from './types';

// Ids of an author's comments since a time: the same email key or the same client. Two indexed
// look-ups, merged without counting a comment twice. Parameters: email key, since, client, since.
const byAuthorSince = `SELECT id FROM comments WHERE author_email_key = ? AND created_at >= ?
  UNION SELECT id FROM comments WHERE client_hash = ? AND created_at >= ?`;

// One comment with what moderators see of its reports (SQLite builds the JSON list itself).
export const selectComment = `
  SELECT c.id, c.article_slug, c.parent_id, c.author_name, c.author_email, c.body, c.status,
         c.rejection_category, c.flags, c.created_at, c.decided_at, m.username AS decided_by_name,
         c.hidden_at, c.kept_at,
         (SELECT COUNT(*) FROM reports r WHERE r.comment_id = c.id AND r.resolved_at IS NULL) AS open_reports,
         (SELECT json_group_array(reason) FROM (SELECT reason FROM reports r
            WHERE r.comment_id = c.id AND r.resolved_at IS NULL ORDER BY r.created_at DESC)) AS report_reasons
  FROM comments c LEFT JOIN moderators m ON m.id = c.decided_by`;

export function createSqliteCommentStore(db: SqliteDatabase): CommentStore {
  // The reads readers and moderators make on every page are prepared once per connection, not
  // per call: preparing costs about as much as running them (bench/store.ts).
  const published = db.prepare<[string], PublishedRow>(
    `SELECT id, parent_id, author_name, body, created_at FROM comments
     WHERE article_slug = ? AND status = 'approved' AND hidden_at IS NULL
     ORDER BY created_at ASC, id ASC`,
  );
  type QueueParams = { articleSlug?: string; limit: number; offset: number };
  type CountParams = { articleSlug?: string };
  const queueItems = new Map<string, Statement<QueueParams, CommentRow>>();
  const queueCounts = new Map<string, Statement<CountParams, { n: number }>>();
  /** The queue's page and its count, for all articles or one (8 statement pairs at most). */
  const queueStatements = (queue: Queue, oneArticle: boolean) => {
    const key = `${queue} ${oneArticle}`;
    const where = `WHERE ${queueWhere[queue]}${oneArticle ? ' AND c.article_slug = @articleSlug' : ''}`;
    let items = queueItems.get(key);
    if (!items) {
      items = db.prepare<QueueParams, CommentRow>(
        `${selectComment} ${where} ORDER BY ${queueSqlOrder[queue]} LIMIT @limit OFFSET @offset`,
      );
      queueItems.set(key, items);
    }
    let count = queueCounts.get(key);
    if (!count) {
      count = db.prepare<CountParams, { n: number }>(
        `SELECT COUNT(*) AS n FROM comments c ${where}`,
      );
      queueCounts.set(key, count);
    }
    return { items, count };
  };
  const byId = db.prepare<[number], CommentRow>(`${selectComment} WHERE c.id = ?`);
  const log = db.prepare(
    'INSERT INTO moderation_log (comment_id, moderator_id, action, category, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insert = db.prepare(`INSERT INTO comments
    (article_slug, parent_id, author_name, author_email, author_email_key, body, status, rejection_category,
     flags, flag_count, created_at, decided_at, client_hash, status_token_hash, submission_key)
    VALUES (@articleSlug, @parentId, @authorName, @authorEmail, @authorEmailKey, @body, @status, @category,
     @flags, @flagCount, @createdAt, @decidedAt, @clientHash, @statusTokenHash, @submissionKey)
    ON CONFLICT (submission_key) DO NOTHING`);
  const bySubmissionKey = db.prepare<[string], { id: number }>(
    'SELECT id FROM comments WHERE submission_key = ?',
  );

  const getRow = (id: number) => {
    const row = byId.get(id);
    return row ? toComment(row) : undefined;
  };
  /** The row an earlier post with the same submission key stored. */
  const earlierRow = (id: number) => {
    const stored = getRow(id);
    if (!stored) throw new Error(`comment ${id} vanished after insert`);
    return stored;
  };

  const recentTimes = db.prepare<[string, number, string, number], { created_at: number }>(
    `SELECT created_at FROM comments WHERE id IN (${byAuthorSince})`,
  );
  const addWithinLimit = db.transaction(
    (comment: NewComment, limit: { since: number; wait: (times: number[]) => number }) => {
      const existing = bySubmissionKey.get(comment.submissionKey);
      if (existing) return { id: existing.id, created: false, wait: 0 };
      const times = recentTimes
        .all(emailKey(comment.authorEmail), limit.since, comment.clientHash, limit.since)
        .map((row) => row.created_at);
      const wait = limit.wait(times);
      if (wait > 0) return { id: 0, created: false, wait };
      return { ...addComment(comment), wait: 0 };
    },
  );

  const addComment = db.transaction((comment: NewComment) => {
    const rejected = comment.autoReject !== undefined;
    const result = insert.run({
      ...comment,
      authorEmailKey: emailKey(comment.authorEmail),
      status: rejected ? 'rejected' : 'pending',
      category: comment.autoReject?.category ?? null,
      flags: JSON.stringify(comment.flags),
      flagCount: comment.flags.length,
      decidedAt: rejected ? comment.createdAt : null,
    });
    if (result.changes === 0) {
      const existing = bySubmissionKey.get(comment.submissionKey);
      return { id: existing?.id ?? 0, created: false };
    }
    const id = Number(result.lastInsertRowid);
    if (comment.autoReject) {
      log.run(
        id,
        null,
        'reject',
        comment.autoReject.category,
        `banned term: ${comment.autoReject.evidence}`,
        comment.createdAt,
      );
    }
    return { id, created: true };
  });

  // A decision that changes nothing (approving an approved, unreported comment) is not logged.
  // A withdrawn comment is its author's to take back, not a moderator's to decide.
  const updateStatus = db.prepare(
    `UPDATE comments SET status = ?, rejection_category = ?, decided_at = ?, decided_by = ?, hidden_at = NULL
     WHERE id = ? AND status != 'withdrawn' AND (? IS NULL OR status = ?)
       AND NOT (status = ? AND hidden_at IS NULL AND NOT EXISTS
       (SELECT 1 FROM reports r WHERE r.comment_id = comments.id AND r.resolved_at IS NULL))`,
  );
  const reports = createSqliteReports(db, (commentId, moderatorId, action, note, now) =>
    log.run(commentId, moderatorId, action, null, note, now),
  );
  const resolveReports = reports.resolveReports;
  const erasure = createSqliteErasure(db, {
    resolveReports: (now, commentId) => resolveReports.run(now, commentId),
    // The log says that it happened, nothing of what was written.
    log: (commentId, action, now) => log.run(commentId, null, action, null, null, now),
  });

  const decide = db.transaction(
    (
      ids: readonly number[],
      action: 'approve' | 'reject',
      category: string | null,
      seenStatus: string | null,
      moderatorId: number,
      now: number,
    ) => {
      const status = action === 'approve' ? 'approved' : 'rejected';
      const changed: number[] = [];
      for (const id of ids) {
        const update = updateStatus.run(
          status,
          category,
          now,
          moderatorId,
          id,
          seenStatus,
          seenStatus,
          status,
        );
        if (update.changes === 0) continue;
        resolveReports.run(now, id);
        log.run(id, moderatorId, action, category, null, now);
        changed.push(id);
      }
      return changed;
    },
  );

  return {
    async addComment(comment) {
      const { id, created } = addComment.immediate(comment);
      return { comment: created ? insertedComment(id, comment) : earlierRow(id), created };
    },

    async addCommentWithinLimit(comment, limit) {
      const { id, created, wait } = addWithinLimit.immediate(comment, limit);
      if (wait > 0) return { outcome: 'rate-limited', retryAfterSeconds: wait };
      return {
        outcome: 'stored',
        comment: created ? insertedComment(id, comment) : earlierRow(id),
        created,
      };
    },

    async getComment(id) {
      return getRow(id);
    },

    async findByStatusToken(tokenHash) {
      const row = db
        .prepare<[string], CommentRow>(`${selectComment} WHERE c.status_token_hash = ?`)
        .get(tokenHash);
      return row ? toComment(row) : undefined;
    },

    async listPublished(articleSlug) {
      return published.all(articleSlug).map(toPublished);
    },

    async listRecentByAuthor({ email, clientHash, since }) {
      return db
        .prepare<[string, number, string, number], { body: string; created_at: number }>(
          `SELECT body, created_at FROM comments WHERE id IN (${byAuthorSince})
           ORDER BY created_at DESC`,
        )
        .all(emailKey(email), since, clientHash, since)
        .map((row) => ({ body: row.body, createdAt: row.created_at }));
    },

    async listQueue({ queue, articleSlug, limit, offset }: QueueQuery) {
      const statements = queueStatements(queue, articleSlug !== undefined);
      const items = statements.items
        .all({ ...(articleSlug === undefined ? {} : { articleSlug }), limit, offset })
        .map(toComment);
      const total = statements.count.get(articleSlug === undefined ? {} : { articleSlug })?.n ?? 0;
      return { items, total };
    },

    async countQueues(articleSlug) {
      const params = articleSlug === undefined ? {} : { articleSlug };
      const count = (queue: Queue) =>
        queueStatements(queue, articleSlug !== undefined).count.get(params)?.n ?? 0;
      return {
        pending: count('pending'),
        reported: count('reported'),
        approved: count('approved'),
        rejected: count('rejected'),
      };
    },

    async listCommentedArticles() {
      return db
        .prepare<[], { article_slug: string }>(
          'SELECT DISTINCT article_slug FROM comments ORDER BY article_slug',
        )
        .all()
        .map((row) => row.article_slug);
    },

    async decide({ commentIds, action, category, seenStatus, moderatorId, now }) {
      if (action === 'reject' && category === undefined)
        throw new Error('a rejection needs a category');
      const changed = decide.immediate(
        commentIds,
        action,
        action === 'reject' ? (category ?? null) : null,
        seenStatus ?? null,
        moderatorId,
        now,
      );
      return changed.map(getRow).filter((comment): comment is Comment => comment !== undefined);
    },

    async dismissReports({ commentId, moderatorId, now }) {
      return reports.dismiss.immediate(commentId, moderatorId, now) ? getRow(commentId) : undefined;
    },

    async addReport(report) {
      return reports.report.immediate(report);
    },

    async withdrawComment({ statusTokenHash, now }) {
      const id = erasure.withdraw.immediate(statusTokenHash, now);
      return id === undefined ? undefined : getRow(id);
    },

    async purgeExpired(now, days) {
      return erasure.purge.immediate(now, days);
    },

    async listLog({ limit, offset }) {
      const items = db
        .prepare<[number, number], LogRow>(`${selectLog} LIMIT ? OFFSET ?`)
        .all(limit, offset)
        .map(toLogEntry);
      const total =
        db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM moderation_log').get()?.n ?? 0;
      return { items, total };
    },
  };
}
