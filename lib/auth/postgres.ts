import 'server-only';
import { randomBytes } from 'node:crypto';
import type { PostgresDatabase, Query } from '../db/postgres';
import type { AuthStore, Moderator } from './store';

type ModeratorRow = { id: number; username: string; created_at: number; password_hash: string };

const toModerator = (row: ModeratorRow): Moderator => ({
  id: row.id,
  username: row.username,
  createdAt: row.created_at,
});

// Usernames compare without case, as in SQLite (moderators_username is an index on lower()).
// Removed moderators keep their row (the log names them) but are invisible to everything else.
const moderatorByName = `SELECT id, username, created_at, password_hash FROM moderators
  WHERE lower(username) = lower($1) AND removed_at IS NULL`;
const moderatorCount = 'SELECT COUNT(*) AS n FROM moderators WHERE removed_at IS NULL';

async function count(query: Query, sql: string, params: readonly unknown[] = []) {
  return (await query<{ n: number }>(sql, params)).rows[0]?.n ?? 0;
}

async function createModerator(query: Query, username: string, passwordHash: string, now: number) {
  const { rows } = await query<ModeratorRow>(
    `INSERT INTO moderators (username, password_hash, created_at) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING id, username, created_at, password_hash`,
    [username, passwordHash, now],
  );
  return rows[0] ? toModerator(rows[0]) : undefined;
}

/**
 * The AuthStore on PostgreSQL, shared by every app instance. The checks-then-writes (the first
 * account, the last moderator, the lockout) are SERIALIZABLE transactions, so two instances
 * cannot both pass a check that only one of them should.
 */
export function createPostgresAuthStore(db: PostgresDatabase): AuthStore {
  return {
    async countModerators() {
      return count(db.query, moderatorCount);
    },
    async listModerators(now) {
      const { rows } = await db.query<ModeratorRow & { sessions: number }>(
        `SELECT m.id, m.username, m.created_at, m.password_hash,
           (SELECT COUNT(*) FROM sessions s WHERE s.moderator_id = m.id AND s.expires_at > $1) AS sessions
         FROM moderators m WHERE m.removed_at IS NULL ORDER BY lower(m.username), m.id`,
        [now],
      );
      return rows.map((row) => ({ ...toModerator(row), activeSessions: row.sessions }));
    },
    async createModerator({ username, passwordHash, now }) {
      return createModerator(db.query, username, passwordHash, now);
    },
    async createFirstModerator({ username, passwordHash, setupTokenHash, now }) {
      return db.transaction(async (query) => {
        if ((await count(query, moderatorCount)) > 0) return { outcome: 'already-set-up' as const };
        const stored = (
          await query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [
            'setup_token',
          ])
        ).rows[0]?.value;
        const [hash, expires] = (stored ?? '').split(' ');
        if (!hash || hash !== setupTokenHash || Number(expires) < now)
          return { outcome: 'invalid-token' as const };
        const moderator = await createModerator(query, username, passwordHash, now);
        if (!moderator) return { outcome: 'already-set-up' as const };
        await query('DELETE FROM settings WHERE key = $1', ['setup_token']);
        return { outcome: 'created' as const, moderator };
      });
    },
    async findModerator(username) {
      const row = (await db.query<ModeratorRow>(moderatorByName, [username])).rows[0];
      return row ? toModerator(row) : undefined;
    },
    async findModeratorForSignIn(username) {
      const row = (await db.query<ModeratorRow>(moderatorByName, [username])).rows[0];
      return row ? { ...toModerator(row), passwordHash: row.password_hash } : undefined;
    },
    async removeModerator(moderatorId, now) {
      return db
        .transaction(async (query) => {
          // Counted first, in the same serializable transaction: two removals at once cannot
          // both see another moderator left.
          const others = await count(query, `${moderatorCount} AND id != $1`, [moderatorId]);
          const removed = await query(
            'UPDATE moderators SET removed_at = $1 WHERE id = $2 AND removed_at IS NULL',
            [now, moderatorId],
          );
          if (removed.rowCount === 0) return 'unknown' as const;
          if (others === 0) throw new LastModeratorError();
          await query('DELETE FROM sessions WHERE moderator_id = $1', [moderatorId]);
          return 'removed' as const;
        })
        .catch((error: unknown) => {
          if (error instanceof LastModeratorError) return 'last' as const;
          throw error;
        });
    },
    async setPasswordHash(moderatorId, passwordHash) {
      await db.query('UPDATE moderators SET password_hash = $1 WHERE id = $2', [
        passwordHash,
        moderatorId,
      ]);
    },
    async createSession({ idHash, moderatorId, createdAt, expiresAt }) {
      await db.query('DELETE FROM sessions WHERE expires_at < $1', [createdAt]);
      await db.query(
        'INSERT INTO sessions (id_hash, moderator_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
        [idHash, moderatorId, createdAt, expiresAt],
      );
    },
    async findSession(idHash, now) {
      const row = (
        await db.query<ModeratorRow & { expires_at: number }>(
          `SELECT m.id, m.username, m.created_at, m.password_hash, s.expires_at FROM sessions s
           JOIN moderators m ON m.id = s.moderator_id
           WHERE s.id_hash = $1 AND s.expires_at > $2 AND m.removed_at IS NULL`,
          [idHash, now],
        )
      ).rows[0];
      return row ? { moderator: toModerator(row), expiresAt: row.expires_at } : undefined;
    },
    async deleteSession(idHash) {
      await db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
    },
    async deleteSessionsOf(moderatorId) {
      return (await db.query('DELETE FROM sessions WHERE moderator_id = $1', [moderatorId]))
        .rowCount;
    },
    async beginSignInAttempt({ keys, now, forgetBefore, decide }) {
      return db.transaction(async (query) => {
        // Pruning here bounds the table: it never holds more than one window of attempts.
        await query('DELETE FROM login_failures WHERE failed_at < $1', [forgetBefore]);
        const { rows } = await query<{ key: string; failed_at: number }>(
          'SELECT key, failed_at FROM login_failures WHERE key = ANY($1::text[])',
          [[...keys]],
        );
        const failures = new Map<string, number[]>();
        for (const row of rows)
          failures.set(row.key, [...(failures.get(row.key) ?? []), row.failed_at]);
        const wait = decide((key) => failures.get(key) ?? []);
        if (wait > 0) return { outcome: 'locked' as const, retryAfterSeconds: wait };
        const attemptId = randomBytes(16).toString('base64url');
        await query(
          `INSERT INTO login_failures (key, failed_at, attempt_id)
           SELECT key, $2, $3 FROM unnest($1::text[]) AS key`,
          [[...keys], now, attemptId],
        );
        return { outcome: 'allowed' as const, attemptId };
      });
    },
    async cancelSignInAttempt(attemptId, clearKeys = []) {
      await db.transaction(async (query) => {
        await query('DELETE FROM login_failures WHERE attempt_id = $1', [attemptId]);
        if (clearKeys.length > 0)
          await query('DELETE FROM login_failures WHERE key = ANY($1::text[])', [[...clearKeys]]);
      });
    },
    async getSetting(key) {
      return (await db.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]))
        .rows[0]?.value;
    },
    async setSettingOnce(key, value) {
      // Two instances making the server secret at once: one insert wins, both read the winner.
      await db.query(
        'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING',
        [key, value],
      );
      return (
        (await db.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]))
          .rows[0]?.value ?? value
      );
    },
    async setSetting(key, value) {
      if (value === undefined) await db.query('DELETE FROM settings WHERE key = $1', [key]);
      else
        await db.query(
          'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
          [key, value],
        );
    },
  };
}

/** Thrown inside the removal transaction so that it rolls back. */
class LastModeratorError extends Error {}
