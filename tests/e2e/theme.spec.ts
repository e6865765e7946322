import { expect, test, type Page } from '@playwright/test';
import { nearBlack, rgbOf, white } from './colours';

// The colour theme: the system's by default, or Light or Dark as the reader picks, remembered
// in this browser and applied before the first paint.
const article = '/articles/newroz-fires-light-up-akre-mountainside';

function themeControl(page: Page) {
  return page.getByRole('group', { name: 'Colour theme' });
}

function background(page: Page) {
  return rgbOf(page.locator('body'), 'background-color');
}

test('System follows the system: light, then dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(article);
  await expect(themeControl(page).getByRole('radio', { name: 'System' })).toBeChecked();
  expect(await background(page)).toEqual(white);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toEqual(nearBlack);
});

test('Dark chosen on a light system is dark from the first paint after a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(article);
  await themeControl(page).getByRole('radio', { name: 'Dark' }).check();
  expect(await background(page)).toEqual(nearBlack);

  // Reload with the site's JavaScript bundles refused: only the inline script in <head> can
  // set the theme, so the page is dark before anything else runs.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toEqual(nearBlack);
  // The choice is kept in this browser, nowhere else.
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
  const cookies = await page.context().cookies();
  expect(cookies.filter((cookie) => /theme/i.test(cookie.name))).toEqual([]);
});

test('the theme is on the <html> before the body is parsed', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(article);
  await themeControl(page).getByRole('radio', { name: 'Dark' }).check();
  // A script that runs as the <body> tag is reached, before any of the page is painted.
  await page.addInitScript(() => {
    const seen: string[] = [];
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      seen.push(document.documentElement.getAttribute('data-theme') ?? 'none');
      seen.push(getComputedStyle(document.body).backgroundColor);
      observer.disconnect();
      Object.assign(window, { themeAtFirstBody: seen });
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  const atFirstBody = await page.evaluate(
    () => (window as unknown as { themeAtFirstBody: string[] }).themeAtFirstBody,
  );
  const settled = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(atFirstBody).toEqual(['dark', settled]);
  expect(await background(page)).toEqual(nearBlack);
});

test('Light overrides a dark system, and System gives it back', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(article);
  const control = themeControl(page);
  await control.getByRole('radio', { name: 'Light' }).check();
  expect(await background(page)).toEqual(white);
  await page.reload();
  await expect(control.getByRole('radio', { name: 'Light' })).toBeChecked();
  expect(await background(page)).toEqual(white);

  await control.getByRole('radio', { name: 'System' }).check();
  expect(await background(page)).toEqual(nearBlack);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toEqual(white);
});

test('the choice holds on pages rendered per request, under their nonce policy', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/moderation/login');
  await themeControl(page).getByRole('radio', { name: 'Dark' }).check();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toEqual(nearBlack);
  expect(errors.filter((error) => /Content Security Policy/i.test(error))).toEqual([]);
});
