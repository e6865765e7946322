import 'server-only';
import { access, mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Engine } from './engine';
import { TransferError } from './errors';
import { formatRow } from './jsonl';
import { createManifest, formatManifest, manifestFile, type Manifest } from './manifest';
import { describeIssues, fileOf, tables, type TableName } from './tables';

export type ExportOptions = {
  /** Called as each table's file is complete (the CLI prints it; a big table takes a while). */
  onTable?: (table: TableName, rows: number) => void | Promise<void>;
};

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** Every table, read in one snapshot, to a file of its own; the manifest last. */
export async function exportFrom(
  engine: Engine,
  folder: string,
  options: ExportOptions = {},
): Promise<Manifest> {
  await mkdir(folder, { recursive: true });
  const names = [manifestFile, ...tables.map((table) => fileOf(table.name))];
  for (const name of names)
    if (await exists(path.join(folder, name)))
      throw new TransferError(
        `${folder} already holds an export (${name}); export into a new folder`,
      );

  const written: string[] = [];
  // 'wx': a file that appeared meanwhile is refused, never overwritten. fsync: it is a backup.
  const create = async (name: string) => {
    const file = path.join(folder, name);
    const handle = await open(file, 'wx');
    written.push(file);
    return handle;
  };
  try {
    const manifest = await engine.snapshot(async (reader) => {
      const schemaVersion = await reader.schemaVersion();
      const rows = new Map<TableName, number>();
      for (const table of tables) {
        const handle = await create(fileOf(table.name));
        let count = 0;
        try {
          for await (const batch of reader.rows(table)) {
            const text = batch.map((value) => {
              // What the site cannot import back is not a backup: refused here, not on restore.
              const result = table.row.safeParse(value);
              if (!result.success)
                throw new TransferError(
                  `${table.name}, row ${count + 1} in key order: ${describeIssues(result.error)}`,
                );
              count += 1;
              return formatRow(result.data);
            });
            await handle.write(text.join(''));
          }
          await handle.sync();
        } finally {
          await handle.close();
        }
        rows.set(table.name, count);
        await options.onTable?.(table.name, count);
      }
      return createManifest({
        engine: engine.name,
        schemaVersion,
        exportedAt: new Date().toISOString(),
        rows,
      });
    });
    const handle = await create(manifestFile);
    try {
      await handle.write(formatManifest(manifest));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return manifest;
  } catch (error) {
    // Half an export must not pass for a whole one, nor block the next try.
    await Promise.all(written.map((file) => rm(file, { force: true })));
    throw error;
  }
}
