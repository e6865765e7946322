import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { residentBytes, startServer } from './servers';
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
  test.setTimeout(180_000);
  const server = await startServer();
  try {
    const random = () => Math.random().toString(36).slice(2, 10);
    const token = () =>
      Array.from(
        { length: 43 },
        () =>
          'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 52)],
      ).join('');
    const unknown = [
      () => `/articles/${random()}`,
      () => `/og/${random()}`,
      () => `/sections/${random()}`,
      () => `/sections/${random()}/page/2`,
      () => `/sections/kurdistan/page/${500 + Math.floor(Math.random() * 5000)}`,
      () => `/topics/${random()}`,
      () => `/topics/erbil/page/${500 + Math.floor(Math.random() * 5000)}`,
      () => `/page/${500 + Math.floor(Math.random() * 5000)}`,
      () => `/comments/status/${token()}`,
      () => `/comments/${100_000 + Math.floor(Math.random() * 1e9)}/report`,
      () => `/moderation/setup/${token()}`,
    ];
    const requested: string[] = [];
    const fetchAll = async (count: number) => {
      for (let i = 0; i < count; i += 10) {
        await Promise.all(
          Array.from({ length: 10 }, async (_, j) => {
            const url = unknown[(i + j) % unknown.length]?.() ?? '/';
            requested.push(url);
            const response = await fetch(`${server.url}${url}`, { redirect: 'manual' });
            await response.arrayBuffer();
            // Not-found answers are still real 404s (the setup link says so in its page).
            if (!url.startsWith('/moderation/setup/')) expect(response.status, url).toBe(404);
          }),
        );
      }
    };
    await fetchAll(110); // every kind of request once, so its code is loaded
    const before = filesUnder('.next');
    const rssBefore = residentBytes(server.pid);
    requested.length = 0;
    await fetchAll(1000);
    const after = filesUnder('.next');
    const rssAfter = residentBytes(server.pid);

    const names = requested.map((url) => url.split('/').filter(Boolean).at(-1) ?? '');
    const grown = [...after].filter(([file, size]) => size !== before.get(file));
    // Nothing written under any of the names asked for...
    expect(grown.filter(([file]) => names.some((name) => file.includes(name)))).toEqual([]);
    // ...and, whatever other tests did meanwhile to real pages, under 1 MB in all.
    const bytes = grown.reduce((sum, [file, size]) => sum + size - (before.get(file) ?? 0), 0);
    expect(bytes).toBeLessThan(1024 * 1024);
    expect(rssAfter / rssBefore).toBeLessThan(1.1);
    console.log(
      `1,000 unknown URLs: .next grew ${bytes} bytes; server RSS ${(rssBefore / 2 ** 20).toFixed(1)} -> ${(rssAfter / 2 ** 20).toFixed(1)} MiB`,
    );
  } finally {
    await server.stop();
  }
});
