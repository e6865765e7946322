import { expect, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { openRelay } from './readers';

export const moderator = { username: 'e2e-moderator', password: 'correct horse battery staple' };

/**
 * A browser context that is a different reader to the server: its requests arrive from a
 * loopback address of its own (see readers.ts), so limits and report counts see a new client.
 */
export async function newReader(
  browser: Browser,
  { port, from, ...options }: { javaScriptEnabled?: boolean; port?: number; from?: string } = {},
) {
  const relay = await openRelay(port, from);
  const context = await browser.newContext({ ...options, baseURL: relay.url });
  context.on('close', () => void relay.close());
  return context;
}

export function unique(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A fresh address for each use, so reruns never meet the per-email posting limits. */
export function mail(label: string): string {
  return `${unique(label).replace(/[^a-z0-9]+/gi, '.')}@example.com`;
}

export async function postComment(
  page: Page,
  comment: { name: string; email: string; body: string },
) {
  await page.getByLabel('Name', { exact: true }).fill(comment.name);
  await page.getByLabel('Email', { exact: true }).fill(comment.email);
  await page.getByRole('textbox', { name: 'Comment' }).fill(comment.body);
  await page.getByRole('button', { name: 'Post comment' }).click();
}

/**
 * Signs in as the e2e moderator. With `article` (its path), opens the pending queue filtered to
 * that article, so the test finds its comment however many others are waiting.
 */
export async function signIn(page: Page, article?: string) {
  await page.goto('/moderation/login');
  await page.getByLabel('Username').fill(moderator.username);
  await page.getByLabel('Password').fill(moderator.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/moderation$/);
  if (article) await page.goto(pendingQueue(article));
}

/** The pending queue of one article. */
export function pendingQueue(article: string): string {
  return `/moderation?queue=pending&article=${article.split('/').at(-1) ?? ''}`;
}

/** The moderator's queue item for a comment, found by its author's name. */
export function queueItem(page: Page, name: string) {
  return page.getByRole('article', { name: new RegExp(name) });
}

/** The page's own alert (Next.js's route announcer is an alert on every page too). */
export function alertIn(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__)');
}

/** The test server's database, read directly to check what was stored. */
export function openTestDatabase() {
  return new Database(process.env.E2E_DATABASE ?? 'data/e2e.db', { readonly: true });
}

/**
 * A reader posts a comment on `article` and the moderator approves it: the comment as readers
 * then see it. Answers the moderator's page, which shows the article's pending queue.
 */
export async function publishComment(
  browser: Browser,
  article: string,
  comment: { name: string; email: string; body: string },
): Promise<Page> {
  await postPendingComment(browser, article, comment);
  const moderation = await (await browser.newContext()).newPage();
  await signIn(moderation, article);
  await queueItem(moderation, comment.name).getByRole('button', { name: 'Approve' }).click();
  await expect(moderation.getByRole('status')).toHaveText('1 comment approved.');
  return moderation;
}

/**
 * A new reader posts a comment on `article`; it waits for moderation. With `port`, the reader
 * goes through the server (or proxy) on that port instead of the test server.
 */
export async function postPendingComment(
  browser: Browser,
  article: string,
  comment: { name: string; email: string; body: string },
  { port }: { port?: number } = {},
): Promise<void> {
  const author = await (await newReader(browser, { port })).newPage();
  await author.goto(article);
  await postComment(author, comment);
  await expect(author.getByRole('status')).toContainText('awaiting moderation');
}

/** The moderator approves every pending comment of an article, a page of the queue at a time. */
export async function approveAllPending(moderation: Page, article: string): Promise<void> {
  const slug = article.split('/').at(-1) ?? '';
  for (let round = 0; round < 100; round++) {
    await moderation.goto(`/moderation?queue=pending&article=${slug}`);
    if ((await moderation.locator('input[name="ids"]').count()) === 0) return;
    await moderation.getByRole('checkbox', { name: 'Select all on this page' }).check();
    await moderation.getByRole('button', { name: 'Approve selected' }).click();
    await expect(moderation.getByRole('status')).toContainText('approved');
  }
}

/**
 * The comment form's hidden fields (the server action's id and state, the article, the
 * honeypot), as a browser without JavaScript sends them with the form.
 */
export async function commentFormFields(page: Page): Promise<Record<string, string>> {
  const form = page.locator('form:has(textarea[name="body"])');
  const fields: Record<string, string> = {};
  for (const input of await form.locator('input[type="hidden"], input[name="website"]').all()) {
    const name = await input.getAttribute('name');
    if (name) fields[name] = (await input.getAttribute('value')) ?? '';
  }
  return fields;
}
