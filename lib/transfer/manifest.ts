import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import { TransferError } from './errors';
import { describeIssues, tableNames, type TableName } from './tables';

/** Written last: a folder without it holds no export, or one that did not finish. */
export const manifestFile = 'manifest.json';

/**
 * The layout of the files. Raised when a table or a column is added, so that an older site
 * refuses an export it would misread instead of dropping what it does not know.
 */
export const formatVersion = 1;

const manifestSchema = z.strictObject({
  format: z.literal('newsroom-comments-export'),
  formatVersion: z.literal(formatVersion, {
    error: `this site reads format version ${formatVersion}`,
  }),
  /** Where it came from; either engine imports it. */
  engine: z.enum(['sqlite', 'postgres']),
  /** The newest migration of the source (each engine numbers its own): for people, not checks. */
  schemaVersion: z.int().nonnegative(),
  exportedAt: z.iso.datetime(),
  /** Rows per table, checked against the files and the store after an import. */
  rows: z.record(z.enum(tableNames), z.int().nonnegative()),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** The manifest of an export just read; parsed, so a table left out fails here, not on import. */
export function createManifest(
  fields: Pick<Manifest, 'engine' | 'schemaVersion' | 'exportedAt'> & {
    rows: ReadonlyMap<TableName, number>;
  },
): Manifest {
  return manifestSchema.parse({
    format: 'newsroom-comments-export',
    formatVersion,
    ...fields,
    rows: Object.fromEntries(fields.rows),
  });
}

export function formatManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export async function readManifest(folder: string): Promise<Manifest> {
  const file = path.join(folder, manifestFile);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
      throw new TransferError(
        `${folder} holds no complete export: ${manifestFile} is missing (it is written last)`,
      );
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new TransferError(`${manifestFile}: not JSON`);
  }
  const result = manifestSchema.safeParse(value);
  if (!result.success) throw new TransferError(`${manifestFile}: ${describeIssues(result.error)}`);
  return result.data;
}
