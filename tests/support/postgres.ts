import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, inject } from 'vitest';
import { openPostgres, type PostgresDatabase } from '@/lib/db/postgres';

const open: { db: PostgresDatabase; schema: string }[] = [];

/** The URL of the test run's PostgreSQL (tests/support/postgres-server.ts); throws why there is none. */
export function testPostgresUrl(): string {
  const postgres = inject('postgres');
  if ('unavailable' in postgres) throw new Error(postgres.unavailable);
  return postgres.url;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPostgresUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

afterEach(async () => {
  const done = open.splice(0);
  for (const { db } of done) await db.close();
  if (done.length > 0)
    await admin(async (client) => {
      for (const { schema } of done) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    });
});

/** A fresh schema of its own name, to be migrated as an empty database would be. */
export async function temporarySchema(): Promise<string> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE SCHEMA ${schema}`));
  return schema;
}

/**
 * A migrated PostgreSQL database of its own (a schema in the test server's database), closed
 * and dropped after the test.
 */
export async function temporaryPostgres(
  options: Omit<Parameters<typeof openPostgres>[1], 'schema'> = {},
): Promise<PostgresDatabase> {
  const schema = await temporarySchema();
  const db = openPostgres(testPostgresUrl(), { ...options, schema });
  open.push({ db, schema });
  await db.ready();
  return db;
}

/** Closes and drops a schema made by temporarySchema() that no temporaryPostgres() owns. */
export function dropAfterTest(db: PostgresDatabase, schema: string): void {
  open.push({ db, schema });
}
