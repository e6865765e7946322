import { expect, test, type Locator, type Page } from '@playwright/test';
import { mail, moderator, newReader, pendingQueue, unique } from './support';

// A reader and a moderator who use only the keyboard: Tab, Shift+Tab, typing and Enter. No
// clicks and no filling of fields the keyboard has not reached.

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 80 } = {}) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached with ${limit} presses of Tab`).toBeFocused();
}

/**
 * The focused element's outline as drawn (style, width in px) and its contrast with the page
 * behind it (WCAG 1.4.11 asks 3:1 of a focus indicator).
 */
function focusRing(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return undefined;
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const luminance = (colour: string) => {
      if (!context) return 0;
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0] = [...context.getImageData(0, 0, 1, 1).data].map((value) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(element);
    const ring = luminance(style.outlineColor);
    const page = luminance(getComputedStyle(document.body).backgroundColor);
    return {
      element: element.outerHTML.slice(0, 100),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      contrast: (Math.max(ring, page) + 0.05) / (Math.min(ring, page) + 0.05),
    };
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every control on an article shows a clear focus ring (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/articles/erbil-citadel-restoration-enters-final-phase');
    const seen = new Set<string>();
    // From the top of the page through the header, the article, sharing and the comment form.
    for (let presses = 0; presses < 60; presses++) {
      await page.keyboard.press('Tab');
      const ring = await focusRing(page);
      if (!ring) continue;
      seen.add(ring.element);
      expect(ring.style, ring.element).not.toBe('none');
      expect(ring.width, ring.element).toBeGreaterThanOrEqual(2);
      expect(ring.contrast, ring.element).toBeGreaterThanOrEqual(3);
    }
    expect(seen.size).toBeGreaterThan(30);
  });
}

test('a reader posts a comment with the keyboard alone, errors first', async ({ browser }) => {
  const page = await (await newReader(browser)).newPage();
  await page.goto('/articles/snowfall-closes-mountain-roads-near-penjwen');
  const nameField = page.getByRole('textbox', { name: 'Name' });
  const emailField = page.getByRole('textbox', { name: 'Email' });
  const commentField = page.getByRole('textbox', { name: 'Comment' });
  const submit = page.getByRole('button', { name: 'Post comment' });

  // Blank text the browser lets through but the server refuses: a name and a comment of spaces.
  await tabTo(page, nameField);
  await page.keyboard.type('   ');
  await page.keyboard.press('Tab');
  await expect(emailField).toBeFocused();
  const email = mail('keys');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await expect(commentField).toBeFocused();
  await page.keyboard.type('     ');
  await page.keyboard.press('Tab');
  await expect(submit).toBeFocused();
  await page.keyboard.press('Enter');

  // The errors are announced (an alert), each field says it is invalid and points at its own
  // error, and focus lands on the first field to correct.
  await expect(page.locator('#comment-form [role="alert"]')).toHaveText(
    'Please correct the fields marked below.',
  );
  await expect(nameField).toBeFocused();
  for (const [field, error] of [
    [nameField, 'Please enter your name.'],
    [commentField, 'Please write a comment.'],
  ] as const) {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(error.replace('.', '\\.')));
  }
  await expect(emailField).toHaveAttribute('aria-invalid', 'false');

  const name = unique('Keyboard');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(commentField).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(`${unique('Typed')} without a mouse.`);
  // Back and forth: Shift+Tab reaches the field before, Tab returns.
  await page.keyboard.press('Shift+Tab');
  await expect(emailField).toBeFocused();
  await tabTo(page, submit);
  await page.keyboard.press('Enter');

  // The thanks takes focus, so it is read at once and the next Tab goes on from there.
  const thanks = page.getByRole('status');
  await expect(thanks).toContainText('Thank you. Your comment is awaiting moderation.');
  await expect(thanks).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(thanks.getByRole('link')).toBeFocused();
});

test('a moderator approves a comment with the keyboard alone', async ({ browser, page }) => {
  const article = '/articles/snowfall-closes-mountain-roads-near-penjwen';
  const name = unique('Approved by keys');
  const reader = await (await newReader(browser)).newPage();
  await reader.goto(article);
  await reader.getByLabel('Name', { exact: true }).fill(name);
  await reader.getByLabel('Email', { exact: true }).fill(mail('approve-keys'));
  await reader.getByRole('textbox', { name: 'Comment' }).fill(`${unique('Worth')} approving.`);
  await reader.getByRole('button', { name: 'Post comment' }).click();
  await expect(reader.getByRole('status')).toContainText('awaiting moderation');

  // Signing in by keyboard too.
  await page.goto('/moderation/login');
  await tabTo(page, page.getByLabel('Username'));
  await page.keyboard.type(moderator.username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(moderator.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/moderation$/);
  await page.goto(pendingQueue(article));

  // j moves from comment to comment; the one with focus is ours, then a approves it.
  const item = page.getByRole('article', { name: new RegExp(name) });
  await expect(item).toBeVisible();
  for (let presses = 0; presses < 50; presses++) {
    if (await item.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('j');
  }
  await expect(item).toBeFocused();
  await page.keyboard.press('a');
  await expect(page.getByRole('status')).toHaveText('1 comment approved.');
  await expect(item).toHaveCount(0);

  await reader.goto(article);
  await expect(reader.getByRole('article', { name })).toBeVisible();
});
