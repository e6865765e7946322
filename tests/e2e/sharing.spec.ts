import { expect, test } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { imageSize } from 'image-size';
import { readJsonLd } from '../support/json-ld';
import { publishComment, unique } from './support';

const seedPath = '/articles/hussein-rubio-discuss-strengthening-iraq-us-ties';
const seedTitle = 'Hussein, Rubio discuss strengthening Iraq-US ties';

test('link previews: open-graph-scraper reads the article page', async ({ request, baseURL }) => {
  const html = await (await request.get(seedPath)).text();
  const { result, error } = await ogs({ html });
  expect(error).toBe(false);
  expect(result.ogTitle).toBe(seedTitle);
  expect(result.ogType).toBe('article');
  expect(result.ogUrl).toBe(`${baseURL}${seedPath}`);
  expect(result.ogDescription).toMatch(/^Iraqi Foreign Minister Fuad Hussein/);
  expect(result.ogSiteName).toBe('Newsroom');
  expect(result.ogLocale).toBe('en_US');
  expect(result.twitterCard).toBe('summary_large_image');
  const image = result.ogImage?.[0];
  expect(image?.url).toBe(`${baseURL}/og/hussein-rubio-discuss-strengthening-iraq-us-ties`);
  expect(image?.width).toBe('1200');
  expect(image?.height).toBe('630');
  expect(html).toContain('<meta property="article:published_time" content="2025-04-26"');
  expect(html).toContain('<meta property="article:section" content="Iraq"');
  expect(html).toContain('<meta property="article:tag" content="Diplomacy"');
  expect(html).toContain(`<link rel="canonical" href="${baseURL}${seedPath}"`);

  // The generated card is a real 1200x630 PNG.
  const png = await request.get(image?.url ?? '');
  expect(png.headers()['content-type']).toBe('image/png');
  expect(imageSize(await png.body())).toMatchObject({ type: 'png', width: 1200, height: 630 });
});

test('an article with its own photo shares that photo', async ({ request, baseURL }) => {
  const html = await (
    await request.get('/articles/erbil-citadel-restoration-enters-final-phase')
  ).text();
  const { result } = await ogs({ html });
  expect(result.ogImage?.[0]).toMatchObject({
    url: `${baseURL}/images/erbil-citadel-sunset.jpg`,
    width: '1600',
    height: '900',
  });
});

test('tracking parameters do not make a new page: the canonical URL ignores them', async ({
  request,
  baseURL,
}) => {
  const response = await request.get(`${seedPath}?utm_source=whatsapp&fbclid=abc123`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain(`<link rel="canonical" href="${baseURL}${seedPath}"`);
  expect(html).not.toContain('utm_source');
});

test('JSON-LD NewsArticle carries every property, and WebSite has a SearchAction', async ({
  request,
  baseURL,
}) => {
  const html = await (await request.get(seedPath)).text();
  // Each block is parsed with its schema (tests/support/json-ld.ts): an unknown key fails too.
  const blocks = readJsonLd(html);
  expect(blocks.map((block) => block['@type'])).toEqual(['NewsArticle']);
  const article = blocks.find((block) => block['@type'] === 'NewsArticle');
  if (!article) throw new Error('the article page has no NewsArticle block');
  expect(article).toMatchObject({
    '@context': 'https://schema.org',
    headline: seedTitle,
    datePublished: '2025-04-26',
    dateModified: '2025-04-26',
    author: { '@type': 'Organization', name: 'Rudaw' },
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: 'Newsroom',
      logo: { '@type': 'ImageObject', url: `${baseURL}/logo.png` },
    },
    articleSection: 'Iraq',
    inLanguage: 'en',
    dateline: 'ERBIL, Kurdistan Region',
    mainEntityOfPage: { '@type': 'WebPage', '@id': `${baseURL}${seedPath}` },
  });
  // The seed has no summary: its first paragraph stands in, as in the page's description.
  expect(article.description).toBe(
    'Iraqi Foreign Minister Fuad Hussein and United States Secretary of State Marco Rubio met in Washington on Friday to discuss boosting political, security, and economic ties.',
  );
  // No photo of its own: the generated share card.
  expect(article.image).toEqual([
    {
      '@type': 'ImageObject',
      url: `${baseURL}/og/hussein-rubio-discuss-strengthening-iraq-us-ties`,
      width: '1200',
      height: '630',
    },
  ]);
  expect(article.keywords).toBe('Iraq, United States, Diplomacy, Energy, ISIS, Syria');
  // Other tests comment on the seed meanwhile: the count is the one the same page shows.
  const shown = /Comments \((\d+)\)/.exec(html)?.[1];
  expect(shown).toBeDefined();
  expect(article.commentCount).toBe(Number(shown));
  // The seed is its story's original: it lists the other editions' versions, and they name it.
  expect(article.workTranslation?.map((version) => version['@id']).sort()).toEqual([
    `${baseURL}/ar/articles/hussein-rubio-iraq-us-ties-ar`,
    `${baseURL}/ckb/articles/hussein-rubio-iraq-us-ties-ckb`,
  ]);
  const arabic = readJsonLd(
    await (await request.get('/ar/articles/hussein-rubio-iraq-us-ties-ar')).text(),
  );
  expect(arabic).toHaveLength(1);
  expect(arabic[0]).toMatchObject({
    inLanguage: 'ar',
    translationOfWork: { '@id': `${baseURL}${seedPath}`, inLanguage: 'en', headline: seedTitle },
  });
  const logo = await request.get('/logo.png');
  expect(imageSize(await logo.body())).toMatchObject({ width: 600, height: 60 });

  const front = readJsonLd(await (await request.get('/')).text());
  expect(front).toEqual([
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'Newsroom',
      url: `${baseURL}/`,
      inLanguage: 'en',
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${baseURL}/search?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    },
  ]);
});

test('Copy link puts the canonical URL on the clipboard; share links are plain links', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const page = await context.newPage();
  await page.goto(`${seedPath}?utm_source=test`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${seedPath}`);
  for (const network of ['X', 'Facebook', 'WhatsApp', 'Telegram', 'LinkedIn']) {
    await expect(page.getByRole('link', { name: `Share on ${network}` })).toHaveAttribute(
      'href',
      /^https:\/\//,
    );
  }
  await expect(page.getByRole('link', { name: 'Share by email' })).toHaveAttribute(
    'href',
    /^mailto:\?subject=/,
  );
  expect(
    await page.getByRole('link', { name: 'Share on WhatsApp' }).getAttribute('href'),
  ).toContain(encodeURIComponent(`${baseURL}${seedPath}`));
});

test('a comment permalink can be copied, and opening it highlights that comment', async ({
  browser,
  baseURL,
}) => {
  const article = '/articles/newroz-fires-light-up-akre-mountainside';
  const name = unique('Permalink');
  await publishComment(browser, article, {
    name,
    email: 'permalink@example.com',
    body: 'A comment to link to.',
  });

  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const page = await context.newPage();
  await page.goto(article);
  const comment = page.getByRole('article', { name });
  const id = await comment.getAttribute('id');
  await comment.getByRole('link', { name: 'Copy link to this comment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${article}#${id}`);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(copied);
  const target = visitor.locator(`#${id}`);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
  expect(await target.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe(
    'none',
  );
});

test('section, topic and related links lead to real articles', async ({ page }) => {
  await page.goto(seedPath);
  await page
    .getByRole('article')
    .first()
    .locator('header')
    .getByRole('link', { name: 'Iraq', exact: true })
    .click();
  await expect(page).toHaveURL('/sections/iraq');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iraq');
  await expect(page.getByRole('link', { name: seedTitle })).toBeVisible();

  await page.goto(seedPath);
  await page.getByRole('link', { name: 'Diplomacy', exact: true }).click();
  await expect(page).toHaveURL('/topics/diplomacy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diplomacy');
  const topicLinks = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  expect(await topicLinks.count()).toBeGreaterThan(1);

  await page.goto(seedPath);
  const related = page.getByRole('region', { name: 'Related' }).getByRole('link');
  expect(await related.count()).toBeGreaterThan(0);
  const relatedTitle = await related.first().textContent();
  expect(relatedTitle).not.toBe(seedTitle);
  await related.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle ?? '');

  await page.goto(seedPath);
  const region = page.getByRole('region', { name: /^Also in Iraq/ });
  await expect(region).toBeVisible();
  const alsoTitles = await region.getByRole('link').allTextContents();
  // The heading's own link, then up to four other Iraq articles, never the seed itself.
  expect(alsoTitles.length).toBeGreaterThan(1);
  expect(alsoTitles).not.toContain(seedTitle);
});

test('unknown sections and topics are 404s; pages past the end too', async ({ request }) => {
  expect((await request.get('/sections/no-such-section')).status()).toBe(404);
  expect((await request.get('/topics/no-such-topic')).status()).toBe(404);
  expect((await request.get('/sections/iraq/page/99')).status()).toBe(404);
  expect((await request.get('/sections/iraq')).status()).toBe(200);
});

test('pages without an article image share the site card', async ({ request, baseURL }) => {
  const html = await (await request.get('/sections/iraq')).text();
  const { result } = await ogs({ html });
  expect(result.ogImage?.[0]).toMatchObject({
    url: `${baseURL}/og-default.png`,
    width: '1200',
    height: '630',
  });
  expect(result.ogSiteName).toBe('Newsroom');
  const png = await request.get('/og-default.png');
  expect(imageSize(await png.body())).toMatchObject({ type: 'png', width: 1200, height: 630 });
});
