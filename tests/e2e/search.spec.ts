import { expect, test, type Page } from '@playwright/test';
import { newReader } from './support';

const seedTitle = 'Hussein, Rubio discuss strengthening Iraq-US ties';
const seedPath = '/articles/hussein-rubio-discuss-strengthening-iraq-us-ties';

/** Searches the way a reader does: the box in the header, then the button beside it. */
async function searchFromHeader(page: Page, query: string) {
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: 'Search articles' }).fill(query);
  await header.getByRole('button', { name: 'Search', exact: true }).click();
}

const results = (page: Page) =>
  page.getByRole('list', { name: 'Search results' }).getByRole('listitem');

test('the header search finds the seed article, with the matched word marked', async ({ page }) => {
  await page.goto('/');
  await searchFromHeader(page, 'Rubio');
  await expect(page).toHaveURL('/search?q=Rubio');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page).toHaveTitle(/^Search \|/);
  await expect(page.getByText(/^\d+ results? for “Rubio”$/)).toBeVisible();
  // The results page keeps the query in its own search box.
  await expect(
    page.getByRole('main').getByRole('searchbox', { name: 'Search articles' }),
  ).toHaveValue('Rubio');

  const first = results(page).first();
  const title = first.getByRole('heading', { name: seedTitle });
  await expect(title).toBeVisible();
  await expect(title.locator('mark')).toHaveText('Rubio');
  await expect(first.locator('time')).toHaveText('26-04-2025');
  await expect(first.getByRole('link', { name: 'Iraq', exact: true })).toHaveAttribute(
    'href',
    '/sections/iraq',
  );
  // The excerpt marks the word too.
  await expect(first.locator('p mark').first()).toHaveText('Rubio');

  await first.getByRole('link', { name: seedTitle }).click();
  await expect(page).toHaveURL(seedPath);
});

test('a small typo still finds the seed article, and marks the word as it is spelled there', async ({
  page,
}) => {
  await page.goto('/');
  await searchFromHeader(page, 'Rubbio');
  await expect(page).toHaveURL('/search?q=Rubbio');
  const title = results(page).first().getByRole('heading', { name: seedTitle });
  await expect(title).toBeVisible();
  await expect(title.locator('mark')).toHaveText('Rubio');
});

test('accents do not matter: Erbîl finds Erbil', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('Erbîl')}`);
  await expect(page.getByText(/^\d+ results? for “Erbîl”$/)).toBeVisible();
  expect(await results(page).count()).toBeGreaterThan(0);
  await expect(results(page).first().locator('mark').first()).toHaveText(/^erbil$/i);
});

test('a query that matches nothing suggests the sections instead', async ({ page }) => {
  await page.goto('/');
  await searchFromHeader(page, 'zqxvbnmw');
  await expect(page.getByText('No articles match “zqxvbnmw”.')).toBeVisible();
  await expect(page.getByText('Browse a section:')).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Kurdistan', exact: true })).toHaveAttribute(
    'href',
    '/sections/kurdistan',
  );
  await expect(main.getByRole('link', { name: 'Sport', exact: true })).toHaveAttribute(
    'href',
    '/sections/sport',
  );
});

test('an empty search shows the search form only', async ({ page }) => {
  await page.goto('/search');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(
    page.getByRole('main').getByRole('searchbox', { name: 'Search articles' }),
  ).toHaveValue('');
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByText(/No articles match/)).toHaveCount(0);
});

test('results are paginated 20 to a page, with working previous and next links', async ({
  page,
}) => {
  // "said" is in (nearly) every sample article: more than one page of results.
  await page.goto('/search?q=said');
  const count = page.getByText(/^\d+ results for “said”$/);
  await expect(count).toBeVisible();
  const total = Number((await count.textContent())?.match(/^\d+/)?.[0]);
  expect(total).toBeGreaterThan(20);

  await expect(results(page)).toHaveCount(20);
  const firstPage = await results(page).getByRole('heading').allTextContents();
  await expect(page.getByRole('link', { name: /Previous results/ })).toHaveCount(0);

  await page.getByRole('link', { name: /More results/ }).click();
  await expect(page).toHaveURL('/search?q=said&page=2');
  const pages = Math.ceil(total / 20);
  await expect(page.getByText(`Page 2 of ${pages}`, { exact: true })).toBeVisible();
  await expect(results(page)).toHaveCount(Math.min(20, total - 20));
  const secondPage = await results(page).getByRole('heading').allTextContents();
  expect(secondPage.some((title) => firstPage.includes(title))).toBe(false);
  await expect(page.getByRole('link', { name: /More results/ })).toHaveCount(pages > 2 ? 1 : 0);

  await page.getByRole('link', { name: /Previous results/ }).click();
  await expect(page).toHaveURL('/search?q=said');
  expect(await results(page).getByRole('heading').allTextContents()).toEqual(firstPage);
});

test('search works with JavaScript turned off', async ({ browser }) => {
  const page = await (await newReader(browser, { javaScriptEnabled: false })).newPage();
  await page.goto('/');
  await searchFromHeader(page, 'Rubio');
  await expect(page).toHaveURL('/search?q=Rubio');
  await expect(results(page).first().getByRole('link', { name: seedTitle })).toBeVisible();
});

test('result pages name the search page as canonical, so no query is a page of its own', async ({
  page,
}) => {
  await page.goto('/search?q=Rubio&page=2');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /^https?:\/\/[^/]+\/search$/,
  );
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await page.goto('/ckb/search?q=هەولێر');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /^https?:\/\/[^/]+\/ckb\/search$/,
  );
});

test('the search box and results fit a 320px-wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/search', '/search?q=Rubio', '/search?q=said&page=2']) {
    await page.goto(path);
    await expect(
      page.getByRole('banner').getByRole('searchbox', { name: 'Search articles' }),
    ).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
