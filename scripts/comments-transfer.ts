// npm run comments:export -- <folder>   every table of DATABASE_URL's store to <folder>, as JSON Lines
// npm run comments:import -- <folder>   an export into DATABASE_URL's store, which must be empty
// Either engine to either engine; see README, "Moving and backing up comment data".
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeDatabaseUrl, getDatabase, sqlitePath } from '../lib/db';
import { getEnv } from '../lib/env';
import { exportStore, importStore, tableNames, type Manifest } from '../lib/transfer';

const engineNames = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;

/** A mistake in how the command was called: printed, then exit status 2. */
class UsageError extends Error {}

function readArguments(): { command: 'export' | 'import'; folder: string } {
  const usage = `usage: npm run comments:${process.argv[2] === 'import' ? 'import' : 'export'} -- <folder>`;
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} ${usage}`);
  }
  const [command, folder, extra] = positionals;
  if ((command !== 'export' && command !== 'import') || !folder || extra !== undefined)
    throw new UsageError(usage);
  return { command, folder };
}

const plural = (count: number) => `${count} row${count === 1 ? '' : 's'}`;

function rowsLine(table: string, rows: number): string {
  return `  ${table.padEnd(16)}${String(rows).padStart(9)} row${rows === 1 ? '' : 's'}`;
}

const total = (manifest: Manifest) =>
  plural(tableNames.reduce((sum, name) => sum + manifest.rows[name], 0));

async function run(): Promise<string> {
  const { command, folder } = readArguments();
  const started = performance.now();
  const url = getEnv().DATABASE_URL;
  // Opening a SQLite file that is not there creates an empty one: a mistyped path would be
  // "backed up" as an empty store.
  if (command === 'export' && url.startsWith('file:') && !existsSync(sqlitePath(url)))
    throw new Error(`there is no database at ${sqlitePath(url)} (DATABASE_URL=${url})`);
  const database = getDatabase();
  const store = `the ${engineNames[database.engine]} store ${describeDatabaseUrl(url)}`;
  const took = () => {
    const ms = performance.now() - started;
    return ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
  };
  if (command === 'export') {
    const manifest = await exportStore(database, folder, {
      onTable: (table, rows) => console.log(rowsLine(table, rows)),
    });
    return `Exported ${total(manifest)} of ${store} (schema ${manifest.schemaVersion}) to ${folder} in ${took()}.`;
  }
  const manifest = await importStore(database, folder);
  for (const name of tableNames) console.log(rowsLine(name, manifest.rows[name]));
  return `Imported ${total(manifest)} from ${folder} (a ${engineNames[manifest.engine]} export, schema ${manifest.schemaVersion}, of ${manifest.exportedAt}) into ${store} in ${took()}.`;
}

run().then(
  (message) => console.log(message),
  (error: unknown) => {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    if (error instanceof UsageError) {
      console.error(message);
      process.exit(2);
    }
    const what =
      process.argv[2] === 'import' ? 'import failed, nothing was written' : 'export failed';
    console.error(`comments:${what}: ${message}`);
    process.exit(1);
  },
);
