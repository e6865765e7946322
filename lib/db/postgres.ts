import 'server-only';
import pg from 'pg';
import { DatabaseBusyError, DatabaseUnavailableError } from './busy';
import { postgresMigrations, type PostgresMigration } from './postgres-migrations';

/** What a statement answers: its rows and how many rows it changed. */
export type QueryResult<Row> = { rows: Row[]; rowCount: number };

/** Runs one parameterized statement; values are never spliced into the SQL text. */
export type Query = <Row = Record<string, unknown>>(
  sql: string,
  params?: readonly unknown[],
) => Promise<QueryResult<Row>>;

export interface PostgresDatabase {
  /** One statement on any pooled connection, outside a transaction. */
  query: Query;
  /**
   * `work` in one SERIALIZABLE transaction: PostgreSQL then guarantees what SQLite's single
   * writer gives for free, that two concurrent checks-then-writes (a rate limit, a lockout, the
   * last moderator) cannot both pass. When PostgreSQL aborts one of them (a serialization
   * failure or a deadlock) the whole of `work` runs again, so it must do nothing but queries.
   */
  transaction<T>(work: (query: Query) => Promise<T>): Promise<T>;
  /**
   * `work` in one REPEATABLE READ, READ ONLY transaction: every query sees the database as it
   * was at the first one, whatever commits meanwhile. For long reads beside a running site
   * (comments:export): unlike SERIALIZABLE it takes no predicate locks that would make the
   * site's own transactions fail and retry, and it is never aborted itself, so it runs once.
   */
  snapshot<T>(work: (query: Query) => Promise<T>): Promise<T>;
  /** Resolves once the schema is migrated; every query waits for it anyway. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

// BIGINT (times in milliseconds, ids, counts) arrives as a JavaScript number rather than a
// string: every value we store is far below 2^53.
const int8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === int8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** One key for every instance of this app: the migrations of a database run one at a time. */
const migrationLockKey = 7_310_145_902;

/** How long a reader's request may wait for a free connection or a retried transaction. */
const budgetMs = 2000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/** PostgreSQL aborted the transaction so that another could commit: running it again is safe. */
function isRetryable(error: unknown): boolean {
  const code = errorCode(error);
  return code === '40001' || code === '40P01';
}

/**
 * The server cannot be reached or refuses to work: nothing was written, and the caller answers
 * "try again shortly" (a reader keeps their text).
 */
function isUnavailable(error: unknown): boolean {
  const code = errorCode(error);
  if (['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE'].includes(code))
    return true;
  // Class 08: connection exceptions; 57P01-57P03: the server is shutting down or starting up.
  if (code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /timeout exceeded when trying to connect|Connection terminated/i.test(message);
}

function unavailable(error: unknown): never {
  if (!isUnavailable(error)) throw error;
  // Logged here, once per failed call, without the URL (it may hold a password).
  console.error(
    `PostgreSQL unavailable: ${error instanceof Error ? error.message : String(error)}`,
  );
  throw new DatabaseUnavailableError(error);
}

/**
 * A pool of connections to the PostgreSQL database at `url`, migrated (once per process, under
 * an advisory lock shared by every instance) before its first query. `schema` puts the tables
 * in a schema of their own (the tests give each test one).
 */
export function openPostgres(
  url: string,
  options: {
    schema?: string;
    poolSize?: number;
    migrations?: readonly PostgresMigration[];
    connectTimeoutMs?: number;
  } = {},
): PostgresDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // A database that does not answer must not hold a reader's post for long.
    connectionTimeoutMillis: options.connectTimeoutMs ?? budgetMs,
    idleTimeoutMillis: 30_000,
    // Scripts and build workers end when their work is done, not 30 s later.
    allowExitOnIdle: true,
    types,
    ...(options.schema ? { options: `-c search_path=${checkedIdentifier(options.schema)}` } : {}),
  });
  // An idle connection that breaks (the server restarted) must not crash the process; the pool
  // drops it and the next query opens a new one.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));

  let migrated: Promise<void> | undefined;
  const ready = () => {
    migrated ??= migratePostgres(pool, options.migrations ?? postgresMigrations).then(
      () => undefined,
      (error: unknown) => {
        // Tried again on the next query: the database may only have been down for a moment.
        migrated = undefined;
        throw error;
      },
    );
    return migrated;
  };

  const run =
    (client: pg.Pool | pg.PoolClient): Query =>
    async <Row>(sql: string, params: readonly unknown[] = []) => {
      const result = await client.query(sql, [...params]);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    };

  /** `work` between `begin` and COMMIT on one pooled connection; rolled back when it throws. */
  const inTransaction = async <T>(begin: string, work: (query: Query) => Promise<T>) => {
    let client: pg.PoolClient;
    try {
      await ready();
      client = await pool.connect();
    } catch (error) {
      unavailable(error);
    }
    try {
      await client.query(begin);
      const result = await work(run(client));
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      // A connection that failed mid-transaction is thrown away, not handed out again.
      client.release(isUnavailable(error) && error instanceof Error ? error : undefined);
      throw error;
    }
  };

  return {
    async query(sql, params) {
      try {
        await ready();
        return await run(pool)(sql, params);
      } catch (error) {
        unavailable(error);
      }
    },

    async transaction(work) {
      const started = Date.now();
      for (let attempt = 0; ; attempt++) {
        try {
          return await inTransaction('BEGIN ISOLATION LEVEL SERIALIZABLE', work);
        } catch (error) {
          if (!isRetryable(error)) unavailable(error);
          const delay = Math.min(5 * 2 ** attempt, 100);
          if (Date.now() - started + delay > budgetMs) throw new DatabaseBusyError();
          await sleep(delay * (0.5 + Math.random() / 2));
        }
      }
    },

    async snapshot(work) {
      try {
        return await inTransaction('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY', work);
      } catch (error) {
        unavailable(error);
      }
    },

    ready,

    async close() {
      await pool.end();
    },
  };
}

/** Applies pending migrations, each in its own transaction, while holding the migration lock. */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly PostgresMigration[],
): Promise<number[]> {
  const client = await pool.connect();
  try {
    // Two instances starting at once: the second waits here, then finds nothing left to do.
    await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at BIGINT NOT NULL
      )`);
      const applied = new Set(
        (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
          (row) => row.version,
        ),
      );
      const done: number[] = [];
      for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
        if (applied.has(migration.version)) continue;
        try {
          await client.query('BEGIN');
          await client.query(migration.sql);
          await client.query(
            'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
            [migration.version, migration.name, Date.now()],
          );
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw new Error(
            `PostgreSQL migration ${migration.version} (${migration.name}) failed: ${error instanceof Error ? error.message : String(error)}`,
            { cause: error },
          );
        }
        done.push(migration.version);
      }
      return done;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]);
    }
  } finally {
    client.release();
  }
}

/** A schema name for search_path: only letters, digits and underscores, so it cannot carry SQL. */
function checkedIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid schema name "${name}"`);
  return name;
}
