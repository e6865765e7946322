import { expect, test, type Page } from '@playwright/test';
import { getMessages } from '../../lib/messages';
import { mail, newReader, pendingQueue, queueItem, signIn, unique } from './support';

// Language editions as a reader meets them: an English article leads to its Sorani version,
// which is right to left with a mirrored layout; each edition has its own front page; a
// thread mixes scripts without breaking.

const seed = '/articles/hussein-rubio-discuss-strengthening-iraq-us-ties';
const ckb = getMessages('ckb');
const ar = getMessages('ar');

/** The hreflang alternates in the page's head, as language -> absolute URL path. */
async function alternates(page: Page): Promise<Record<string, string>> {
  const links = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((elements) =>
      elements.map((link) => [
        link.getAttribute('hreflang'),
        new URL(link.getAttribute('href') ?? '').pathname,
      ]),
    );
  return Object.fromEntries(links);
}

test('an English article leads to its Sorani version, right to left, and back', async ({
  page,
}) => {
  await page.goto(seed);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const readIn = page.getByRole('navigation', { name: 'Read in' });
  // Each language is named in its own script.
  await expect(readIn.getByRole('link')).toHaveText(['کوردی', 'العربية']);
  const english = await alternates(page);
  expect(english).toMatchObject({ en: seed, 'x-default': seed });
  expect(english.ckb).toMatch(/^\/ckb\/articles\//);
  expect(english.ar).toMatch(/^\/ar\/articles\//);

  await readIn.getByRole('link', { name: 'کوردی' }).click();
  await expect(page).toHaveURL(new RegExp(`${english.ckb}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ckb');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The same alternates from this side: every version names every other one.
  expect(await alternates(page)).toEqual(english);
  // Interface text is Sorani: the comment form and its required fields.
  await expect(page.getByRole('heading', { name: ckb.postComment })).toBeVisible();
  await expect(page.getByLabel(ckb.nameLabel, { exact: true })).toBeVisible();
  // The date in the edition's digits.
  await expect(page.locator('article time').first()).toHaveText('٢٦/٠٤/٢٠٢٥');

  // Mirrored: the headline starts at the right, and the date row's first item (the date) sits
  // to the right of the text-size buttons, where English has it to their left.
  const headline = await page.getByRole('heading', { level: 1 }).boundingBox();
  const main = await page.locator('main').boundingBox();
  const date = await page.locator('article header time').first().boundingBox();
  const sizes = await page.getByRole('group', { name: ckb.textSize }).boundingBox();
  if (!headline || !main || !date || !sizes) throw new Error('layout boxes missing');
  expect(main.x + main.width - (headline.x + headline.width)).toBeLessThan(main.width / 4);
  expect(date.x).toBeGreaterThan(sizes.x);

  const back = page.getByRole('navigation', { name: ckb.readIn });
  await expect(back.getByRole('link')).toHaveText(['English', 'العربية']);
  await back.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`${seed}$`));
});

test('each edition has its own front page, feed and language', async ({ page, request }) => {
  await page.goto('/ckb');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const articleLinks = await page
    .locator('main a[href*="/articles/"]')
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
  expect(articleLinks.length).toBeGreaterThanOrEqual(4);
  for (const path of articleLinks) expect(path).toMatch(/^\/ckb\/articles\//);
  // The editions menu marks where the reader is and leads to the others.
  const editions = page.getByRole('navigation', { name: ckb.editionsNav });
  await expect(editions.getByRole('link', { name: 'کوردی' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await editions.getByRole('link', { name: 'Türkçe' }).click();
  await expect(page).toHaveURL(/\/tr$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  // The English front page lists no other edition's article.
  await page.goto('/');
  for (const path of await page
    .locator('main a[href*="/articles/"]')
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    ))
    expect(path).toMatch(/^\/articles\//);

  const feed = await (await request.get('/ar/feed.xml')).text();
  expect(feed).toContain('<language>ar</language>');
  expect(feed).toContain('/ar/articles/');
  expect(feed).not.toMatch(/<link>[^<]*\/articles\/hussein-rubio-discuss/);
  // The old English URLs stay, and /en/… is the same page under one URL.
  expect((await request.get('/feed.xml')).status()).toBe(200);
  const prefixed = await request.get(`/en${seed}`, { maxRedirects: 0 });
  expect(prefixed.status()).toBe(308);
  expect(prefixed.headers().location).toBe(seed);
});

test('a thread mixes scripts: each comment and name keeps its own direction', async ({
  browser,
}) => {
  // Two readers post, a moderator signs in and approves twice, and both pages are read again:
  // on two cores busy with the rest of the suite it has run past the 30 s default.
  test.slow();
  const sorani = { name: unique('ئاسۆ'), body: 'ئەم هەواڵە زۆر گرنگە بۆ خەڵکی هەولێر و سلێمانی.' };
  const english = {
    name: unique('Jane Doe'),
    body: 'A clear report, thank you for the English version.',
  };
  const author = await (await newReader(browser)).newPage();
  await author.goto(seed);
  // A Sorani comment under the English article, with the English form.
  await author.getByLabel('Name', { exact: true }).fill(sorani.name);
  await author.getByLabel('Email', { exact: true }).fill(mail('aso'));
  await author.getByRole('textbox', { name: 'Comment' }).fill(sorani.body);
  await author.getByRole('button', { name: 'Post comment' }).click();
  await expect(author.getByRole('status')).toContainText('awaiting moderation');

  // An English name and text under the Arabic version, with the Arabic form and messages.
  const arabicPath = (await alternates(author)).ar;
  if (!arabicPath) throw new Error('the seed has no Arabic version');
  const second = await (await newReader(browser)).newPage();
  await second.goto(arabicPath);
  await second.getByLabel(ar.nameLabel, { exact: true }).fill(english.name);
  await second.getByLabel(ar.emailLabel, { exact: true }).fill(mail('jane'));
  await second.getByRole('textbox', { name: ar.commentLabel }).fill(english.body);
  await second.getByRole('button', { name: ar.submitComment }).click();
  await expect(second.getByRole('status')).toContainText(ar.thanksPending);
  // Its private status page is in the article's language and direction too.
  const statusUrl = await second.getByRole('status').getByRole('link').getAttribute('href');
  if (!statusUrl) throw new Error('no status link');
  const status = await second.context().newPage();
  await status.goto(new URL(statusUrl).pathname);
  await expect(status.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(status.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(status.getByRole('heading', { level: 1 })).toHaveText(ar.statusTitle);
  await expect(status.getByText(ar.statusPending, { exact: true })).toBeVisible();
  await expect(status).toHaveTitle(new RegExp(ar.statusTitle));
  await status.close();

  const moderation = await (await browser.newContext()).newPage();
  await signIn(moderation);
  for (const [article, name] of [
    [seed, sorani.name],
    [arabicPath, english.name],
  ] as const) {
    await moderation.goto(pendingQueue(article));
    await queueItem(moderation, name).getByRole('button', { name: 'Approve' }).click();
    await expect(moderation.getByRole('status')).toHaveText('1 comment approved.');
  }

  await author.goto(seed);
  const soraniComment = author.getByRole('article', { name: sorani.name });
  await expect(soraniComment).toBeVisible();
  expect(
    await soraniComment.locator('p[dir="auto"]').evaluate((p) => getComputedStyle(p).direction),
  ).toBe('rtl');
  expect(await soraniComment.locator('bdi').first().textContent()).toBe(sorani.name);

  await second.goto(arabicPath);
  const englishComment = second.getByRole('article', { name: english.name });
  await expect(englishComment).toBeVisible();
  expect(
    await englishComment.locator('p[dir="auto"]').evaluate((p) => getComputedStyle(p).direction),
  ).toBe('ltr');
  // The thread around it stays right to left.
  expect(
    await second.locator('#comments-heading').evaluate((h) => getComputedStyle(h).direction),
  ).toBe('rtl');
});

test('the Arabic-script font is loaded by right-to-left pages only', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  // The English page names Sorani and Arabic in its menus, in the reader's system font.
  await page.goto(seed, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  expect(fonts).toEqual([]);
  await page.goto('/ckb/articles/hussein-rubio-iraq-us-ties-ckb', { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.length).toBeGreaterThan(0);
  for (const url of fonts) expect(new URL(url).pathname).toMatch(/^\/_next\/static\/media\//);
  // And the page is drawn with it: a face of the shipped font has loaded.
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family),
  );
  expect(loaded.join()).toMatch(/arabicScriptFont/);
});

test('search in Sorani finds spellings a keyboard without Sorani letters types, in its edition', async ({
  page,
}) => {
  // هەولێر typed as ههولير (Arabic keyboard): ە, ێ and ی written with their neighbours.
  await page.goto(`/ckb/search?q=${encodeURIComponent('ههولير')}`);
  const results = page.getByRole('list', { name: ckb.search.results });
  await expect(results.getByRole('link').first()).toBeVisible();
  for (const href of await results
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    ))
    expect(href).toMatch(/^\/ckb\//);
  await expect(page.getByText(ckb.search.inEdition(ckb.editionName))).toBeVisible();
  await page.getByRole('link', { name: ckb.search.allEditions }).click();
  await expect(page).toHaveURL(/editions=all/);
  await expect(page.getByText(ckb.search.everyEdition)).toBeVisible();
});
