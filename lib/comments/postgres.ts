import 'server-only';
import type { PostgresDatabase, Query } from '../db/postgres';
import { emailKey } from './email-key';
import {
  insertedComment,
  queueSqlOrder,
  queueWhere,
  toComment,
  toPublished,
  type CommentRow,
  type PublishedRow,
  selectLog,
  toLogEntry,
  type LogRow,
} from './rows';
import type { CommentStore } from './store';
import {
  erasedValue,
  maxOpenReportsPerComment,
  type Comment,
  type NewComment,
  type NewReport,
  type PurgeResult,
  type Queue,
  type ReportResult,
} from './types';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

// One comment with what moderators see of its reports. The reasons are built as JSON text, the
// shape SQLite's json_group_array gives, so both stores parse rows with the same toComment.
const selectComment = `
  SELECT c.id, c.article_slug, c.parent_id, c.author_name, c.author_email, c.body, c.status,
         c.rejection_category, c.flags, c.created_at, c.decided_at, m.username AS decided_by_name,
         c.hidden_at, c.kept_at,
         (SELECT COUNT(*) FROM reports r WHERE r.comment_id = c.id AND r.resolved_at IS NULL) AS open_reports,
         (SELECT json_agg(r.reason ORDER BY r.created_at DESC)::text FROM reports r
            WHERE r.comment_id = c.id AND r.resolved_at IS NULL) AS report_reasons
  FROM comments c LEFT JOIN moderators m ON m.id = c.decided_by`;

// Ids of an author's comments since a time: the same email key or the same client, each an
// indexed look-up. Parameters: $1 email key, $2 client, $3 since.
const byAuthorSince = `SELECT id FROM comments WHERE author_email_key = $1 AND created_at >= $3
  UNION SELECT id FROM comments WHERE client_hash = $2 AND created_at >= $3`;

async function log(
  query: Query,
  entry: {
    commentId: number;
    moderatorId: number | null;
    action: string;
    category: string | null;
    note: string | null;
    now: number;
  },
) {
  await query(
    'INSERT INTO moderation_log (comment_id, moderator_id, action, category, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [entry.commentId, entry.moderatorId, entry.action, entry.category, entry.note, entry.now],
  );
}

async function resolveReports(query: Query, commentId: number, now: number): Promise<number> {
  return (
    await query(
      'UPDATE reports SET resolved_at = $1 WHERE comment_id = $2 AND resolved_at IS NULL',
      [now, commentId],
    )
  ).rowCount;
}

/** Inserts a comment (or finds the one it resubmits) inside the caller's transaction. */
async function insertComment(
  query: Query,
  comment: NewComment,
): Promise<{ id: number; created: boolean }> {
  const rejected = comment.autoReject !== undefined;
  const { rows } = await query<{ id: number }>(
    `INSERT INTO comments
      (article_slug, parent_id, author_name, author_email, author_email_key, body, status, rejection_category,
       flags, flag_count, created_at, decided_at, client_hash, status_token_hash, submission_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (submission_key) DO NOTHING RETURNING id`,
    [
      comment.articleSlug,
      comment.parentId,
      comment.authorName,
      comment.authorEmail,
      emailKey(comment.authorEmail),
      comment.body,
      rejected ? 'rejected' : 'pending',
      comment.autoReject?.category ?? null,
      JSON.stringify(comment.flags),
      comment.flags.length,
      comment.createdAt,
      rejected ? comment.createdAt : null,
      comment.clientHash,
      comment.statusTokenHash,
      comment.submissionKey,
    ],
  );
  const inserted = rows[0];
  if (!inserted) {
    const existing = await query<{ id: number }>(
      'SELECT id FROM comments WHERE submission_key = $1',
      [comment.submissionKey],
    );
    return { id: existing.rows[0]?.id ?? 0, created: false };
  }
  if (comment.autoReject) {
    await log(query, {
      commentId: inserted.id,
      moderatorId: null,
      action: 'reject',
      category: comment.autoReject.category,
      note: `banned term: ${comment.autoReject.evidence}`,
      now: comment.createdAt,
    });
  }
  return { id: inserted.id, created: true };
}

/**
 * The CommentStore on PostgreSQL, shared by every app instance. Each write is one SERIALIZABLE
 * transaction (lib/db/postgres.ts), so the rate limit, the report limits and a moderator's
 * decision hold across instances as SQLite's single writer makes them hold in one process.
 */
export function createPostgresCommentStore(db: PostgresDatabase): CommentStore {
  const getRow = async (id: number, query: Query = db.query) => {
    const row = (await query<CommentRow>(`${selectComment} WHERE c.id = $1`, [id])).rows[0];
    return row ? toComment(row) : undefined;
  };
  const stored = async (id: number) => {
    const comment = await getRow(id);
    if (!comment) throw new Error(`comment ${id} vanished after insert`);
    return comment;
  };

  /** The queue's WHERE clause, for all articles or one (`$1` is the article when there is one). */
  const queueFilter = (queue: Queue, articleSlug: string | undefined) =>
    `WHERE ${queueWhere[queue]}${articleSlug === undefined ? '' : ' AND c.article_slug = $1'}`;
  const countQueue = async (queue: Queue, articleSlug: string | undefined) =>
    (
      await db.query<{ n: number }>(
        `SELECT COUNT(*) AS n FROM comments c ${queueFilter(queue, articleSlug)}`,
        articleSlug === undefined ? [] : [articleSlug],
      )
    ).rows[0]?.n ?? 0;

  return {
    async addComment(comment) {
      const { id, created } = await db.transaction((query) => insertComment(query, comment));
      return { comment: created ? insertedComment(id, comment) : await stored(id), created };
    },

    async addCommentWithinLimit(comment, limit) {
      const result = await db.transaction(async (query) => {
        const existing = await query<{ id: number }>(
          'SELECT id FROM comments WHERE submission_key = $1',
          [comment.submissionKey],
        );
        if (existing.rows[0]) return { id: existing.rows[0].id, created: false, wait: 0 };
        // Read in the same serializable transaction as the insert: two posts from one author
        // on two instances cannot both see room under the limit.
        const { rows } = await query<{ created_at: number }>(
          `SELECT created_at FROM comments WHERE id IN (${byAuthorSince})`,
          [emailKey(comment.authorEmail), comment.clientHash, limit.since],
        );
        const wait = limit.wait(rows.map((row) => row.created_at));
        if (wait > 0) return { id: 0, created: false, wait };
        return { ...(await insertComment(query, comment)), wait: 0 };
      });
      if (result.wait > 0) return { outcome: 'rate-limited', retryAfterSeconds: result.wait };
      return {
        outcome: 'stored',
        comment: result.created ? insertedComment(result.id, comment) : await stored(result.id),
        created: result.created,
      };
    },

    async getComment(id) {
      return getRow(id);
    },

    async findByStatusToken(tokenHash) {
      const row = (
        await db.query<CommentRow>(`${selectComment} WHERE c.status_token_hash = $1`, [tokenHash])
      ).rows[0];
      return row ? toComment(row) : undefined;
    },

    async listPublished(articleSlug) {
      const { rows } = await db.query<PublishedRow>(
        `SELECT id, parent_id, author_name, body, created_at FROM comments
         WHERE article_slug = $1 AND status = 'approved' AND hidden_at IS NULL
         ORDER BY created_at ASC, id ASC`,
        [articleSlug],
      );
      return rows.map(toPublished);
    },

    async listRecentByAuthor({ email, clientHash, since }) {
      const { rows } = await db.query<{ body: string; created_at: number }>(
        `SELECT body, created_at FROM comments WHERE id IN (${byAuthorSince})
         ORDER BY created_at DESC`,
        [emailKey(email), clientHash, since],
      );
      return rows.map((row) => ({ body: row.body, createdAt: row.created_at }));
    },

    async listQueue({ queue, articleSlug, limit, offset }) {
      const params = articleSlug === undefined ? [] : [articleSlug];
      const next = params.length + 1;
      const { rows } = await db.query<CommentRow>(
        `${selectComment} ${queueFilter(queue, articleSlug)}
         ORDER BY ${queueSqlOrder[queue]} LIMIT $${next} OFFSET $${next + 1}`,
        [...params, limit, offset],
      );
      return { items: rows.map(toComment), total: await countQueue(queue, articleSlug) };
    },

    async countQueues(articleSlug) {
      const [pending, reported, approved, rejected] = await Promise.all([
        countQueue('pending', articleSlug),
        countQueue('reported', articleSlug),
        countQueue('approved', articleSlug),
        countQueue('rejected', articleSlug),
      ]);
      return { pending, reported, approved, rejected };
    },

    async listCommentedArticles() {
      const { rows } = await db.query<{ article_slug: string }>(
        'SELECT DISTINCT article_slug FROM comments ORDER BY article_slug',
      );
      return rows.map((row) => row.article_slug);
    },

    async decide({ commentIds, action, category, seenStatus, moderatorId, now }) {
      if (action === 'reject' && category === undefined)
        throw new Error('a rejection needs a category');
      const status = action === 'approve' ? 'approved' : 'rejected';
      const rejection = action === 'reject' ? (category ?? null) : null;
      const changed = await db.transaction(async (query) => {
        const ids: number[] = [];
        for (const id of commentIds) {
          // A decision that changes nothing (approving an approved, unreported comment) is not
          // logged. A withdrawn comment is its author's to take back, not a moderator's.
          const update = await query(
            `UPDATE comments SET status = $1, rejection_category = $2, decided_at = $3, decided_by = $4, hidden_at = NULL
             WHERE id = $5 AND status != 'withdrawn' AND ($6::text IS NULL OR status = $6::text)
               AND NOT (status = $1 AND hidden_at IS NULL AND NOT EXISTS
               (SELECT 1 FROM reports r WHERE r.comment_id = comments.id AND r.resolved_at IS NULL))`,
            [status, rejection, now, moderatorId, id, seenStatus ?? null],
          );
          if (update.rowCount === 0) continue;
          await resolveReports(query, id, now);
          await log(query, {
            commentId: id,
            moderatorId,
            action,
            category: rejection,
            note: null,
            now,
          });
          ids.push(id);
        }
        return ids;
      });
      const comments = await Promise.all(changed.map((id) => getRow(id)));
      return comments.filter((comment): comment is Comment => comment !== undefined);
    },

    async dismissReports({ commentId, moderatorId, now }) {
      const kept = await db.transaction(async (query) => {
        const reports = await resolveReports(query, commentId, now);
        if (reports === 0) return false;
        await query('UPDATE comments SET hidden_at = NULL, kept_at = $1 WHERE id = $2', [
          now,
          commentId,
        ]);
        await log(query, {
          commentId,
          moderatorId,
          action: 'keep',
          category: null,
          note: `${reports} report(s) dismissed`,
          now,
        });
        return true;
      });
      return kept ? getRow(commentId) : undefined;
    },

    async addReport(report) {
      return db.transaction((query) => addReport(query, report));
    },

    async withdrawComment({ statusTokenHash, now }) {
      const id = await db.transaction(async (query) => {
        const comment = (
          await query<{ id: number; status: string }>(
            'SELECT id, status FROM comments WHERE status_token_hash = $1',
            [statusTokenHash],
          )
        ).rows[0];
        if (!comment) return undefined;
        if (comment.status === 'withdrawn') return comment.id;
        // Withdrawal means the reader wants it gone: text, name, email, client and the
        // screening flags (which quote the text) are erased; the submission key is a hash of
        // them all. The status token hash stays, so the status link can say what became of it.
        await query(
          `UPDATE comments SET status = 'withdrawn', body = '', author_name = $1,
             author_email = $1, author_email_key = $1, client_hash = $1, flags = '[]', flag_count = 0,
             rejection_category = NULL, submission_key = 'withdrawn:' || id,
             decided_at = $2, decided_by = NULL, hidden_at = NULL
           WHERE id = $3`,
          [erasedValue, now, comment.id],
        );
        await resolveReports(query, comment.id, now);
        // The log says that it happened, nothing of what was written.
        await log(query, {
          commentId: comment.id,
          moderatorId: null,
          action: 'withdrawn',
          category: null,
          note: null,
          now,
        });
        return comment.id;
      });
      return id === undefined ? undefined : getRow(id);
    },

    async purgeExpired(now, days): Promise<PurgeResult> {
      const cutoff = now - days * dayMs;
      return db.transaction(async (query) => ({
        comments: (
          await query(
            `UPDATE comments SET author_email = $1, author_email_key = $1, client_hash = $1
             WHERE decided_at < $2 AND status != 'pending'
               AND (author_email != $1 OR client_hash != $1)`,
            [erasedValue, cutoff],
          )
        ).rowCount,
        // Open reports older than the window go too: a report nobody acted on for that long
        // has stopped being a signal, and it holds a client hash.
        reports: (
          await query('DELETE FROM reports WHERE resolved_at < $1 OR created_at < $1', [cutoff])
        ).rowCount,
      }));
    },

    async listLog({ limit, offset }) {
      const { rows } = await db.query<LogRow>(`${selectLog} LIMIT $1 OFFSET $2`, [limit, offset]);
      const total =
        (await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM moderation_log')).rows[0]?.n ?? 0;
      return { items: rows.map(toLogEntry), total };
    },
  };
}

/** A reader's report, in the caller's transaction: the same rules as the SQLite store's. */
async function addReport(query: Query, report: NewReport): Promise<ReportResult> {
  const { commentId, clientHash, now } = report;
  const comment = (
    await query<{ article_slug: string; kept_at: number | null }>(
      `SELECT article_slug, kept_at FROM comments
       WHERE id = $1 AND status = 'approved' AND hidden_at IS NULL`,
      [commentId],
    )
  ).rows[0];
  if (!comment) return { outcome: 'not-found' };
  const before = await query('SELECT 1 FROM reports WHERE comment_id = $1 AND client_hash = $2', [
    commentId,
    clientHash,
  ]);
  if (before.rowCount > 0) return { outcome: 'already-reported' };
  const lastHour =
    (
      await query<{ n: number }>(
        'SELECT COUNT(*) AS n FROM reports WHERE client_hash = $1 AND created_at > $2',
        [clientHash, now - hourMs],
      )
    ).rows[0]?.n ?? 0;
  if (report.hourlyLimit > 0 && lastHour >= report.hourlyLimit) return { outcome: 'rate-limited' };
  const acknowledged = {
    outcome: 'reported' as const,
    articleSlug: comment.article_slug,
    hidden: false,
    newlyHidden: false,
  };
  const open = async () =>
    (
      await query<{ n: number; reporters: number }>(
        `SELECT COUNT(*) AS n, COUNT(DISTINCT client_hash) AS reporters FROM reports
         WHERE comment_id = $1 AND resolved_at IS NULL`,
        [commentId],
      )
    ).rows[0] ?? { n: 0, reporters: 0 };
  if ((await open()).n >= maxOpenReportsPerComment) return acknowledged;
  await query(
    'INSERT INTO reports (comment_id, client_hash, reason, created_at) VALUES ($1, $2, $3, $4)',
    [commentId, clientHash, report.reason, now],
  );
  const { reporters } = await open();
  // A comment a moderator has kept stays up: new reports only bring it back to the queue.
  if (comment.kept_at !== null || reporters < report.hideThreshold) return acknowledged;
  await query('UPDATE comments SET hidden_at = $1 WHERE id = $2', [now, commentId]);
  await log(query, {
    commentId,
    moderatorId: null,
    action: 'hide',
    category: null,
    note: `reported by ${reporters} readers`,
    now,
  });
  return { ...acknowledged, hidden: true, newlyHidden: true };
}
