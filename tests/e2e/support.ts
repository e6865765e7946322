import { expect, type Browser, type Page } from '@playwright/test';

export const moderator = { username: 'e2e-moderator', password: 'correct horse battery staple' };

let client = 0;
/** A browser context that looks like a different reader (its own client address) to the server. */
export async function newReader(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  client += 1;
  const worker = process.env.TEST_WORKER_INDEX ?? '0';
  return browser.newContext({
    ...options,
    // Documentation-range addresses: the server only hashes this header, nothing is contacted.
    extraHTTPHeaders: { 'x-forwarded-for': `203.0.${113 + Number(worker)}.${(client % 250) + 1}` },
  });
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

export async function signIn(page: Page) {
  await page.goto('/moderation/login');
  await page.getByLabel('Username').fill(moderator.username);
  await page.getByLabel('Password').fill(moderator.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/moderation$/);
}

/** The moderator's queue item for a comment, found by its author's name. */
export function queueItem(page: Page, name: string) {
  return page.getByRole('article', { name: new RegExp(name) });
}

/** The page's own alert (Next.js's route announcer is an alert on every page too). */
export function alertIn(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__)');
}
