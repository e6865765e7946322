// Both database engines behind the same stores, for tests that must hold on each: the SQLite
// default and a real PostgreSQL (tests/support/postgres-server.ts). `all` runs a plain SQL
// query both engines understand, for looking at what was stored; `twin` opens a second
// connection (pool) to the same database, the way a second app instance would.
import { createPostgresAuthStore } from '@/lib/auth/postgres';
import { createSqliteAuthStore } from '@/lib/auth/sqlite';
import type { AuthStore } from '@/lib/auth/store';
import { createPostgresCommentStore } from '@/lib/comments/postgres';
import { createSqliteCommentStore } from '@/lib/comments/sqlite';
import type { CommentStore } from '@/lib/comments/store';
import { openPostgres } from '@/lib/db/postgres';
import { openSqlite } from '@/lib/db/sqlite';
import { temporaryDatabase, trackDatabase } from './database';
import { dropAfterTest, temporarySchema, testPostgresUrl } from './postgres';

export type Stores = { comments: CommentStore; auth: AuthStore };

export type TestDatabase = Stores & {
  all: (sql: string) => Promise<Record<string, unknown>[]>;
  twin: () => Promise<Stores>;
};

export const storeEngines: { name: string; open: () => Promise<TestDatabase> }[] = [
  {
    name: 'SQLite',
    async open() {
      const db = temporaryDatabase();
      return {
        comments: createSqliteCommentStore(db),
        auth: createSqliteAuthStore(db),
        all: async (sql) => db.prepare<[], Record<string, unknown>>(sql).all(),
        twin: async () => {
          const other = trackDatabase(openSqlite(db.name));
          return { comments: createSqliteCommentStore(other), auth: createSqliteAuthStore(other) };
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const schema = await temporarySchema();
      const connect = async () => {
        const db = openPostgres(testPostgresUrl(), { schema });
        dropAfterTest(db, schema);
        await db.ready();
        return db;
      };
      const db = await connect();
      return {
        comments: createPostgresCommentStore(db),
        auth: createPostgresAuthStore(db),
        all: async (sql) => (await db.query(sql)).rows,
        twin: async () => {
          const other = await connect();
          return {
            comments: createPostgresCommentStore(other),
            auth: createPostgresAuthStore(other),
          };
        },
      };
    },
  },
];
