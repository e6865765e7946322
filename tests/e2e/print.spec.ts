import { expect, test } from '@playwright/test';
import { isDark, rgbOf } from './colours';

// On paper an article is the story itself: headline, date, dateline, body, and the address to
// find it again. The site's navigation, sharing and comments stay on screen.
const article = '/articles/hussein-rubio-discuss-strengthening-iraq-us-ties';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`an article prints without the site around it (${colorScheme} screen)`, async ({
    page,
    baseURL,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(article);
    const address = `${baseURL}${article}`;
    const printedAddress = page.getByText(address, { exact: true });
    const chrome = [
      page.getByRole('banner'),
      page.getByRole('navigation', { name: 'Sections', exact: true }),
      page.getByRole('navigation', { name: 'Read in' }),
      page.getByRole('contentinfo'),
      page.getByRole('search'),
      page.getByRole('region', { name: 'Share this article' }),
      page.getByRole('group', { name: 'Text size' }),
      page.getByRole('group', { name: 'Colour theme' }),
      page.getByRole('heading', { name: /^Comments/ }),
      page.locator('#comment-form'),
    ];
    // On screen: the chrome is there and the printed address is not.
    for (const part of chrome) await expect(part).toBeVisible();
    await expect(printedAddress).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Hussein, Rubio discuss strengthening Iraq-US ties',
    );
    const story = page.getByRole('article').first();
    await expect(story.locator('time').first()).toHaveText('26-04-2025');
    await expect(story.locator('.dateline')).toBeVisible();
    await expect(story.getByText(/Iraqi Foreign Minister Fuad Hussein/)).toBeVisible();
    await expect(printedAddress).toBeVisible();

    for (const part of chrome) await expect(part).toBeHidden();

    // Paper is white: the text is dark whichever theme the screen uses.
    expect(isDark(await rgbOf(story.locator('h1'), 'color'))).toBe(true);
    expect(isDark(await rgbOf(story.locator('.reader-text p').first(), 'color'))).toBe(true);
  });
}

test('a Sorani article prints right to left, with its own address', async ({ page, baseURL }) => {
  const sorani = '/ckb/articles/hussein-rubio-iraq-us-ties-ckb';
  await page.goto(sorani);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('article .dateline')).toBeVisible();
  await expect(page.getByText(`${baseURL}${sorani}`, { exact: true })).toBeVisible();
  for (const chrome of [
    page.getByRole('banner'),
    page.getByRole('contentinfo'),
    page.locator('#comment-form'),
  ])
    await expect(chrome).toBeHidden();
});
