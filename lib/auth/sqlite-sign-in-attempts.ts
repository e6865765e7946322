import 'server-only';
import type { SqliteDatabase } from '../db/sqlite';
import type { AuthStore } from './store';

/** The sign-in attempt half of the SQLite AuthStore: failures counted before any password is checked. */
export function createSqliteSignInAttempts(
  db: SqliteDatabase,
  newAttemptId: () => string,
): Pick<AuthStore, 'beginSignInAttempt' | 'cancelSignInAttempt'> {
  const prune = db.prepare<[number]>('DELETE FROM login_failures WHERE failed_at < ?');
  const failuresOf = db.prepare<[string], { failed_at: number }>(
    'SELECT failed_at FROM login_failures WHERE key = ?',
  );
  const insert = db.prepare<[string, number, string]>(
    'INSERT INTO login_failures (key, failed_at, attempt_id) VALUES (?, ?, ?)',
  );

  const begin = db.transaction(
    (
      keys: readonly string[],
      now: number,
      forgetBefore: number,
      decide: (failuresOf: (key: string) => number[]) => number,
    ) => {
      // Pruning here bounds the table: it never holds more than one window of attempts.
      prune.run(forgetBefore);
      const wait = decide((key) => failuresOf.all(key).map((row) => row.failed_at));
      if (wait > 0) return { outcome: 'locked' as const, retryAfterSeconds: wait };
      const attemptId = newAttemptId();
      for (const key of keys) insert.run(key, now, attemptId);
      return { outcome: 'allowed' as const, attemptId };
    },
  );

  const cancel = db.transaction((attemptId: string, clearKeys: readonly string[]) => {
    db.prepare('DELETE FROM login_failures WHERE attempt_id = ?').run(attemptId);
    const clear = db.prepare<[string]>('DELETE FROM login_failures WHERE key = ?');
    for (const key of clearKeys) clear.run(key);
  });

  return {
    async beginSignInAttempt({ keys, now, forgetBefore, decide }) {
      // IMMEDIATE takes the write lock before reading, so another process cannot read the same
      // count between this read and this write.
      return begin.immediate(keys, now, forgetBefore, decide);
    },
    async cancelSignInAttempt(attemptId, clearKeys = []) {
      cancel.immediate(attemptId, clearKeys);
    },
  };
}
