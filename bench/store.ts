// CommentStore on SQLite, next to the same statements on raw better-sqlite3, in one run.
//
//   npm run bench:store -- [--rows 1000000] [--inserts 5000]
//
// 1. Inserts: comments posted one at a time, each committed on its own with synchronous=FULL,
//    through CommentStore.addComment and as the bare INSERT on raw better-sqlite3.
// 2. Queries with --rows comments in the database: the moderators' pending queue (first page)
//    and one article's published comments, through the store and as the same SQL raw.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { emailKey } from '../lib/comments/email-key';
import { createSqliteCommentStore } from '../lib/comments/sqlite';
import { openSqlite } from '../lib/db/sqlite';
import { numberOption, readOptions } from './options';

const options = readOptions('bench:store', {
  rows: { type: 'string' },
  inserts: { type: 'string' },
});
const totalRows = numberOption(options.rows, 1_000_000);
const insertCount = numberOption(options.inserts, 5_000);
const dir = path.resolve('bench/out/store');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

function timeIt<T>(runs: number, fn: () => T) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

async function timeAsync(runs: number, fn: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

const row = (i: number) => ({
  articleSlug: `article-${i % 2000}`,
  parentId: null,
  authorName: `Reader ${i % 5000}`,
  authorEmail: `reader${i % 5000}@example.com`,
  body: `Comment ${i}: ${'a thoughtful remark about the story '.repeat(1 + (i % 6))}`,
  createdAt: 1_700_000_000_000 + i * 1000,
  clientHash: `client-${i % 7000}`,
  statusTokenHash: `token-${i}`,
  submissionKey: `key-${i}`,
  flags:
    i % 10 === 0
      ? [
          {
            phase: 'promotion',
            category: 'promotion' as const,
            evidence: 'https://x.example',
            reason: 'link',
          },
        ]
      : [],
});

// --- 1. Inserts -----------------------------------------------------------------------------
const storeDb = openSqlite(path.join(dir, 'store.db'));
const store = createSqliteCommentStore(storeDb);
const rawDb = openSqlite(path.join(dir, 'raw.db'));
const rawInsert = rawDb.prepare(`INSERT INTO comments
  (article_slug, parent_id, author_name, author_email, author_email_key, body, status, rejection_category,
   flags, flag_count, created_at, decided_at, client_hash, status_token_hash, submission_key)
  VALUES (@articleSlug, @parentId, @authorName, @authorEmail, @authorEmailKey, @body, 'pending', NULL,
   @flags, @flagCount, @createdAt, NULL, @clientHash, @statusTokenHash, @submissionKey)`);

let started = performance.now();
for (let i = 0; i < insertCount; i++) await store.addComment(row(i));
const storeRate = insertCount / ((performance.now() - started) / 1000);
started = performance.now();
for (let i = 0; i < insertCount; i++) {
  const r = row(i);
  rawInsert.run({
    ...r,
    authorEmailKey: emailKey(r.authorEmail),
    flags: JSON.stringify(r.flags),
    flagCount: r.flags.length,
  });
}
const rawRate = insertCount / ((performance.now() - started) / 1000);
console.log(
  `Inserts, one committed transaction each (synchronous=FULL, WAL), ${insertCount} comments:`,
);
console.log(`  CommentStore.addComment   ${storeRate.toFixed(0).padStart(7)} /s`);
console.log(`  raw better-sqlite3 INSERT ${rawRate.toFixed(0).padStart(7)} /s`);

// --- 2. Fill to totalRows (not timed as a benchmark: bulk, one transaction per 50,000) -----------
console.log(`\nFilling the database to ${totalRows.toLocaleString('en')} comments ...`);
const fillStarted = performance.now();
const fill = storeDb.prepare(`INSERT INTO comments
  (article_slug, parent_id, author_name, author_email, author_email_key, body, status, rejection_category,
   flags, flag_count, created_at, decided_at, client_hash, status_token_hash, submission_key)
  VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
const fillBatch = storeDb.transaction((from: number, to: number) => {
  for (let i = from; i < to; i++) {
    const r = row(i);
    // 90% approved, 5% pending, 5% rejected, as a busy site would have.
    const status = i % 20 === 0 ? 'pending' : i % 20 === 1 ? 'rejected' : 'approved';
    fill.run(
      r.articleSlug,
      r.authorName,
      r.authorEmail,
      emailKey(r.authorEmail),
      r.body,
      status,
      status === 'rejected' ? 'other' : null,
      JSON.stringify(r.flags),
      r.flags.length,
      r.createdAt,
      status === 'pending' ? null : r.createdAt + 60_000,
      r.clientHash,
      `fill-token-${i}`,
      `fill-key-${i}`,
    );
  }
});
for (let from = insertCount; from < totalRows; from += 50_000)
  fillBatch(from, Math.min(totalRows, from + 50_000));
storeDb.pragma('optimize');
console.log(`  done in ${((performance.now() - fillStarted) / 1000).toFixed(1)} s`);

// The same database file, opened a second time as a bare better-sqlite3 connection.
const bare = new Database(path.join(dir, 'store.db'), { readonly: true });
const counts = bare
  .prepare<[], { status: string; n: number }>(
    'SELECT status, COUNT(*) AS n FROM comments GROUP BY status',
  )
  .all();
console.log(`  ${counts.map((c) => `${c.n.toLocaleString('en')} ${c.status}`).join(', ')}`);

const rawQueue =
  bare.prepare(`SELECT c.*, (SELECT COUNT(*) FROM reports r WHERE r.comment_id = c.id AND r.resolved_at IS NULL) AS open_reports
  FROM comments c WHERE c.status = 'pending' ORDER BY c.flag_count DESC, c.created_at ASC, c.id ASC LIMIT 25`);
const rawQueueCount = bare.prepare(`SELECT COUNT(*) AS n FROM comments WHERE status = 'pending'`);
const rawArticle = bare.prepare(`SELECT id, parent_id, author_name, body, created_at FROM comments
  WHERE article_slug = ? AND status = 'approved' AND hidden_at IS NULL ORDER BY created_at ASC, id ASC`);

const runs = 200;
const results = {
  storeQueue: await timeAsync(runs, () =>
    store.listQueue({ queue: 'pending', limit: 25, offset: 0 }),
  ),
  rawQueue: timeIt(runs, () => [rawQueue.all(), rawQueueCount.get()]),
  storeArticle: await timeAsync(runs, () => store.listPublished('article-1234')),
  rawArticle: timeIt(runs, () => rawArticle.all('article-1234')),
};
const perArticle = rawArticle.all('article-1234').length;
const ms = (t: { median: number; p95: number }) =>
  `median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms`;
console.log(`\nQueries on ${totalRows.toLocaleString('en')} comments, ${runs} runs each:`);
console.log(`  pending queue, first page of 25 + count   store: ${ms(results.storeQueue)}`);
console.log(`                                             raw:   ${ms(results.rawQueue)}`);
console.log(`  one article's ${perArticle} published comments  store: ${ms(results.storeArticle)}`);
console.log(`                                             raw:   ${ms(results.rawArticle)}`);
bare.close();
storeDb.close();
rawDb.close();
