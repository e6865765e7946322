import { expect, test, type Browser, type Page } from '@playwright/test';
import { mail, newReader, postComment, queueItem, signIn, unique } from './support';

// Each test is a few readers and a moderator at work: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** A new reader posts a comment; returns the path of its private status link. */
async function post(browser: Browser, article: string, name: string, body: string) {
  const page = await (await newReader(browser)).newPage();
  await page.goto(article);
  await postComment(page, { name, email: mail('reports'), body });
  const status = page.getByRole('status');
  await expect(status).toContainText('awaiting moderation');
  return new URL((await status.getByRole('link').getAttribute('href')) ?? '').pathname;
}

/** The comment's id, as the moderator's queue has it. */
async function idOf(moderation: Page, name: string) {
  const value = await queueItem(moderation, name).getByRole('checkbox').getAttribute('value');
  return Number(value);
}

/** What a person sees of a page: its status code and its text. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  return { status: response?.status(), text: await page.locator('main').innerText() };
}

test('the report page shows only public comments; anything else is the same 404 as an unknown id', async ({
  browser,
}) => {
  const article = '/articles/basra-port-expansion-adds-new-container-berths';
  const [pending, rejected] = [unique('Pending'), unique('Rejected')];
  const statusPath = await post(browser, article, pending, 'Waiting for a moderator.');
  await post(browser, article, rejected, 'A moderator will say no.');
  const moderation = await (await browser.newContext()).newPage();
  await signIn(moderation, article);
  const [pendingId, rejectedId] = [
    await idOf(moderation, pending),
    await idOf(moderation, rejected),
  ];
  const item = queueItem(moderation, rejected);
  await item.getByLabel('Reason for rejecting').selectOption({ label: 'off-topic' });
  await item.getByRole('button', { name: 'Reject' }).click();
  await expect(moderation.getByRole('status')).toHaveText('1 comment rejected.');

  const page = await (await newReader(browser)).newPage();
  // Every id that is not public gets exactly what an unknown id gets: a real 404 (proxy.ts looks
  // the comment up before the page streams).
  const unknown = await visit(page, '/comments/999999999/report');
  expect(unknown.status).toBe(404);
  expect(unknown.text).toContain('Page not found');
  expect(unknown.text).not.toContain('Report a comment');
  for (const id of [pendingId, rejectedId]) {
    expect(await visit(page, `/comments/${id}/report`)).toEqual(unknown);
  }

  // The status page answers only for its own token: a forged one gets the not-found page too.
  expect((await visit(page, statusPath)).text).toContain('Awaiting moderation');
  for (const forged of [`/comments/status/${'A'.repeat(43)}`, '/comments/status/not-a-token']) {
    const { status, text } = await visit(page, forged);
    expect({ status, text }).toEqual({ status: unknown.status, text: unknown.text });
  }
});

test('a reader who sends too many reports in an hour is told to try later', async ({ browser }) => {
  test.setTimeout(240_000);
  const article = '/articles/kurdistan-schools-pilot-digital-textbooks';
  // One more than the default REPORT_HOURLY_LIMIT of 10.
  const names = Array.from({ length: 11 }, (_, i) => unique(`Limit${i}`));
  for (const [i, name] of names.entries()) {
    await post(browser, article, name, `Comment ${i} on textbooks, ${unique('text')}.`);
  }
  const moderation = await (await browser.newContext()).newPage();
  await signIn(moderation, article);
  const ids: number[] = [];
  for (const name of names) {
    ids.push(await idOf(moderation, name));
    await moderation.getByLabel(`Select comment by ${name}`).check();
  }
  await moderation.getByRole('button', { name: 'Approve selected' }).click();
  await expect(moderation.getByRole('status')).toHaveText('11 comments approved.');

  const page = await (await newReader(browser, { javaScriptEnabled: false })).newPage();
  for (const [i, id] of ids.entries()) {
    await page.goto(`/comments/${id}/report`);
    await page.getByLabel('Why are you reporting this comment?').selectOption('off-topic');
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(page.getByRole('status')).toHaveText(
      i < 10
        ? 'Thank you. A moderator will look at it.'
        : 'You have sent many reports in the past hour. Please try again later.',
    );
  }
});

test('a commenter withdraws a published comment from the status link, without JavaScript', async ({
  browser,
}) => {
  const article = '/articles/qamishli-farmers-bring-in-early-wheat-harvest';
  const name = unique('Withdrawing');
  const body = `${unique('Second thoughts')} about the harvest.`;
  const statusPath = await post(browser, article, name, body);
  const moderation = await (await browser.newContext()).newPage();
  await signIn(moderation, article);
  const id = await idOf(moderation, name);
  await queueItem(moderation, name).getByRole('button', { name: 'Approve' }).click();
  await expect(moderation.getByRole('status')).toHaveText('1 comment approved.');

  const page = await (await newReader(browser, { javaScriptEnabled: false })).newPage();
  await page.goto(article);
  await expect(page.getByRole('article', { name })).toBeVisible();
  await page.goto(statusPath);
  await page.getByRole('button', { name: 'Withdraw this comment' }).click();
  // A second step: nothing is erased by the first click.
  await expect(page.getByText('This cannot be undone.')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, withdraw and erase it' }).click();
  await expect(page).toHaveURL(new RegExp(`${statusPath}$`));
  await expect(page.getByText('Withdrawn', { exact: true })).toBeVisible();
  await expect(page.getByText(body)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Withdraw this comment' })).toHaveCount(0);

  await page.goto(article);
  await expect(page.getByRole('article', { name })).toHaveCount(0);
  await page.goto(`/comments/${id}/report`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

  await moderation.goto('/moderation/log');
  await expect(
    moderation.getByRole('row', { name: new RegExp(`withdrawn #${id}\\b`) }),
  ).toBeVisible();
  await moderation.goto('/moderation?queue=approved');
  await expect(queueItem(moderation, name)).toHaveCount(0);
});
