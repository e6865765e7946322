import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  privateCacheControl,
  publicCacheControl,
  visibleWithinSeconds,
} from '../../scripts/server/cache-control.mjs';
import { startNginx, type TestNginx } from './nginx';
import { freePort, startServer, type TestServer } from './servers';
import {
  mail,
  newReader,
  postComment,
  postPendingComment,
  queueItem,
  signIn,
  unique,
} from './support';

// nginx with deploy/nginx.conf in front of an app instance that trusts it (TRUSTED_PROXIES),
// as deploy/README.md sets it up: what it caches, what it never caches, and how soon readers
// see a moderator's decision through it.

// One app server and one nginx for the whole file: its tests run one after another.
test.describe.configure({ mode: 'default' });

let app: TestServer | undefined;
let proxy: TestNginx | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startServer({ TRUSTED_PROXIES: '127.0.0.1' });
  proxy = await startNginx([`127.0.0.1:${app.port}`]);
});

test.afterAll(async () => {
  await proxy?.stop();
  await app?.stop();
});

function through(path: string): string {
  if (!proxy) throw new Error('nginx did not start');
  return `${proxy.url}${path}`;
}

function proxyPort(): number {
  if (!proxy) throw new Error('nginx did not start');
  return proxy.port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks twice: a page for one person must come from the app both times, never nginx's cache. */
async function expectNeverCached(request: APIRequestContext, path: string, status: number) {
  for (let i = 0; i < 2; i++) {
    const response = await request.get(through(path), { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expect(response.headers()['x-cache-status'], path).toBeUndefined();
    expect(response.headers()['cache-control'], path).toBe(privateCacheControl);
  }
}

test('an article is answered from the cache on a repeat request, compressed', async ({
  request,
}) => {
  const article = '/articles/kurdistan-youth-football-league-kicks-off';
  const first = await request.get(through(article));
  expect(first.status()).toBe(200);
  expect(first.headers()['x-cache-status']).toMatch(/^(MISS|EXPIRED)$/);
  expect(first.headers()['cache-control']).toBe(publicCacheControl);
  const again = await request.get(through(article));
  expect(again.headers()['x-cache-status']).toBe('HIT');
  expect(again.headers()['content-encoding']).toBe('gzip');
  expect(await again.text()).toBe(await first.text());

  // A list page and a feed are kept the same way.
  for (const path of ['/sections/sport', '/feed.xml']) {
    await request.get(through(path));
    expect((await request.get(through(path))).headers()['x-cache-status'], path).toBe('HIT');
  }
});

test('built files and public/ files come from disk, cached for a year, with no app running', async ({
  request,
}) => {
  const home = await (await request.get(through('/'))).text();
  // The build's deployment id follows as a query (?dpl=…), which the file does not need.
  const stylesheet = /href="(\/_next\/static\/[^"?]+\.css)(?:\?[^"]*)?"/.exec(home)?.[1];
  expect(stylesheet).toBeTruthy();
  // The same config in front of an instance that is not running.
  const alone = await startNginx([`127.0.0.1:${await freePort()}`]);
  try {
    for (const file of [stylesheet ?? '', '/images/library-shelves.jpg']) {
      const response = await request.get(`${alone.url}${file}`);
      expect(response.status(), file).toBe(200);
      expect(response.headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
      expect(response.headers()['x-content-type-options'], file).toBe('nosniff');
    }
    expect((await request.get(`${alone.url}${stylesheet}`)).headers()['content-encoding']).toBe(
      'gzip',
    );
    // Pages do need the app.
    expect((await request.get(`${alone.url}/sections/sport`)).status()).toBe(502);
  } finally {
    await alone.stop();
  }
});

test('an instance that is down is skipped: readers are answered by the others', async ({
  request,
}) => {
  if (!app) throw new Error('the app did not start');
  const pair = await startNginx([`127.0.0.1:${await freePort()}`, `127.0.0.1:${app.port}`]);
  try {
    for (const path of ['/', '/sections/iraq', '/topics/erbil', '/page/2', '/health'])
      expect((await request.get(`${pair.url}${path}`)).status(), path).toBe(200);
  } finally {
    await pair.stop();
  }
});

test('a reader posts a comment through the proxy, page script running; the post is never cached', async ({
  browser,
  request,
}) => {
  const article = '/articles/erbil-refinery-expansion-to-boost-local-fuel-supply';
  const page = await (await newReader(browser, { port: proxyPort() })).newPage();
  const opened = await page.goto(article);
  // The page itself went through nginx's cache.
  expect(opened?.headers()['x-cache-status']).toMatch(/^(MISS|EXPIRED|HIT)$/);
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await postComment(page, {
    name: unique('Proxy reader'),
    email: mail('proxy'),
    body: 'Posted through nginx, with the page’s own script.',
  });
  const post = await posted;
  // A plain form post (the public pages carry no React runtime), with JavaScript on.
  expect(await post.request().headerValue('next-action')).toBeNull();
  expect(await page.evaluate(() => Reflect.has(window, Symbol.for('newsroom.enhance')))).toBe(true);
  expect(post.status()).toBe(200);
  expect(post.headers()['cache-control']).toBe(privateCacheControl);
  // nginx did not even look in its cache for it.
  expect(post.headers()['x-cache-status']).toBeUndefined();
  const status = page.getByRole('status');
  await expect(status).toContainText('awaiting moderation');

  // The private status link it was given is never cached either.
  const statusLink = new URL((await status.getByRole('link').getAttribute('href')) ?? '');
  await expectNeverCached(request, statusLink.pathname, 200);

  // A form sent from another site is still refused, through the proxy as without it.
  const foreign = await request.post(through(article), {
    headers: { origin: 'http://evil.example' },
    multipart: { name: 'Someone', email: 'someone@example.com', body: 'From elsewhere.' },
  });
  expect(foreign.status()).toBe(403);
  expect(foreign.headers()['x-cache-status']).toBeUndefined();
});

test('the moderation console is never cached, signed in or not', async ({ browser, request }) => {
  await expectNeverCached(request, '/moderation/login', 200);
  await expectNeverCached(request, '/moderation', 303);
  await expectNeverCached(request, '/health', 200);

  const moderation = await (await browser.newContext({ baseURL: through('') })).newPage();
  await signIn(moderation);
  for (let i = 0; i < 2; i++) {
    const answer = await moderation.goto('/moderation');
    expect(answer?.status()).toBe(200);
    expect(answer?.headers()['x-cache-status']).toBeUndefined();
    expect(answer?.headers()['cache-control']).toBe(privateCacheControl);
    await expect(moderation.getByRole('heading', { level: 1 })).toContainText('Moderation');
  }

  // A signed-in moderator's requests for public pages neither come from nor go into the cache.
  const article = '/articles/iraq-electricity-demand-hits-summer-record';
  for (let i = 0; i < 2; i++) {
    const response = await moderation.request.get(article);
    expect(response.status()).toBe(200);
    expect(response.headers()['x-cache-status']).toBe('BYPASS');
  }
  expect((await request.get(through(article))).headers()['x-cache-status']).toBe('MISS');
});

test(`a comment the moderator approves is on the article through the proxy within ${visibleWithinSeconds} s`, async ({
  browser,
  request,
}) => {
  const article = '/articles/sulaimani-mountain-marathon-draws-record-field';
  const comment = {
    name: unique('Marathon reader'),
    email: mail('marathon'),
    body: `${unique('Through the proxy')}: the route past the lake is the best part.`,
  };
  await postPendingComment(browser, article, comment, { port: proxyPort() });

  // Two copies of the page in nginx's cache from before the decision: one readers keep asking
  // for, and one nobody asks for again until the time is up (a quiet page).
  const busy = through(article);
  const quiet = `${busy}?quiet`;
  for (const url of [busy, quiet]) {
    await request.get(url);
    const cached = await request.get(url);
    expect(cached.headers()['x-cache-status']).toBe('HIT');
    expect(await cached.text()).not.toContain(comment.body);
  }

  const moderation = await (await browser.newContext({ baseURL: through('') })).newPage();
  await signIn(moderation, article);
  const item = queueItem(moderation, comment.name);
  const id = await item.getByRole('checkbox').getAttribute('value');

  // Readers keep loading the busy page, every 200 ms, while the moderator decides and after.
  let reading = true;
  const loads: { startedAt: number; shows: boolean }[] = [];
  const readers = (async () => {
    while (reading) {
      const startedAt = Date.now();
      const text = await (await request.get(busy)).text();
      loads.push({ startedAt, shows: text.includes(comment.body) });
      await sleep(200);
    }
  })();
  let visibleBy: number;
  let quietShows: boolean;
  try {
    await item.getByRole('button', { name: 'Approve' }).click();
    await expect(moderation.getByRole('status')).toHaveText('1 comment approved.');
    visibleBy = Date.now() + visibleWithinSeconds * 1000;
    await sleep(visibleBy - Date.now());
    quietShows = (await (await request.get(quiet)).text()).includes(comment.body);
    await sleep(1000);
  } finally {
    reading = false;
    await readers;
  }
  expect(quietShows, 'the quiet page, loaded once when the time is up').toBe(true);
  const late = loads.filter((load) => load.startedAt >= visibleBy);
  expect(late.length).toBeGreaterThan(0);
  expect(
    late.filter((load) => !load.shows).length,
    'loads of the busy page after the time without the comment',
  ).toBe(0);

  // Its report page is for one reader at a time: never cached.
  await expectNeverCached(request, `/comments/${id}/report`, 200);
});
