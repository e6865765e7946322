import 'server-only';
import { randomBytes } from 'node:crypto';
import type { SqliteDatabase } from '../db/sqlite';
import { createSqliteSignInAttempts } from './sqlite-sign-in-attempts';
import type { AuthStore, Moderator } from './store';

type ModeratorRow = { id: number; username: string; created_at: number; password_hash: string };

const toModerator = (row: ModeratorRow): Moderator => ({
  id: row.id,
  username: row.username,
  createdAt: row.created_at,
});

export function createSqliteAuthStore(db: SqliteDatabase): AuthStore {
  const insertModerator = db.prepare(
    'INSERT INTO moderators (username, password_hash, created_at) VALUES (?, ?, ?) ON CONFLICT (username) DO NOTHING',
  );
  // Removed moderators keep their row (the log names them) but are invisible to everything else.
  const moderatorByName = db.prepare<[string], ModeratorRow>(
    'SELECT id, username, created_at, password_hash FROM moderators WHERE username = ? AND removed_at IS NULL',
  );
  const moderatorCount = db.prepare<[], { n: number }>(
    'SELECT COUNT(*) AS n FROM moderators WHERE removed_at IS NULL',
  );
  const setting = db.prepare<[string], { value: string }>(
    'SELECT value FROM settings WHERE key = ?',
  );
  const sessionsOf = db.prepare<[number]>('DELETE FROM sessions WHERE moderator_id = ?');

  const createModerator = (username: string, passwordHash: string, now: number) => {
    const result = insertModerator.run(username, passwordHash, now);
    if (result.changes === 0) return undefined;
    const row = moderatorByName.get(username);
    return row ? toModerator(row) : undefined;
  };

  const createFirst = db.transaction(
    (username: string, passwordHash: string, tokenHash: string, now: number) => {
      if ((moderatorCount.get()?.n ?? 0) > 0) return { outcome: 'already-set-up' as const };
      const stored = setting.get('setup_token')?.value;
      const [hash, expires] = (stored ?? '').split(' ');
      if (!hash || hash !== tokenHash || Number(expires) < now)
        return { outcome: 'invalid-token' as const };
      const moderator = createModerator(username, passwordHash, now);
      if (!moderator) return { outcome: 'already-set-up' as const };
      db.prepare('DELETE FROM settings WHERE key = ?').run('setup_token');
      return { outcome: 'created' as const, moderator };
    },
  );

  const remove = db.transaction((moderatorId: number, now: number) => {
    const removed = db
      .prepare('UPDATE moderators SET removed_at = ? WHERE id = ? AND removed_at IS NULL')
      .run(now, moderatorId);
    if (removed.changes === 0) return 'unknown' as const;
    // Checked after the update, inside the transaction: two removals at once cannot both pass.
    if ((moderatorCount.get()?.n ?? 0) === 0) throw new LastModeratorError();
    sessionsOf.run(moderatorId);
    return 'removed' as const;
  });

  return {
    async countModerators() {
      return moderatorCount.get()?.n ?? 0;
    },
    async listModerators(now) {
      return db
        .prepare<[number], ModeratorRow & { sessions: number }>(
          `SELECT m.id, m.username, m.created_at, m.password_hash,
             (SELECT COUNT(*) FROM sessions s WHERE s.moderator_id = m.id AND s.expires_at > ?) AS sessions
           FROM moderators m WHERE m.removed_at IS NULL ORDER BY m.username COLLATE NOCASE`,
        )
        .all(now)
        .map((row) => ({ ...toModerator(row), activeSessions: row.sessions }));
    },
    async createModerator({ username, passwordHash, now }) {
      return createModerator(username, passwordHash, now);
    },
    async createFirstModerator({ username, passwordHash, setupTokenHash, now }) {
      return createFirst.immediate(username, passwordHash, setupTokenHash, now);
    },
    async findModerator(username) {
      const row = moderatorByName.get(username);
      return row ? toModerator(row) : undefined;
    },
    async findModeratorForSignIn(username) {
      const row = moderatorByName.get(username);
      return row ? { ...toModerator(row), passwordHash: row.password_hash } : undefined;
    },
    async removeModerator(moderatorId, now) {
      try {
        return remove.immediate(moderatorId, now);
      } catch (error) {
        if (error instanceof LastModeratorError) return 'last';
        throw error;
      }
    },
    async setPasswordHash(moderatorId, passwordHash) {
      db.prepare('UPDATE moderators SET password_hash = ? WHERE id = ?').run(
        passwordHash,
        moderatorId,
      );
    },
    async createSession({ idHash, moderatorId, createdAt, expiresAt }) {
      db.prepare('DELETE FROM sessions WHERE expires_at < ?').run(createdAt);
      db.prepare(
        'INSERT INTO sessions (id_hash, moderator_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      ).run(idHash, moderatorId, createdAt, expiresAt);
    },
    async findSession(idHash, now) {
      const row = db
        .prepare<[string, number], ModeratorRow & { expires_at: number }>(
          `SELECT m.id, m.username, m.created_at, m.password_hash, s.expires_at FROM sessions s
           JOIN moderators m ON m.id = s.moderator_id
           WHERE s.id_hash = ? AND s.expires_at > ? AND m.removed_at IS NULL`,
        )
        .get(idHash, now);
      return row ? { moderator: toModerator(row), expiresAt: row.expires_at } : undefined;
    },
    async deleteSession(idHash) {
      db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
    },
    async deleteSessionsOf(moderatorId) {
      return sessionsOf.run(moderatorId).changes;
    },
    ...createSqliteSignInAttempts(db, () => randomBytes(16).toString('base64url')),
    async getSetting(key) {
      return setting.get(key)?.value;
    },
    async setSettingOnce(key, value) {
      db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING',
      ).run(key, value);
      return setting.get(key)?.value ?? value;
    },
    async setSetting(key, value) {
      if (value === undefined) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
      else
        db.prepare(
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        ).run(key, value);
    },
  };
}

/** Thrown inside the removal transaction so that it rolls back. */
class LastModeratorError extends Error {}
