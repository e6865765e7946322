import 'server-only';
import type { Database } from '../db';
import type { Engine } from './engine';
import { exportFrom, type ExportOptions } from './export';
import { importInto } from './import';
import type { Manifest } from './manifest';
import { postgresEngine } from './postgres';
import { sqliteEngine } from './sqlite';

// Moving comment data between stores, and keeping it: every table as JSON Lines that either
// engine loads back (npm run comments:export / comments:import).

export { TransferError } from './errors';
export { tableNames, type TableName } from './tables';
export type { ExportOptions } from './export';
export type { Manifest } from './manifest';

function engineOf(database: Database): Engine {
  return database.engine === 'sqlite'
    ? sqliteEngine(database.sqlite)
    : postgresEngine(database.postgres);
}

/**
 * Writes every table of the store to `folder` (created if needed; refused if it already holds
 * an export), read in one snapshot while the site goes on writing. Returns the manifest.
 */
export function exportStore(
  database: Database,
  folder: string,
  options?: ExportOptions,
): Promise<Manifest> {
  return exportFrom(engineOf(database), folder, options);
}

/**
 * Loads the export in `folder` into the store, which must be empty, in one transaction:
 * a line that does not hold a valid row, or counts that differ from the manifest, leave the
 * store as it was. Returns the export's manifest.
 */
export function importStore(database: Database, folder: string): Promise<Manifest> {
  return importInto(engineOf(database), folder);
}
