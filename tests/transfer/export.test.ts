import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import { exportStore, importStore } from '@/lib/transfer';
import { engines, exportedRows, exportFolder, readExport } from './open-store';
import { populate } from './populate';

describe.each(engines)('export from $name', ({ open }) => {
  test('reads one snapshot: what the site writes meanwhile is in no file', async () => {
    const store = await open();
    await populate(store.stores);
    const before = await store.counts();
    const site = await store.twin();
    const folder = exportFolder();
    await exportStore(store.database, folder, {
      // Between the comments file and the report and log files, the site takes a comment
      // (rejected on arrival, so logged) and a report.
      onTable: async (table) => {
        if (table !== 'comments') return;
        await site.comments.addComment({
          articleSlug: 'hussein-rubio',
          parentId: null,
          authorName: 'Late',
          authorEmail: 'late@example.com',
          body: 'Posted during the export',
          createdAt: 1_800_000_000_000,
          clientHash: 'late',
          statusTokenHash: 'late',
          submissionKey: 'late',
          flags: [],
          autoReject: { category: 'other', evidence: 'x' },
        });
        const reported = await site.comments.addReport({
          commentId: 3,
          clientHash: 'late',
          reason: 'other',
          now: 1_800_000_000_000,
          hideThreshold: 3,
          hourlyLimit: 0,
        });
        expect(reported).toMatchObject({ outcome: 'reported' });
      },
    });
    // The writes did happen, and none of them is in the export.
    const after = await store.counts();
    expect([after.comments, after.reports, after.moderation_log]).toEqual([
      (before.comments ?? 0) + 1,
      (before.reports ?? 0) + 1,
      (before.moderation_log ?? 0) + 1,
    ]);
    const manifest = z
      .object({ rows: z.record(z.string(), z.number()) })
      .parse(JSON.parse(readExport(folder)['manifest.json'] ?? '{}'));
    expect(manifest.rows).toEqual(before);
    const commentIds = new Set(exportedRows(folder, 'comments').map((row) => row.id));
    for (const table of ['reports', 'moderation_log'] as const)
      for (const row of exportedRows(folder, table))
        expect(commentIds.has(row.comment_id)).toBe(true);
    const copy = await open();
    await importStore(copy.database, folder);
    expect(await copy.counts()).toEqual(before);
  });

  test('refuses a folder that already holds an export, whole or partial, and leaves it as it was', async () => {
    const store = await open();
    await populate(store.stores);
    const folder = exportFolder();
    await exportStore(store.database, folder);
    const first = readExport(folder);
    await expect(exportStore(store.database, folder)).rejects.toThrow(
      `${folder} already holds an export (manifest.json); export into a new folder`,
    );
    expect(readExport(folder)).toEqual(first);

    // An export that never finished (no manifest) is refused too, not completed or mixed.
    const partial = exportFolder();
    mkdirSync(partial);
    writeFileSync(path.join(partial, 'reports.jsonl'), '');
    writeFileSync(path.join(partial, 'notes.txt'), 'kept');
    await expect(exportStore(store.database, partial)).rejects.toThrow(
      /already holds an export \(reports\.jsonl\)/,
    );
    expect(readdirSync(partial).sort()).toEqual(['notes.txt', 'reports.jsonl']);
  });
});

test('a row the site could not read back stops the export, and no file is left', async () => {
  const [sqlite] = engines;
  const store = await sqlite.open();
  await store.execute(`INSERT INTO comments (article_slug, author_name, author_email, body, status,
    flags, created_at, client_hash, status_token_hash, submission_key)
    VALUES ('a', 'n', 'e', 'b', 'pending', 'not a list', 1, 'c', 't', 'k')`);
  const folder = exportFolder();
  await expect(exportStore(store.database, folder)).rejects.toThrow(
    'comments, row 1 in key order: field "flags": expected a JSON list of screening flags',
  );
  expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
});
