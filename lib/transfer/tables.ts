import 'server-only';
import * as z from 'zod';
import { flagCategories, rejectionCategories } from '../screening/types';

// The tables an export holds and what each row must look like: the columns both engines share
// (lib/db/sqlite-migrations.ts, lib/db/postgres-migrations.ts), in the order a line lists them.
// Rules the databases enforce themselves (the status CHECK, unique keys) are left to them; the
// import names the line they refuse.

/** In the order an import loads them: every table after the tables its rows point at. */
export const tableNames = [
  'settings',
  'moderators',
  'sessions',
  'login_failures',
  'comments',
  'reports',
  'moderation_log',
] as const;
export type TableName = (typeof tableNames)[number];

export type Value = string | number | null;
export type Row = Record<string, Value>;

export type Table = {
  name: TableName;
  columns: readonly string[];
  row: z.ZodType<Row>;
  /**
   * The stable order of the lines: the primary key (every column where there is none). Text
   * is ordered by its bytes, which SQLite does by default and PostgreSQL only when told, since
   * its default collation follows the server's locale.
   */
  orderBy: (byBytes: (column: string) => string) => string;
  /** Has an integer `id` the database numbers, whose counter must pass the imported ids. */
  numbered: boolean;
  /** Columns that hold the id of a row in another table (or an earlier row of this one). */
  references: Readonly<Record<string, TableName>>;
};

const id = z.int().positive();
const time = z.int().nonnegative();
const text = z.string();

// Flags are JSON text: kept as the exact text, but only if the site can read it back.
const flagsSchema = z.array(
  z.strictObject({
    phase: z.string(),
    category: z.enum(flagCategories),
    evidence: z.string(),
    reason: z.string(),
  }),
);
const flagsText = text.refine(
  (value) => {
    try {
      return flagsSchema.safeParse(JSON.parse(value)).success;
    } catch {
      return false;
    }
  },
  { error: 'expected a JSON list of screening flags' },
);

function table(
  name: TableName,
  shape: Record<string, z.ZodType<Value>>,
  options: Pick<Table, 'orderBy'> & Partial<Pick<Table, 'numbered' | 'references'>>,
): Table {
  return {
    name,
    columns: Object.keys(shape),
    row: z.strictObject(shape),
    orderBy: options.orderBy,
    numbered: options.numbered ?? false,
    references: options.references ?? {},
  };
}

const byId = () => 'id';

export const tables: readonly Table[] = [
  table('settings', { key: text, value: text }, { orderBy: (bytes) => bytes('key') }),
  table(
    'moderators',
    {
      id,
      username: text,
      password_hash: text,
      created_at: time,
      removed_at: time.nullable(),
    },
    { orderBy: byId, numbered: true },
  ),
  table(
    'sessions',
    { id_hash: text, moderator_id: id, created_at: time, expires_at: time },
    { orderBy: (bytes) => bytes('id_hash'), references: { moderator_id: 'moderators' } },
  ),
  table(
    'login_failures',
    { key: text, failed_at: time, attempt_id: text.nullable() },
    // No primary key: rows that tie on every column are the same line either way.
    {
      orderBy: (bytes) => `${bytes('key')}, failed_at, ${bytes('attempt_id')} NULLS FIRST`,
    },
  ),
  table(
    'comments',
    {
      id,
      article_slug: text,
      parent_id: id.nullable(),
      author_name: text,
      author_email: text,
      author_email_key: text,
      body: text,
      status: text,
      rejection_category: z.enum(rejectionCategories).nullable(),
      flags: flagsText,
      flag_count: z.int().nonnegative(),
      created_at: time,
      decided_at: time.nullable(),
      decided_by: id.nullable(),
      client_hash: text,
      status_token_hash: text,
      submission_key: text,
      hidden_at: time.nullable(),
      kept_at: time.nullable(),
    },
    {
      orderBy: byId,
      numbered: true,
      references: { parent_id: 'comments', decided_by: 'moderators' },
    },
  ),
  table(
    'reports',
    {
      id,
      comment_id: id,
      client_hash: text,
      reason: text,
      created_at: time,
      resolved_at: time.nullable(),
    },
    { orderBy: byId, numbered: true, references: { comment_id: 'comments' } },
  ),
  table(
    'moderation_log',
    {
      id,
      comment_id: id,
      moderator_id: id.nullable(),
      action: text,
      category: text.nullable(),
      note: text.nullable(),
      created_at: time,
    },
    {
      orderBy: byId,
      numbered: true,
      references: { comment_id: 'comments', moderator_id: 'moderators' },
    },
  ),
];

/** Where a table's rows are kept in an export folder. */
export function fileOf(table: TableName): string {
  return `${table}.jsonl`;
}

/** The problems zod found in a row, each with the field it is about. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`
        : `field "${issue.path.join('.')}": ${issue.message}`,
    )
    .join('; ');
}
