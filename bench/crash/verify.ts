// What the database holds after the crash, read with better-sqlite3 directly (not through the
// store): the file is intact, every acknowledged comment is there exactly once as it was sent,
// and no submission is stored twice.
import Database from 'better-sqlite3';
import { sha256 } from '../../lib/db/hash';
import type { Reader } from './form';

export type Submission = Reader & { token: string | undefined };

export type Verdict = {
  integrity: string;
  /** Acknowledged comments found once, with the body and name that were sent. */
  stored: Set<Submission>;
  /** Acknowledged comments missing, or stored with other text than was sent. */
  lost: number;
  /** Submissions (acknowledged or not) stored more than once. */
  duplicates: number;
  /** Submissions that were committed but whose answer was cut off by the crash. */
  storedUnacknowledged: number;
  /** Rows that match no submission at all. */
  strangers: number;
};

export function verifyDatabase(file: string, submissions: readonly Submission[]): Verdict {
  const db = new Database(file, { fileMustExist: true });
  try {
    const integrity = db
      .prepare<[], { integrity_check: string }>('PRAGMA integrity_check')
      .all()
      .map((row) => row.integrity_check)
      .join('; ');
    const byToken = db.prepare<[string], { body: string; author_name: string }>(
      'SELECT body, author_name FROM comments WHERE status_token_hash = ?',
    );
    const byBody = db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM comments WHERE body = ?',
    );
    const total = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM comments').get()?.n ?? 0;

    const verdict: Verdict = {
      integrity,
      stored: new Set(),
      lost: 0,
      duplicates: 0,
      storedUnacknowledged: 0,
      strangers: 0,
    };
    let matched = 0;
    for (const submission of submissions) {
      const copies = byBody.get(submission.body)?.n ?? 0;
      matched += copies;
      if (copies > 1) verdict.duplicates++;
      if (submission.token === undefined) {
        if (copies > 0) verdict.storedUnacknowledged++;
        continue;
      }
      const rows = byToken.all(sha256(submission.token));
      const [row] = rows;
      if (rows.length === 1 && row?.body === submission.body && row.author_name === submission.name)
        verdict.stored.add(submission);
      else verdict.lost++;
    }
    verdict.strangers = total - matched;
    return verdict;
  } finally {
    db.close();
  }
}
