import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { heapUsedAfterGc, residentBytes, startServer } from './servers';
import { alertIn, mail, newReader, postComment, unique } from './support';

// These run after every other end-to-end test, one at a time (playwright.config.ts): one holds
// the database's write lock, the other measures the server's disk and memory.

test('a locked database gives the reader "try again" with their text kept, and the server stays responsive', async ({
  browser,
}) => {
  const page = await (await newReader(browser)).newPage();
  await page.goto('/articles/halabja-opens-archive-for-survivor-testimonies');
  const comment = {
    name: unique('Patient'),
    email: mail('patient'),
    body: `${unique('Waiting')} for the database.`,
  };
  const other = new Database(process.env.E2E_DATABASE ?? 'data/e2e.db');
  other.pragma('busy_timeout = 0');
  const latencies: number[] = [];
  let polling = true;
  try {
    other.exec('BEGIN IMMEDIATE'); // another writer holds the lock for longer than a post waits
    const poll = (async () => {
      while (polling) {
        const started = performance.now();
        await (await page.request.get('/robots.txt')).text();
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    await postComment(page, comment);
    await expect(alertIn(page)).toContainText('not posted yet', { timeout: 15_000 });
    polling = false;
    await poll;
  } finally {
    polling = false;
    if (other.inTransaction) other.exec('ROLLBACK');
    other.close();
  }
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(comment.name);
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue(comment.email);
  await expect(page.getByRole('textbox', { name: 'Comment' })).toHaveValue(comment.body);
  // While the post waited for the lock, the server kept answering others: better-sqlite3's own
  // wait would have frozen it for seconds.
  const sorted = [...latencies].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Infinity;
  console.log(
    `while locked: ${latencies.length} requests answered, median ${median.toFixed(0)} ms, slowest ${(sorted.at(-1) ?? 0).toFixed(0)} ms`,
  );
  expect(latencies.length).toBeGreaterThan(5);
  expect(median).toBeLessThan(200);

  // Once the lock is gone, sending again works.
  await page.getByRole('button', { name: 'Post comment' }).click();
  await expect(page.getByRole('status')).toContainText('awaiting moderation');
});

function filesUnder(folder: string): Map<string, number> {
  const files = new Map<string, number>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(full, statSync(full).size);
    }
  };
  walk(folder);
  return files;
}

test('1,000 requests for unknown URLs write nothing and keep memory flat', async () => {
  test.setTimeout(300_000);
  const server = await startServer({}, { inspect: true });
  try {
    const random = () => Math.random().toString(36).slice(2, 10);
    const token = () =>
      Array.from(
        { length: 43 },
        () =>
          'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 52)],
      ).join('');
    const farPage = () => 500 + Math.floor(Math.random() * 5000);
    // What the issue names: unknown articles, share images, sections, topics and list pages.
    const content = [
      () => `/articles/${random()}`,
      () => `/og/${random()}`,
      () => `/sections/${random()}`,
      () => `/sections/${random()}/page/2`,
      () => `/sections/kurdistan/page/${farPage()}`,
      () => `/topics/${random()}`,
      () => `/topics/erbil/page/${farPage()}`,
      () => `/page/${farPage()}`,
    ];
    // Pages rendered per request, for ids and tokens nobody was given.
    const perRequest = [
      () => `/comments/status/${token()}`,
      () => `/comments/${100_000 + Math.floor(Math.random() * 1e9)}/report`,
      () => `/moderation/setup/${token()}`,
    ];
    const requested: string[] = [];
    const fetchAll = async (kinds: (() => string)[], count: number, missing = true) => {
      for (let i = 0; i < count; i += 10) {
        await Promise.all(
          Array.from({ length: 10 }, async (_, j) => {
            const url = kinds[(i + j) % kinds.length]?.() ?? '/';
            requested.push(url);
            const response = await fetch(`${server.url}${url}`, { redirect: 'manual' });
            await response.arrayBuffer();
            // Not-found answers are still real 404s (a setup link says in its page that it is
            // not valid).
            if (missing && !url.startsWith('/moderation/setup/'))
              expect(response.status, url).toBe(404);
          }),
        );
      }
    };
    // A server's resident memory grows over its first thousands of requests of any kind, as the
    // garbage collector sizes its heap. So the server first serves a thousand ordinary pages (and
    // a few unknown ones, to load the 404 path); then the thousand unknown URLs are measured:
    // resident memory, and the heap that is really kept, after a full collection.
    const known = [
      '/',
      '/articles/erbil-citadel-restoration-enters-final-phase',
      '/sections/kurdistan',
      '/topics/erbil',
      '/page/2',
      '/og/erbil-citadel-restoration-enters-final-phase',
      '/robots.txt',
    ].map((url) => () => url);
    await fetchAll(content, 20);
    await fetchAll(known, 1000, false);
    if (!server.inspector) throw new Error('the server has no inspector');
    const heapBefore = await heapUsedAfterGc(server.inspector);
    const before = filesUnder('.next');
    const rssBefore = residentBytes(server.pid);
    requested.length = 0;
    await fetchAll(content, 1000);
    const heapAfter = await heapUsedAfterGc(server.inspector);
    const rssAfter = residentBytes(server.pid);
    await fetchAll(perRequest, 300);
    const after = filesUnder('.next');

    // The random part of each URL (page numbers are too short to tell apart from other files).
    const names = requested
      .map((url) => url.split('/').filter(Boolean).at(-1) ?? '')
      .filter((name) => name.length > 6);
    const grown = [...after].filter(([file, size]) => size !== before.get(file));
    // Nothing written under any of the names asked for...
    expect(grown.filter(([file]) => names.some((name) => file.includes(name)))).toEqual([]);
    // ...and, whatever else happened meanwhile, under 1 MB in all.
    const bytes = grown.reduce((sum, [file, size]) => sum + size - (before.get(file) ?? 0), 0);
    expect(bytes).toBeLessThan(1024 * 1024);
    console.log(
      `1,000 unknown content URLs, then 300 per-request ones: .next grew ${bytes} bytes; server RSS ${(rssBefore / 2 ** 20).toFixed(1)} -> ${(rssAfter / 2 ** 20).toFixed(1)} MiB, heap after GC ${(heapBefore / 2 ** 20).toFixed(1)} -> ${(heapAfter / 2 ** 20).toFixed(1)} MiB`,
    );
    expect(heapAfter / heapBefore).toBeLessThan(1.05);
    expect(rssAfter / rssBefore).toBeLessThan(1.1);
  } finally {
    await server.stop();
  }
});
