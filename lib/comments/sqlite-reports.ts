import 'server-only';
import type { SqliteDatabase } from '../db/sqlite';
import { maxOpenReportsPerComment, type NewReport, type ReportResult } from './types';

const hourMs = 60 * 60 * 1000;

type Log = (
  commentId: number,
  moderatorId: number | null,
  action: string,
  note: string | null,
  now: number,
) => void;

/** Readers' reports and a moderator keeping a reported comment, as SQLite transactions. */
export function createSqliteReports(db: SqliteDatabase, log: Log) {
  const publicComment = db.prepare<[number], { article_slug: string; kept_at: number | null }>(
    `SELECT article_slug, kept_at FROM comments
     WHERE id = ? AND status = 'approved' AND hidden_at IS NULL`,
  );
  const reportedBefore = db.prepare<[number, string], { found: 1 }>(
    'SELECT 1 AS found FROM reports WHERE comment_id = ? AND client_hash = ?',
  );
  const recentByClient = db.prepare<[string, number], { n: number }>(
    'SELECT COUNT(*) AS n FROM reports WHERE client_hash = ? AND created_at > ?',
  );
  const openReports = db.prepare<[number], { n: number; reporters: number }>(
    `SELECT COUNT(*) AS n, COUNT(DISTINCT client_hash) AS reporters FROM reports
     WHERE comment_id = ? AND resolved_at IS NULL`,
  );
  const insertReport = db.prepare(
    'INSERT INTO reports (comment_id, client_hash, reason, created_at) VALUES (?, ?, ?, ?)',
  );
  const hide = db.prepare('UPDATE comments SET hidden_at = ? WHERE id = ?');
  const resolveReports = db.prepare(
    'UPDATE reports SET resolved_at = ? WHERE comment_id = ? AND resolved_at IS NULL',
  );
  const keep = db.prepare('UPDATE comments SET hidden_at = NULL, kept_at = ? WHERE id = ?');

  const report = db.transaction((report: NewReport): ReportResult => {
    const { commentId, clientHash, now } = report;
    const comment = publicComment.get(commentId);
    if (!comment) return { outcome: 'not-found' };
    if (reportedBefore.get(commentId, clientHash)) return { outcome: 'already-reported' };
    const lastHour = recentByClient.get(clientHash, now - hourMs)?.n ?? 0;
    if (report.hourlyLimit > 0 && lastHour >= report.hourlyLimit)
      return { outcome: 'rate-limited' };
    const acknowledged = {
      outcome: 'reported' as const,
      articleSlug: comment.article_slug,
      hidden: false,
      newlyHidden: false,
    };
    if ((openReports.get(commentId)?.n ?? 0) >= maxOpenReportsPerComment) return acknowledged;
    insertReport.run(commentId, clientHash, report.reason, now);
    const reporters = openReports.get(commentId)?.reporters ?? 0;
    // A comment a moderator has kept stays up: new reports only bring it back to the queue.
    if (comment.kept_at !== null || reporters < report.hideThreshold) return acknowledged;
    hide.run(now, commentId);
    log(commentId, null, 'hide', `reported by ${reporters} readers`, now);
    return { ...acknowledged, hidden: true, newlyHidden: true };
  });

  const dismiss = db.transaction((commentId: number, moderatorId: number, now: number) => {
    const reports = resolveReports.run(now, commentId);
    if (reports.changes === 0) return false;
    keep.run(now, commentId);
    log(commentId, moderatorId, 'keep', `${reports.changes} report(s) dismissed`, now);
    return true;
  });

  return { report, dismiss, resolveReports };
}
