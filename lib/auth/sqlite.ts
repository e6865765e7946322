import 'server-only';
import type { SqliteDatabase } from '../db/sqlite';
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
  const moderatorByName = db.prepare<[string], ModeratorRow>(
    'SELECT id, username, created_at, password_hash FROM moderators WHERE username = ?',
  );
  const moderatorCount = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM moderators');
  const setting = db.prepare<[string], { value: string }>(
    'SELECT value FROM settings WHERE key = ?',
  );

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

  return {
    async countModerators() {
      return moderatorCount.get()?.n ?? 0;
    },
    async createModerator({ username, passwordHash, now }) {
      return createModerator(username, passwordHash, now);
    },
    async createFirstModerator({ username, passwordHash, setupTokenHash, now }) {
      return createFirst.immediate(username, passwordHash, setupTokenHash, now);
    },
    async findModeratorForSignIn(username) {
      const row = moderatorByName.get(username);
      return row ? { ...toModerator(row), passwordHash: row.password_hash } : undefined;
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
           JOIN moderators m ON m.id = s.moderator_id WHERE s.id_hash = ? AND s.expires_at > ?`,
        )
        .get(idHash, now);
      return row ? { moderator: toModerator(row), expiresAt: row.expires_at } : undefined;
    },
    async deleteSession(idHash) {
      db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
    },
    async recordLoginFailure(keys, now) {
      const insert = db.prepare('INSERT INTO login_failures (key, failed_at) VALUES (?, ?)');
      db.transaction(() => keys.forEach((key) => insert.run(key, now)))();
    },
    async listLoginFailures(key, since) {
      return db
        .prepare<[string, number], { failed_at: number }>(
          'SELECT failed_at FROM login_failures WHERE key = ? AND failed_at >= ? ORDER BY failed_at DESC',
        )
        .all(key, since)
        .map((row) => row.failed_at);
    },
    async clearLoginFailures(key) {
      db.prepare('DELETE FROM login_failures WHERE key = ?').run(key);
    },
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
