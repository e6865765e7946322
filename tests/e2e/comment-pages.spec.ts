import { createHash, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { approveAllPending, signIn } from './support';

// An article with many approved comments shows 20 threads under it and the rest on comment
// pages reached by plain links, so every reader does not download all of them twice.
const slug = 'kurdistan-youth-football-league-kicks-off';
const article = `/articles/${slug}`;
const count = 45;

// The second test reads the comments the first one publishes.
test.describe.configure({ mode: 'serial' });

test('many comments are paged under the article, with and without JavaScript', async ({
  browser,
}) => {
  test.slow(); // a moderator approves 45 comments, then a reader walks three pages twice
  const run = randomBytes(4).toString('hex');
  const names = Array.from({ length: count }, (_, i) => `Paged reader ${run} ${i + 1}`);
  const db = new Database(process.env.E2E_DATABASE ?? 'data/e2e.db');
  try {
    // Readers' comments as the form stores them, waiting for moderation (oldest first).
    const insert = db.prepare(
      `INSERT INTO comments (article_slug, parent_id, author_name, author_email, body, status,
         created_at, client_hash, status_token_hash, submission_key)
       VALUES (?, NULL, ?, ?, ?, 'pending', ?, ?, ?, ?)`,
    );
    const start = Date.now() - count * 60_000;
    names.forEach((name, i) => {
      const token = createHash('sha256').update(`${run}-${i}`).digest('hex');
      insert.run(
        slug,
        name,
        `paged.${run}.${i}@example.com`,
        `Comment number ${i + 1} of run ${run} on the new league.`,
        start + i * 60_000,
        `paged-client-${run}`,
        token,
        `paged-${run}-${i}`,
      );
    });
  } finally {
    db.close();
  }

  const moderation = await (await browser.newContext()).newPage();
  await signIn(moderation);
  await approveAllPending(moderation, article);

  for (const javaScriptEnabled of [false, true]) {
    const reader = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await reader.goto(article);
    const comments = reader.getByRole('region', { name: /^Comments \(\d+\)$/ });
    await expect(reader.getByRole('heading', { name: /^Comments \(\d+\)$/ })).toBeVisible();
    const pages = reader.getByRole('navigation', { name: 'Comment pages' });
    await expect(pages).toContainText('Page 1 of 3');
    const shown = reader.locator('article.comment h3');
    await expect(shown).toHaveCount(20);
    await expect(shown.first()).toHaveText(names[0] ?? '');
    await expect(reader.getByText(names[20] ?? '', { exact: true })).toHaveCount(0);
    // The newest-first toggle reorders a whole list only: not one page of several.
    await expect(comments.getByRole('button', { name: 'Newest first' })).toHaveCount(0);

    await pages.getByRole('link', { name: /Later comments/ }).click();
    await expect(reader).toHaveURL(new RegExp(`${article}/comments/2$`));
    await expect(
      reader.getByRole('heading', { level: 1, name: /Comments on “Kurdistan Region youth/ }),
    ).toBeVisible();
    await expect(shown).toHaveCount(20);
    await expect(shown.first()).toHaveText(names[20] ?? '');
    await expect(reader.getByRole('textbox', { name: 'Comment' })).toBeVisible();

    await reader
      .getByRole('navigation', { name: 'Comment pages' })
      .getByRole('link', { name: /Later comments/ })
      .click();
    await expect(reader).toHaveURL(new RegExp(`${article}/comments/3$`));
    await expect(shown).toHaveCount(5);
    await expect(shown.last()).toHaveText(names[44] ?? '');
    await expect(
      reader.getByRole('navigation', { name: 'Comment pages' }).getByRole('link', {
        name: /Later comments/,
      }),
    ).toHaveCount(0);

    await reader.getByRole('link', { name: /Back to “Kurdistan Region youth/ }).click();
    await expect(reader).toHaveURL(new RegExp(`${article}$`));
    await reader.context().close();
  }
});

test('a link to a comment leads to the comment page it is on', async ({ page, request }) => {
  // Needs the comments of the test above; the report page's way back names the comment's page.
  await page.goto(`${article}/comments/3`);
  const last = page.locator('article.comment').last();
  const id = (await last.getAttribute('id')) ?? '';
  expect(id).toMatch(/^comment-\d+$/);
  await page.goto(`/comments/${id.replace('comment-', '')}/report`);
  await expect(page.getByRole('link', { name: /Back to “Kurdistan Region youth/ })).toHaveAttribute(
    'href',
    `${article}/comments/3#${id}`,
  );
  // Page 1 is the article itself; a page past the last and an unknown article are not pages.
  const first = await request.get(`${article}/comments/1`, { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers().location).toBe(article);
  expect((await request.get(`${article}/comments/99`)).status()).toBe(404);
  expect((await request.get('/articles/no-such-article/comments/2')).status()).toBe(404);
});
