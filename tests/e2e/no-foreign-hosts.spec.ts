import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { editionCodes, editionPrefix } from '../../lib/editions';
import { openRelay } from './readers';
import { mail, postComment, unique } from './support';

// No page makes the browser talk to any host but the site (issue 10, section 3): no font, script,
// image, analytics or preconnect elsewhere. A reader's privacy and the page's speed both depend
// on it, and a page that works only online is a page that breaks offline.

/** Every request the context's pages, frames and workers make that leaves `origins`. */
function foreignRequests(context: BrowserContext, origins: string[]): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!origins.includes(url.origin)) foreign.push(`${request.resourceType()} ${request.url()}`);
  });
  return foreign;
}

/**
 * Elements of the page's HTML that name another host for the browser to fetch or connect to:
 * every <link> (preconnect, dns-prefetch, preload, stylesheet, icon...) and every src, srcset,
 * poster and data, including those a lazy image would only fetch once scrolled to.
 */
async function foreignReferences(page: Page, origins: string[]): Promise<string[]> {
  const references = await page.evaluate(() => {
    if (document.contentType !== 'text/html') return [];
    const found: { element: string; url: string }[] = [];
    const add = (element: Element, value: string | null) => {
      if (!value) return;
      try {
        found.push({
          element: element.outerHTML.slice(0, 160),
          url: new URL(value, document.baseURI).href,
        });
      } catch {
        // not a URL: nothing to fetch
      }
    };
    for (const element of document.querySelectorAll('link[href]'))
      add(element, element.getAttribute('href'));
    for (const element of document.querySelectorAll('[src], [poster], object[data]'))
      for (const name of ['src', 'poster', 'data']) add(element, element.getAttribute(name));
    for (const element of document.querySelectorAll('[srcset], [imagesrcset]'))
      for (const name of ['srcset', 'imagesrcset'])
        for (const candidate of (element.getAttribute(name) ?? '').split(','))
          add(element, candidate.trim().split(/\s+/)[0] ?? null);
    return found;
  });
  return references
    .filter(({ url }) => {
      const parsed = new URL(url);
      return !['data:', 'blob:'].includes(parsed.protocol) && !origins.includes(parsed.origin);
    })
    .map(({ element, url }) => `${url} in ${element}`);
}

async function visit(page: Page, path: string, origins: string[], status = 200) {
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(status);
  expect(await foreignReferences(page, origins), `${path} names another host`).toEqual([]);
}

const seed = '/articles/hussein-rubio-discuss-strengthening-iraq-us-ties';

const pages: { name: string; path: string; status?: number }[] = [
  ...editionCodes().map((code) => ({
    name: `the front page of the ${code} edition`,
    path: editionPrefix(code) || '/',
  })),
  { name: 'an article', path: seed },
  { name: 'a section page', path: '/sections/iraq' },
  { name: 'page 2 of the front page’s list', path: '/page/2' },
  { name: 'a topic page', path: '/topics/iraq' },
  { name: 'search results', path: '/search?q=Erbil' },
  { name: 'a search with no hits', path: '/search?q=qqxzvjwk' },
  { name: 'the feed', path: '/feed.xml' },
  { name: 'the 404 page', path: '/no-such-page-here', status: 404 },
  { name: 'the moderator sign-in page', path: '/moderation/login' },
];

for (const { name, path, status } of pages) {
  test(`${name} makes no request to another host`, async ({ page, context, baseURL }) => {
    const origins = [new URL(baseURL ?? '').origin];
    const foreign = foreignRequests(context, origins);
    await visit(page, path, origins, status);
    expect(foreign, `${path} made requests to another host`).toEqual([]);
  });
}

test('posting a comment, its thanks and its status page make no request to another host', async ({
  browser,
  baseURL,
}) => {
  // A reader of their own (as support.ts's newReader), through a relay that is the site too, on
  // a loopback address of its own, so the posting limits see a new client.
  const relay = await openRelay();
  const context = await browser.newContext({ baseURL: relay.url });
  const origins = [new URL(baseURL ?? '').origin, new URL(relay.url).origin];
  const foreign = foreignRequests(context, origins);
  const page = await context.newPage();
  try {
    await visit(page, '/articles/sulaimani-bazaar-traders-report-rising-prices', origins);
    await postComment(page, {
      name: unique('Offline reader'),
      email: mail('offline'),
      body: 'Every byte of this page came from the site itself.',
    });
    const thanks = page.getByRole('status');
    await expect(thanks).toContainText('awaiting moderation');
    await page.waitForLoadState('networkidle');
    expect(await foreignReferences(page, origins), 'the thanks names another host').toEqual([]);
    const statusUrl = await thanks.getByRole('link').getAttribute('href');
    if (!statusUrl) throw new Error('the thanks has no link to the comment’s status page');
    await visit(page, new URL(statusUrl).pathname, origins);
    await expect(page.getByText('Awaiting moderation')).toBeVisible();
    expect(foreign, 'posting a comment made requests to another host').toEqual([]);
  } finally {
    await context.close();
    await relay.close();
  }
});

test('the checks report a foreign request and a foreign resource hint, by URL', async ({
  page,
  context,
  baseURL,
}) => {
  const origins = [new URL(baseURL ?? '').origin];
  const foreign = foreignRequests(context, origins);
  // Answered here: this machine has no route to any other host.
  await context.route('https://cdn.example/**', (route) => route.fulfill({ status: 204 }));
  await page.goto('/moderation/login');
  await page.evaluate(() => {
    const hint = document.createElement('link');
    hint.rel = 'preconnect';
    hint.href = 'https://fonts.example';
    document.head.append(hint);
    const image = document.createElement('img');
    image.src = 'https://cdn.example/pixel.png';
    image.alt = '';
    document.body.append(image);
  });
  await page.waitForLoadState('networkidle');
  await expect.poll(() => foreign).toEqual(['image https://cdn.example/pixel.png']);
  expect(await foreignReferences(page, origins)).toEqual([
    'https://fonts.example/ in <link rel="preconnect" href="https://fonts.example">',
    'https://cdn.example/pixel.png in <img src="https://cdn.example/pixel.png" alt="">',
  ]);
});
