import { expect, test, type Page } from '@playwright/test';

const seedTitle = 'Hussein, Rubio discuss strengthening Iraq-US ties';
const seedPath = '/articles/hussein-rubio-discuss-strengthening-iraq-us-ties';

async function bodyFontSize(page: Page): Promise<number> {
  return page
    .locator('article .reader-text')
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

test('a reader opens the seed article from the front page', async ({ page }) => {
  await page.goto('/');
  // The article may sit on an older page of the list: follow "Older articles" like a reader would.
  const link = page.getByRole('link', { name: seedTitle });
  for (let pageNumber = 2; pageNumber <= 5 && (await link.count()) === 0; pageNumber++) {
    await page.getByRole('link', { name: /Older articles/ }).click();
    await expect(page).toHaveURL(`/page/${pageNumber}`);
  }
  await link.click();
  await expect(page).toHaveURL(seedPath);

  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(seedTitle);
  await expect(article.locator('time[datetime="2025-04-26"]')).toHaveText('26-04-2025');
  await expect(article.getByText('Rudaw', { exact: true })).toBeVisible();
  const firstParagraph = article.locator('.reader-text p').first();
  await expect(firstParagraph).toHaveText(
    /^ERBIL, Kurdistan Region - Iraqi Foreign Minister Fuad Hussein and United States Secretary of State Marco Rubio met in Washington/,
  );
  await expect(
    article.getByText(
      'Baghdad and Washington have agreed to end the coalition’s combat mission in Iraq by September.',
    ),
  ).toBeVisible();
  await expect(page).toHaveTitle(
    new RegExp(`^${seedTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|`),
  );
});

test('A+ and A- change the text size, which survives a reload, within limits', async ({ page }) => {
  await page.goto(seedPath);
  const bigger = page.getByRole('button', { name: 'Increase text size' });
  const smaller = page.getByRole('button', { name: 'Decrease text size' });
  // Each shows A+ / A- and is named by that first, then what it does (label in name).
  await expect(bigger).toHaveAccessibleName('A+ Increase text size');
  await expect(smaller).toHaveAccessibleName('A- Decrease text size');

  const initial = await bodyFontSize(page);
  await bigger.click();
  await bigger.click();
  const enlarged = await bodyFontSize(page);
  expect(enlarged).toBeGreaterThan(initial);

  await page.reload();
  // Applied before first paint by the inline script, so it is already there on load.
  expect(await bodyFontSize(page)).toBe(enlarged);

  // Another article keeps the choice too.
  await page.goto('/articles/erbil-citadel-restoration-enters-final-phase');
  expect(await bodyFontSize(page)).toBe(enlarged);

  for (let i = 0; i < 10 && (await smaller.isEnabled()); i++) await smaller.click();
  await expect(smaller).toBeDisabled();
  await expect(bigger).toBeEnabled();
  expect(await bodyFontSize(page)).toBeLessThan(initial);

  for (let i = 0; i < 10 && (await bigger.isEnabled()); i++) await bigger.click();
  await expect(bigger).toBeDisabled();
  expect(await bodyFontSize(page)).toBeGreaterThan(enlarged);
});

test('the front page paginates with working previous and next links', async ({ page }) => {
  await page.goto('/');
  const firstPageTitles = await page.getByRole('article').getByRole('heading').allTextContents();
  expect(firstPageTitles.length).toBe(20);

  await page.getByRole('link', { name: /Older articles/ }).click();
  await expect(page).toHaveURL('/page/2');
  await expect(page.getByText('Page 2 of 2', { exact: true }).first()).toBeVisible();
  const secondPageTitles = await page.getByRole('article').getByRole('heading').allTextContents();
  expect(secondPageTitles.length).toBeGreaterThan(0);
  expect(secondPageTitles.some((title) => firstPageTitles.includes(title))).toBe(false);
  await expect(page.getByRole('link', { name: /Older articles/ })).toHaveCount(0);

  await page.getByRole('link', { name: /Newer articles/ }).click();
  await expect(page).toHaveURL('/');
});

test('page 1 redirects to the front page and pages past the end are 404s', async ({ request }) => {
  const first = await request.get('/page/1', { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers().location).toBe('/');
  expect((await request.get('/page/99')).status()).toBe(404);
  expect((await request.get('/page/abc')).status()).toBe(404);
});

test('page 1 of any list, in any edition, redirects permanently to the list itself', async ({
  request,
}) => {
  const erbil = encodeURIComponent('هەولێر');
  for (const [from, to] of [
    ['/ckb/page/1', '/ckb'],
    ['/sections/iraq/page/1', '/sections/iraq'],
    ['/ar/sections/iraq/page/1', '/ar/sections/iraq'],
    ['/topics/united-states/page/1', '/topics/united-states'],
    [`/ckb/topics/${erbil}/page/1`, `/ckb/topics/${erbil}`],
  ] as const) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(response.headers().location, from).toBe(to);
  }
});

test('an unknown article is a real 404 page', async ({ page }) => {
  const response = await page.goto('/articles/no-such-story');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the front page' })).toBeVisible();
});

test('an old slug (alias) redirects permanently to the article', async ({ page, request }) => {
  const response = await request.get('/articles/iraqi-fm-hussein-meets-rubio-in-washington', {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe(seedPath);
  await page.goto('/articles/iraqi-fm-hussein-meets-rubio-in-washington');
  await expect(page).toHaveURL(seedPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedTitle);
});

test('a draft is not published', async ({ request }) => {
  expect((await request.get('/articles/kirkuk-maqam-evening-revives-old-songs')).status()).toBe(
    404,
  );
});

test('pages fit a 320px-wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', seedPath, '/page/2']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
