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
import type { Database } from '@/lib/db';
import { openPostgres } from '@/lib/db/postgres';
import { openSqlite } from '@/lib/db/sqlite';
import { temporaryDatabase, trackDatabase } from './database';
import { dropAfterTest, temporarySchema, testPostgresUrl } from './postgres';

export type Stores = { comments: CommentStore; auth: AuthStore };

export type TestDatabase = Stores & {
  /** The database itself, as lib/db hands it to the site. */
  database: Database;
  all: (sql: string) => Promise<Record<string, unknown>[]>;
  /** One statement of SQL both engines understand, for what no store method writes. */
  execute: (sql: string) => Promise<void>;
  twin: () => Promise<Stores>;
};

type StoreEngine = { name: string; open: () => Promise<TestDatabase> };

/** SQLite, then PostgreSQL. */
export const storeEngines: readonly [StoreEngine, StoreEngine] = [
  {
    name: 'SQLite',
    async open() {
      const db = temporaryDatabase();
      return {
        database: { engine: 'sqlite', sqlite: db },
        comments: createSqliteCommentStore(db),
        auth: createSqliteAuthStore(db),
        all: async (sql) => db.prepare<[], Record<string, unknown>>(sql).all(),
        execute: async (sql) => {
          db.exec(sql);
        },
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
        database: { engine: 'postgres', postgres: db },
        comments: createPostgresCommentStore(db),
        auth: createPostgresAuthStore(db),
        all: async (sql) => (await db.query(sql)).rows,
        execute: async (sql) => {
          await db.query(sql);
        },
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
