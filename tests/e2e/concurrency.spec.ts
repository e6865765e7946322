import { expect, test, type Page } from '@playwright/test';
import { startServer } from './servers';
import {
  commentFormFields,
  mail,
  newReader,
  openTestDatabase,
  postComment,
  queueItem,
  signIn,
  unique,
} from './support';

/**
 * Sends the page's comment form `count` times at once, as a browser without JavaScript posts it
 * (the same hidden fields, the same multipart body), from the reader's own connection.
 * `vary` changes each copy. Answers the HTTP statuses and bodies.
 */
async function sendFormAtOnce(
  page: Page,
  values: { name: string; email: string; body: string },
  count: number,
  vary: 'nothing' | 'body-and-email',
): Promise<{ status: number; text: string }[]> {
  const fields = await commentFormFields(page);
  const path = new URL(page.url()).pathname;
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const copy =
        vary === 'nothing'
          ? values
          : { ...values, body: `${values.body} (${i})`, email: `n${i}.${values.email}` };
      const response = await page.request.post(path, {
        multipart: { ...fields, ...copy },
        headers: { origin: new URL(page.url()).origin },
      });
      return { status: response.status(), text: await response.text() };
    }),
  );
}

test('the same comment sent ten times at once is stored once', async ({ browser }) => {
  const page = await (await newReader(browser, { javaScriptEnabled: false })).newPage();
  await page.goto('/articles/iraq-women-futsal-team-reaches-regional-semi-finals');
  const body = `${unique('Once')} and only once.`;
  const values = { name: unique('Eager'), email: mail('eager'), body };
  const answers = await sendFormAtOnce(page, values, 10, 'nothing');
  for (const answer of answers) expect(answer.status).toBe(200);
  // Every answer carries the same status link: one comment.
  const links = new Set(
    answers.map((answer) => /\/comments\/status\/[\w-]{43}/.exec(answer.text)?.[0]),
  );
  expect(links.size).toBe(1);
  const db = openTestDatabase();
  try {
    expect(db.prepare('SELECT COUNT(*) AS n FROM comments WHERE body = ?').get(body)).toEqual({
      n: 1,
    });
  } finally {
    db.close();
  }
});

test('the hourly limit holds when one client posts many comments at once', async ({ browser }) => {
  // Only the hourly limit (10) applies on this server: the 15-second gap is off.
  const server = await startServer({ COMMENT_MIN_INTERVAL_SECONDS: '0' });
  try {
    const page = await (
      await newReader(browser, { javaScriptEnabled: false, port: server.port })
    ).newPage();
    await page.goto('/articles/halabja-pomegranate-growers-eye-gulf-exports');
    const marker = unique('Flood');
    const values = { name: unique('Flooder'), email: mail('flooder'), body: `${marker} comment` };
    const answers = await sendFormAtOnce(page, values, 25, 'body-and-email');
    for (const answer of answers) expect(answer.status).toBe(200);
    // Accepted answers carry the comment's status link (the form's thank-you text is in every
    // page's payload, so it proves nothing).
    const accepted = answers.filter((answer) => /\/comments\/status\/[\w-]{43}/.test(answer.text));
    const db = openTestDatabase();
    try {
      const stored = db
        .prepare("SELECT COUNT(*) AS n FROM comments WHERE body LIKE ? || '%'")
        .get(marker) as { n: number };
      expect(stored.n).toBe(accepted.length);
      expect(stored.n).toBeLessThanOrEqual(10);
      expect(stored.n).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  } finally {
    await server.stop();
  }
});

test('two moderators deciding one comment at once: one decision, one log entry, no error', async ({
  browser,
}) => {
  const article = '/articles/ankara-hosts-regional-talks-on-shared-rivers';
  const author = await (await newReader(browser)).newPage();
  await author.goto(article);
  const name = unique('Contested');
  await postComment(author, { name, email: mail('contested'), body: 'Decide me, both of you.' });
  await expect(author.getByRole('status')).toContainText('awaiting moderation');

  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await Promise.all([signIn(first, article), signIn(second, article)]);
  const approving = queueItem(first, name);
  const rejecting = queueItem(second, name);
  await expect(approving).toBeVisible();
  await expect(rejecting).toBeVisible();
  await rejecting.getByRole('combobox').selectOption('personal-attack');
  await Promise.all([
    approving.getByRole('button', { name: 'Approve' }).click(),
    rejecting.getByRole('button', { name: 'Reject' }).click(),
  ]);
  for (const page of [first, second]) {
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
    await expect(
      page.locator('[role="status"], [role="alert"]:not(#__next-route-announcer__)').first(),
    ).toBeVisible();
  }
  const db = openTestDatabase();
  try {
    const id = (
      db.prepare('SELECT id FROM comments WHERE author_name = ?').get(name) as { id: number }
    ).id;
    const decisions = db
      .prepare(
        "SELECT action FROM moderation_log WHERE comment_id = ? AND action IN ('approve', 'reject')",
      )
      .all(id);
    expect(decisions).toHaveLength(1);
  } finally {
    db.close();
  }
});
