import 'server-only';
import type { SqliteDatabase } from '../db/sqlite';
import { erasedValue, type PurgeResult } from './types';

const dayMs = 24 * 60 * 60 * 1000;

/** Withdrawal and retention: the two ways a reader's data leaves the SQLite store. */
export function createSqliteErasure(
  db: SqliteDatabase,
  hooks: {
    resolveReports: (now: number, commentId: number) => void;
    log: (commentId: number, action: string, now: number) => void;
  },
) {
  const byToken = db.prepare<[string], { id: number; status: string }>(
    'SELECT id, status FROM comments WHERE status_token_hash = ?',
  );
  // Withdrawal means the reader wants it gone: text, name, email, client and the screening
  // flags (which quote the text) are erased; the submission key is a hash of them all. The
  // status token hash stays, so the status link can say what became of it.
  const erase = db.prepare(
    `UPDATE comments SET status = 'withdrawn', body = '', author_name = @erased,
       author_email = @erased, author_email_key = @erased, client_hash = @erased, flags = '[]', flag_count = 0,
       rejection_category = NULL, submission_key = 'withdrawn:' || id,
       decided_at = @now, decided_by = NULL, hidden_at = NULL
     WHERE id = @id`,
  );
  const eraseExpired = db.prepare(
    `UPDATE comments SET author_email = @erased, author_email_key = @erased, client_hash = @erased
     WHERE decided_at < @cutoff AND status != 'pending'
       AND (author_email != @erased OR client_hash != @erased)`,
  );
  // Open reports older than the window go too: a report nobody acted on for that long has
  // stopped being a signal, and it holds a client hash.
  const deleteReports = db.prepare(
    'DELETE FROM reports WHERE resolved_at < @cutoff OR created_at < @cutoff',
  );

  const withdraw = db.transaction((statusTokenHash: string, now: number) => {
    const comment = byToken.get(statusTokenHash);
    if (!comment) return undefined;
    if (comment.status === 'withdrawn') return comment.id;
    erase.run({ id: comment.id, now, erased: erasedValue });
    hooks.resolveReports(now, comment.id);
    hooks.log(comment.id, 'withdrawn', now);
    return comment.id;
  });

  const purge = db.transaction((now: number, days: number): PurgeResult => {
    const cutoff = now - days * dayMs;
    return {
      comments: eraseExpired.run({ cutoff, erased: erasedValue }).changes,
      reports: deleteReports.run({ cutoff }).changes,
    };
  });

  return { withdraw, purge };
}
