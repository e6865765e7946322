// Versioned schema of the SQLite database. Append new migrations; never edit an applied one.
// Times are milliseconds since the epoch (INTEGER), the same numbers the stores exchange.
import type Database from 'better-sqlite3';
import { rebuildTable } from './sqlite-rebuild';

export type Migration = {
  version: number;
  name: string;
  sql: string;
  /**
   * Runs after `sql`, in the same transaction, with foreign keys off (they are checked before
   * the commit): for table rebuilds, which SQL alone cannot write without knowing every column
   * other migrations have added.
   */
  rebuild?: (db: Database.Database) => void;
};

export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'comments, reports, moderators, sessions, moderation log',
    sql: `
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE moderators (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        password_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        moderator_id INTEGER NOT NULL REFERENCES moderators(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sessions_expiry ON sessions(expires_at);

      -- Failed sign-ins, keyed 'user:<name>' or 'client:<hash>', for the lockout.
      CREATE TABLE login_failures (
        key TEXT NOT NULL,
        failed_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX login_failures_key ON login_failures(key, failed_at);

      CREATE TABLE comments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        article_slug TEXT NOT NULL,
        parent_id INTEGER REFERENCES comments(id),
        author_name TEXT NOT NULL,
        author_email TEXT NOT NULL,
        body TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        rejection_category TEXT,
        flags TEXT NOT NULL DEFAULT '[]',
        flag_count INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        decided_at INTEGER,
        decided_by INTEGER REFERENCES moderators(id),
        client_hash TEXT NOT NULL,
        status_token_hash TEXT NOT NULL UNIQUE,
        -- Same body, same article, same client: a resubmission, not a new comment.
        submission_key TEXT NOT NULL UNIQUE,
        hidden_at INTEGER
      ) STRICT;
      CREATE INDEX comments_article ON comments(article_slug, status, created_at);
      CREATE INDEX comments_queue ON comments(status, flag_count DESC, created_at);
      CREATE INDEX comments_client ON comments(client_hash, created_at);
      CREATE INDEX comments_email ON comments(author_email COLLATE NOCASE, created_at);

      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        comment_id INTEGER NOT NULL REFERENCES comments(id),
        client_hash TEXT NOT NULL,
        reason TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        resolved_at INTEGER,
        UNIQUE (comment_id, client_hash)
      ) STRICT;
      CREATE INDEX reports_open ON reports(resolved_at, comment_id);

      -- Append-only: what happened to which comment, when, by whom (NULL = automatic) and why.
      CREATE TABLE moderation_log (
        id INTEGER PRIMARY KEY,
        comment_id INTEGER NOT NULL REFERENCES comments(id),
        moderator_id INTEGER REFERENCES moderators(id),
        action TEXT NOT NULL,
        category TEXT,
        note TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX moderation_log_time ON moderation_log(created_at);
      CREATE TRIGGER moderation_log_no_update BEFORE UPDATE ON moderation_log
        BEGIN SELECT RAISE(ABORT, 'the moderation log is append-only'); END;
      CREATE TRIGGER moderation_log_no_delete BEFORE DELETE ON moderation_log
        BEGIN SELECT RAISE(ABORT, 'the moderation log is append-only'); END;
    `,
  },
  {
    version: 2,
    name: 'removable moderators, sign-in attempts',
    sql: `
      -- A removed moderator keeps their row, so the moderation log still names who decided.
      ALTER TABLE moderators ADD COLUMN removed_at INTEGER;

      -- Every attempt is recorded (for each of its keys) before the password is checked, and
      -- taken back by its id when it succeeds.
      ALTER TABLE login_failures ADD COLUMN attempt_id TEXT;
      CREATE INDEX login_failures_attempt ON login_failures(attempt_id);
      -- Old failures are pruned by time at every attempt.
      CREATE INDEX login_failures_time ON login_failures(failed_at);
    `,
  },
  // The key is what per-email rate limits compare; rows written
  // before it get theirs here, computed as lib/comments/email-key.ts does.
  {
    version: 3,
    name: 'comments: normalized email key for per-email limits',
    sql: `
      ALTER TABLE comments ADD COLUMN author_email_key TEXT NOT NULL DEFAULT '';
      UPDATE comments SET author_email_key = lower(
          CASE WHEN instr(parts.mailbox, '+') = 0 THEN parts.mailbox
               ELSE substr(parts.mailbox, 1, instr(parts.mailbox, '+') - 1) END
          || parts.domain)
        FROM (SELECT id,
                CASE WHEN instr(author_email, '@') = 0 THEN author_email
                     ELSE substr(author_email, 1, instr(author_email, '@') - 1) END AS mailbox,
                CASE WHEN instr(author_email, '@') = 0 THEN ''
                     ELSE substr(author_email, instr(author_email, '@')) END AS domain
              FROM comments) AS parts
        WHERE parts.id = comments.id;
      CREATE INDEX comments_email_key ON comments(author_email_key, created_at);
    `,
  },
  {
    version: 4,
    name: 'withdrawn comments, kept comments, report limits, retention',
    sql: `
      -- Reports per client per hour, and the retention purge's look-ups.
      CREATE INDEX reports_client ON reports(client_hash, created_at);
      CREATE INDEX comments_decided ON comments(decided_at);
    `,
    rebuild: (db) => {
      // A commenter may withdraw a comment: a status of its own, which the CHECK must allow.
      rebuildTable(db, 'comments', (definition) => {
        const check = "CHECK (status IN ('pending', 'approved', 'rejected'))";
        if (!definition.includes(check)) throw new Error('comments: status CHECK not found');
        return definition.replace(
          check,
          "CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn'))",
        );
      });
      // When a moderator kept it despite reports: from then on reports alone never hide it.
      db.exec('ALTER TABLE comments ADD COLUMN kept_at INTEGER');
    },
  },
];
