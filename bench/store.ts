// CommentStore on SQLite, next to the same statements on raw better-sqlite3, in one run.
//
//   npm run bench:store -- [--rows 1000000] [--inserts 5000] [--runs 200] [--decisions 2000]
//
// 1. Inserts: comments posted one at a time, each committed on its own with synchronous=FULL,
//    through CommentStore.addComment and as the bare INSERT on raw better-sqlite3.
// 2. Queries with --rows comments in the database: the moderators' pending queue (first page and
//    its count) and one article's published comments, through the store and as the very same
//    SQL (the store's own statement text) prepared once on a raw connection. Same warm-up,
//    then interleaved run by run, which goes first alternating.
// 3. Moderation decisions: pending comments approved one decision at a time through the store.
// BENCH_QUICK=1: 100,000 comments instead of 1,000,000 (the rows say so).
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteAuthStore } from '../lib/auth/sqlite';
import { emailKey } from '../lib/comments/email-key';
import { queueSqlOrder, queueWhere } from '../lib/comments/rows';
import { createSqliteCommentStore, selectComment } from '../lib/comments/sqlite';
import { openSqlite } from '../lib/db/sqlite';
import { numberOption, readOptions } from './options';
import { isQuickRun, median, reportRow } from './report';

const quick = isQuickRun();
const options = readOptions('bench:store', {
  rows: { type: 'string' },
  inserts: { type: 'string' },
  runs: { type: 'string' },
  decisions: { type: 'string' },
});
const totalRows = numberOption(options.rows, quick ? 100_000 : 1_000_000);
const insertCount = numberOption(options.inserts, quick ? 1_000 : 5_000);
const runs = numberOption(options.runs, quick ? 50 : 200);
const decisions = numberOption(options.decisions, quick ? 300 : 2_000);
const group = 'Comments';
const size = `${totalRows.toLocaleString('en')} comments${totalRows === 1_000_000 ? '' : ' (not 1,000,000: quick or --rows)'}`;
const dir = path.resolve('bench/out/store');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

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

const insertSql = `INSERT INTO comments
  (article_slug, parent_id, author_name, author_email, author_email_key, body, status, rejection_category,
   flags, flag_count, created_at, decided_at, client_hash, status_token_hash, submission_key)
  VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

// --- 1. Inserts, alternating in blocks of 100 so both see the same machine -----------------
const storeDb = openSqlite(path.join(dir, 'store.db'));
const store = createSqliteCommentStore(storeDb);
const rawDb = openSqlite(path.join(dir, 'raw.db'));
const rawInsert = rawDb.prepare(insertSql);
let storeMs = 0;
let rawMs = 0;
for (let from = 0; from < insertCount; from += 100) {
  const to = Math.min(insertCount, from + 100);
  let started = performance.now();
  for (let i = from; i < to; i++) await store.addComment(row(i));
  storeMs += performance.now() - started;
  started = performance.now();
  for (let i = from; i < to; i++) {
    const r = row(i);
    rawInsert.run(
      r.articleSlug,
      r.authorName,
      r.authorEmail,
      emailKey(r.authorEmail),
      r.body,
      'pending',
      null,
      JSON.stringify(r.flags),
      r.flags.length,
      r.createdAt,
      null,
      r.clientHash,
      r.statusTokenHash,
      r.submissionKey,
    );
  }
  rawMs += performance.now() - started;
}
const storeRate = insertCount / (storeMs / 1000);
const rawRate = insertCount / (rawMs / 1000);
reportRow({
  group,
  what: `store inserts/s, one committed transaction each (WAL, synchronous=FULL), ${insertCount.toLocaleString('en')} comments`,
  ours: storeRate,
  unit: '/s',
  baseline: rawRate,
  baselineName: 'raw better-sqlite3 INSERT',
  goal: '≥ 0.8x',
  met: storeRate / rawRate >= 0.8,
  note:
    storeRate / rawRate >= 0.8
      ? ''
      : 'missed: addComment does more than the INSERT (its transaction, the submission-key conflict clause, building the returned comment)',
});

// --- 2. Fill to totalRows (not timed: bulk, one transaction per 50,000) -----------------------
console.log(`Filling the database to ${totalRows.toLocaleString('en')} comments ...`);
const fill = storeDb.prepare(insertSql);
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

// The same database file, opened a second time as a bare better-sqlite3 connection.
const bare = new Database(path.join(dir, 'store.db'), { readonly: true });
const where = `WHERE ${queueWhere.pending}`;
const rawQueue = bare.prepare(
  `${selectComment} ${where} ORDER BY ${queueSqlOrder.pending} LIMIT @limit OFFSET @offset`,
);
const rawQueueCount = bare.prepare(`SELECT COUNT(*) AS n FROM comments c ${where}`);
const rawArticle = bare.prepare(`SELECT id, parent_id, author_name, body, created_at FROM comments
           WHERE article_slug = ? AND status = 'approved' AND hidden_at IS NULL
           ORDER BY created_at ASC, id ASC`);
const slug = 'article-1234';

async function interleaved(ours: () => Promise<unknown>, raw: () => unknown) {
  const time = async (fn: () => unknown) => {
    const started = performance.now();
    await fn();
    return performance.now() - started;
  };
  for (let i = 0; i < 20; i++) {
    await ours();
    raw();
  }
  const oursTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      oursTimes.push(await time(ours));
      rawTimes.push(await time(raw));
    } else {
      rawTimes.push(await time(raw));
      oursTimes.push(await time(ours));
    }
  }
  return { ours: median(oursTimes), raw: median(rawTimes) };
}

const queue = await interleaved(
  () => store.listQueue({ queue: 'pending', limit: 25, offset: 0 }),
  () => [rawQueue.all({ limit: 25, offset: 0 }), rawQueueCount.get()],
);
const article = await interleaved(
  () => store.listPublished(slug),
  () => rawArticle.all(slug),
);
const perArticle = rawArticle.all(slug).length;
for (const [what, figures] of [
  ['pending queue, first page of 25 and its count', queue],
  [`one article's ${perArticle} published comments`, article],
] as const) {
  const speed = figures.raw / figures.ours;
  reportRow({
    group,
    what: `${what}, on ${size}, median of ${runs}`,
    ours: figures.ours,
    unit: 'ms',
    baseline: figures.raw,
    baselineName: 'raw better-sqlite3, same SQL',
    goal: '≥ 0.8x raw speed (time ≤ 1.25x)',
    met: speed >= 0.8,
    note:
      speed >= 0.8
        ? `${speed.toFixed(2)}x raw speed`
        : `missed: ${speed.toFixed(2)}x raw speed: lib/comments/sqlite.ts prepares this SQL again on every call and maps each row (read from the code, not profiled)`,
  });
}
bare.close();

// --- 3. Moderation decisions, one comment each, as a moderator makes them ----------------------
const moderator = await createSqliteAuthStore(storeDb).createModerator({
  username: 'bench',
  passwordHash: 'x',
  now: Date.now(),
});
const pending = storeDb
  .prepare<[number], { id: number }>(
    "SELECT id FROM comments WHERE status = 'pending' ORDER BY id LIMIT ?",
  )
  .all(decisions)
  .map((r) => r.id);
const started = performance.now();
for (const [index, id] of pending.entries())
  await store.decide({
    commentIds: [id],
    action: index % 3 === 0 ? 'reject' : 'approve',
    ...(index % 3 === 0 ? { category: 'other' as const } : {}),
    moderatorId: moderator?.id ?? 0,
    now: Date.now(),
  });
const decisionRate = pending.length / ((performance.now() - started) / 1000);
reportRow({
  group,
  what: `moderation decisions/s (CommentStore.decide, one comment each), on ${size}`,
  ours: decisionRate,
  unit: '/s',
  note: `${pending.length.toLocaleString('en')} decisions, a third of them rejections`,
});
storeDb.close();
rawDb.close();
rmSync(dir, { recursive: true, force: true });
