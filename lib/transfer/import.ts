import 'server-only';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { batchSize, type Engine, type LineRow, type Writer } from './engine';
import { lineError, TransferError } from './errors';
import { parseRow, readLines } from './jsonl';
import { manifestFile, readManifest, type Manifest } from './manifest';
import { fileOf, tables, type Row, type Table, type TableName } from './tables';

const plural = (count: number) => `${count} row${count === 1 ? '' : 's'}`;

/** Ids loaded so far, per table: what a reference may point at. */
type Loaded = Map<TableName, Set<number>>;

/**
 * The database would refuse a dangling reference too, but SQLite would not say which column:
 * checked here, a reply whose parent is missing or later names its line and field.
 */
function checkReferences(table: Table, line: number, row: Row, loaded: Loaded) {
  for (const [column, target] of Object.entries(table.references)) {
    const value = row[column];
    if (typeof value !== 'number' || loaded.get(target)?.has(value)) continue;
    const where = target === table.name ? 'an earlier line' : fileOf(target);
    throw lineError(table.name, line, `field "${column}": no row with id ${value} in ${where}`);
  }
}

async function refuseUnlessEmpty(writer: Writer) {
  const found: string[] = [];
  for (const table of tables) {
    const count = await writer.count(table);
    if (count > 0) found.push(`${table.name} has ${plural(count)}`);
  }
  if (found.length > 0)
    throw new TransferError(
      `the store is not empty (${found.join(', ')}); import only into an empty store`,
    );
}

async function loadTable(writer: Writer, folder: string, table: Table, loaded: Loaded) {
  const ids = new Set<number>();
  loaded.set(table.name, ids);
  let rows = 0;
  let batch: LineRow[] = [];
  for await (const { line, bytes } of readLines(path.join(folder, fileOf(table.name)))) {
    const row = parseRow(table, line, bytes);
    checkReferences(table, line, row, loaded);
    if (typeof row.id === 'number') ids.add(row.id);
    batch.push({ line, row });
    rows += 1;
    if (batch.length === batchSize) {
      await writer.insert(table, batch);
      batch = [];
    }
  }
  await writer.insert(table, batch);
  return rows;
}

/**
 * Loads an export into an empty store, in one transaction: parents before the rows that point
 * at them, every line validated first, ids kept, counts checked against the manifest.
 */
export async function importInto(engine: Engine, folder: string): Promise<Manifest> {
  const manifest = await readManifest(folder);
  for (const table of tables) {
    const name = fileOf(table.name);
    await access(path.join(folder, name)).catch(() => {
      throw new TransferError(`${folder} holds no ${name}, which ${manifestFile} lists`);
    });
  }
  await engine.write(async (writer) => {
    await refuseUnlessEmpty(writer);
    const loaded: Loaded = new Map();
    for (const table of tables) {
      const rows = await loadTable(writer, folder, table, loaded);
      const expected = manifest.rows[table.name];
      if (rows !== expected)
        throw new TransferError(
          `${fileOf(table.name)} holds ${plural(rows)} but ${manifestFile} says ${expected}: the export is incomplete or was edited`,
        );
    }
    // What the store holds now, counted by the store: the same numbers, or nothing is kept.
    for (const table of tables) {
      const count = await writer.count(table);
      if (count !== manifest.rows[table.name])
        throw new TransferError(
          `after loading, ${table.name} has ${plural(count)} but ${manifestFile} says ${manifest.rows[table.name]}`,
        );
    }
    await writer.passImportedIds();
  });
  return manifest;
}
