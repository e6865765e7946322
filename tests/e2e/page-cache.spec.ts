import { expect, test } from '@playwright/test';
import { mail, postPendingComment, queueItem, signIn, unique } from './support';

// The server in front of Next.js answers public pages from a copy for up to a second
// (scripts/server/page-cache.mjs). A moderator's decision must drop it at once: readers see an
// approved comment on their next load, not a second later.
const article = '/articles/sulaimani-library-digitises-rare-manuscripts';

test('a page answered from memory gives way at once to a comment the moderator approves', async ({
  browser,
  request,
}) => {
  const comment = {
    name: unique('Cached page reader'),
    email: mail('cached'),
    body: `${unique('Seen at once')}: the archive deserves the attention.`,
  };
  await postPendingComment(browser, article, comment);

  const moderation = await (await browser.newContext()).newPage();
  await signIn(moderation, article);

  // Three readers keep loading the page every 50 ms while the moderator decides, so a copy taken
  // just before the decision is always there to be (wrongly) served after it.
  let reading = true;
  let hits = 0;
  const readers = Promise.all(
    [0, 1, 2].map(async () => {
      while (reading) {
        const response = await request.get(article);
        if (response.headers()['x-page-cache'] === 'hit') hits += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }),
  );
  await expect.poll(() => hits, { timeout: 10_000 }).toBeGreaterThan(0);
  await queueItem(moderation, comment.name).getByRole('button', { name: 'Approve' }).click();
  await expect(moderation.getByRole('status')).toHaveText('1 comment approved.');
  // The next loads, at once: none may be the copy from before the decision.
  const after = [];
  for (let i = 0; i < 3; i++) after.push(await (await request.get(article)).text());
  reading = false;
  await readers;
  for (const page of after) expect(page).toContain(comment.body);
});

test('pages rendered per request are never answered from a copy', async ({ request }) => {
  for (const path of ['/search?q=erbil', '/moderation/login']) {
    await request.get(path);
    const again = await request.get(path);
    expect(again.headers()['x-page-cache'], path).toBeUndefined();
  }
});
