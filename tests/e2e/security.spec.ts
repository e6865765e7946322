import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { startServer } from './servers';
import {
  alertIn,
  mail,
  moderator,
  newReader,
  postComment,
  publishComment,
  signIn,
  unique,
} from './support';

const article = '/articles/erbil-citadel-restoration-enters-final-phase';

function expectBaseHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  expect(headers['x-content-type-options'], label).toBe('nosniff');
  expect(headers['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options'], label).toBe('DENY');
  expect(headers['permissions-policy'], label).toMatch(/camera=\(\)/);
  // The e2e site is http: a browser that saw HSTS here would refuse it for two years.
  expect(headers['strict-transport-security'], label).toBeUndefined();
  const policy = headers['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
  ])
    expect(policy, `${label}: ${directive}`).toContain(directive);
  return policy;
}

test('every kind of response carries the security headers', async ({ request }) => {
  const home = await request.get('/');
  // The build's deployment id follows as a query (?dpl=…), which the file does not need.
  const stylesheet = /href="(\/_next\/static\/[^"?]+\.css)(?:\?[^"]*)?"/.exec(
    await home.text(),
  )?.[1];
  expect(stylesheet).toBeTruthy();
  const prerendered = [
    '/',
    article,
    '/sections/kurdistan',
    '/topics/erbil',
    '/page/2',
    '/search?q=erbil',
    '/feed.xml',
    '/sections/kurdistan/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/og/erbil-citadel-restoration-enters-final-phase',
    '/og-default.png',
    '/logo.png',
    stylesheet ?? '',
    '/articles/no-such-article',
    '/no/such/path',
    // A status link nobody was given: the prerendered 404 page.
    '/comments/status/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  ];
  for (const url of prerendered) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBeLessThan(500);
    const policy = expectBaseHeaders(response, url);
    // Prerendered pages cannot carry a per-request nonce (SECURITY.md).
    expect(policy, url).toContain("script-src 'self' 'unsafe-inline'");
    // Public pages hold nothing for one person; the header would cost every reader a fresh
    // renderer (security-headers.mjs). A comment's status path keeps it, even when it is a 404.
    expect(response.headers()['cross-origin-opener-policy'], url).toBe(
      url.startsWith('/comments/') ? 'same-origin' : undefined,
    );
  }

  for (const url of [
    '/moderation',
    '/moderation/log',
    '/moderation/login',
    '/moderation/setup/not-a-real-token',
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    const policy = expectBaseHeaders(response, url);
    const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
    expect(nonce, url).toBeTruthy();
    expect(response.headers()['cross-origin-opener-policy'], url).toBe('same-origin');
    expect(policy, url).not.toContain("'unsafe-inline' ;");
    expect(/script-src[^;]*'unsafe-inline'/.test(policy), url).toBe(false);
    if (response.status() === 200) {
      // Every script of the page carries this request's nonce, so it runs; nothing else would.
      const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, url).toBeGreaterThan(0);
      for (const script of scripts) expect(script, url).toContain(`nonce="${nonce}"`);
    }
  }

  const again = await request.get('/moderation/login');
  expect(again.headers()['content-security-policy']).not.toBe(
    (await request.get('/moderation/login')).headers()['content-security-policy'],
  );
});

test('the console works under its nonce policy, and another site cannot frame the report page', async ({
  browser,
}) => {
  const page = await (await browser.newContext()).newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Moderation');
  // Hydrated: the keyboard shortcuts are client code, which only runs if the nonce let it.
  expect(await page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe('object');
  expect(violations).toEqual([]);

  // A page on another origin (a data: URL) that frames our report form.
  const attacker = await (await browser.newContext()).newPage();
  const target = new URL('/comments/1/report', page.url()).href;
  await attacker.goto(
    `data:text/html,<iframe id="f" src="${target}" width="600" height="400"></iframe>`,
  );
  await attacker.waitForTimeout(1000);
  const frame = attacker.frames().find((candidate) => candidate !== attacker.mainFrame());
  // Chromium replaces a refused frame with its own error page: none of our page is in it.
  expect(frame?.url()).not.toBe(target);
  expect(frame ? await frame.locator('a[href="#main"]').count() : 0).toBe(0);
});

test('a forged X-Forwarded-For does not make a new commenter', async ({ browser }) => {
  const reader = await newReader(browser);
  const page = await reader.newPage();
  await page.goto('/articles/kirkuk-council-agrees-on-services-plan');
  await postComment(page, {
    name: unique('First'),
    email: mail('first'),
    body: 'A first comment from this reader.',
  });
  await expect(page.getByRole('status')).toContainText('awaiting moderation');

  // The same person, claiming to be someone else, with a new name and address.
  await reader.setExtraHTTPHeaders({ 'x-forwarded-for': '198.51.100.23' });
  await page.goto('/articles/kirkuk-council-agrees-on-services-plan');
  await postComment(page, {
    name: unique('Second'),
    email: mail('second'),
    body: 'A second comment straight after.',
  });
  await expect(alertIn(page)).toContainText('posting too quickly');
});

test('one reader rotating X-Forwarded-For reports a comment once, and it stays up', async ({
  browser,
}) => {
  const target = '/articles/duhok-dam-reservoir-rises-after-wet-spring';
  const name = unique('Targeted');
  await publishComment(browser, target, {
    name,
    email: mail('targeted'),
    body: 'An opinion someone dislikes.',
  });

  const reader = await newReader(browser);
  const page = await reader.newPage();
  const answers: string[] = [];
  for (let i = 1; i <= 4; i++) {
    await reader.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${100 + i}` });
    await page.goto(target);
    await page.getByRole('article', { name }).getByRole('link', { name: 'Report' }).click();
    await page.getByLabel('Why are you reporting this comment?').selectOption('personal-attack');
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(page).toHaveURL(/sent=/);
    answers.push((await page.getByRole('status').textContent()) ?? '');
  }
  expect(answers[0]).toBe('Thank you. A moderator will look at it.');
  for (const answer of answers.slice(1)) expect(answer).not.toBe(answers[0]);

  const other = await (await newReader(browser)).newPage();
  await other.goto(target);
  await expect(other.getByRole('article', { name })).toBeVisible();
});

/** Signs in as the e2e moderator and answers the session cookie the server set. */
async function signInCookie(page: Page): Promise<string> {
  await page.goto('/moderation/login');
  await page.getByLabel('Username').fill(moderator.username);
  await page.getByLabel('Password').fill(moderator.password);
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  const cookies = (await response.headerValues('set-cookie')).join('\n');
  return cookies.split('\n').find((line) => line.startsWith('moderator_session=')) ?? '';
}

test('without a trusted proxy, a claimed https does not change the cookie', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-proto': 'https' } });
  const cookie = await signInCookie(await context.newPage());
  expect(cookie).toMatch(/^moderator_session=/);
  expect(cookie).not.toMatch(/;\s*Secure/i);
});

test('behind a trusted proxy, the address the proxy appended is the client', async ({
  browser,
}) => {
  // The test itself plays the proxy: it connects from 127.0.0.1, which the server trusts.
  const server = await startServer({ TRUSTED_PROXIES: '127.0.0.1' });
  try {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const post = async (forwardedFor: string, label: string) => {
      // A client's own claim comes first; the proxy appends the address it saw.
      await context.setExtraHTTPHeaders({ 'x-forwarded-for': `10.0.0.1, ${forwardedFor}` });
      await page.goto('/articles/basra-port-expansion-adds-new-container-berths');
      await postComment(page, {
        name: unique(label),
        email: mail(label),
        body: `A comment from ${label}.`,
      });
    };
    await post('198.51.100.61', 'alpha');
    await expect(page.getByRole('status')).toContainText('awaiting moderation');
    await post('198.51.100.62', 'beta');
    await expect(page.getByRole('status')).toContainText('awaiting moderation');
    await post('198.51.100.61', 'alpha-again');
    await expect(alertIn(page)).toContainText('posting too quickly');

    // The proxy says the reader came over https: the session cookie is Secure, although
    // SITE_URL is http.
    await context.setExtraHTTPHeaders({
      'x-forwarded-for': '198.51.100.70',
      'x-forwarded-proto': 'https',
    });
    const cookie = await signInCookie(page);
    expect(cookie).toMatch(/^moderator_session=/);
    expect(cookie).toMatch(/;\s*Secure/i);
  } finally {
    await server.stop();
  }
});

test('oversized and cross-site posts are refused with a clear status', async ({ request }) => {
  const big = await request.post(article, {
    multipart: { name: 'A reader', email: 'reader@example.com', body: 'x'.repeat(200 * 1024) },
    headers: { origin: new URL(article, test.info().project.use.baseURL).origin },
  });
  expect(big.status()).toBe(413);
  expect(await big.text()).toContain('larger than this site accepts');

  const foreign = await request.post(article, {
    form: { name: 'A reader', body: 'hello' },
    headers: { origin: 'https://attacker.example' },
  });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toContain('sent from another website');
});

test('the comment form keeps a browser from sending too much', async ({ page }) => {
  await page.goto(article);
  await expect(page.getByRole('textbox', { name: 'Comment' })).toHaveAttribute('maxlength', '3000');
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('maxlength', /\d+/);
});

test('console pages without a live session are an HTTP redirect to sign-in', async ({
  request,
}) => {
  for (const cookie of [
    undefined,
    'moderator_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    'moderator_session=garbage',
  ]) {
    for (const url of ['/moderation', '/moderation/log', '/moderation?queue=reported']) {
      const response = await request.get(url, {
        maxRedirects: 0,
        headers: cookie ? { cookie } : {},
      });
      expect(response.status(), `${url} ${cookie}`).toBe(303);
      expect(response.headers().location, url).toMatch(/\/moderation\/login$/);
    }
  }
});

test('rotating X-Forwarded-For does not reset the sign-in lockout', async ({ browser }) => {
  const context = await newReader(browser);
  const page = await context.newPage();
  const answers: string[] = [];
  for (let attempt = 1; attempt <= 7; attempt++) {
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${150 + attempt}` });
    await page.goto('/moderation/login');
    await page.getByLabel('Username').fill('someone-guessing');
    await page.getByLabel('Password').fill(`wrong password number ${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = alertIn(page);
    await expect(alert).not.toBeEmpty();
    answers.push((await alert.textContent()) ?? '');
  }
  // Five failures are free for one username from one client; then it waits, whatever the header.
  expect(answers.slice(0, 5).every((answer) => !/locked|wait/i.test(answer))).toBe(true);
  expect(answers.at(-1)).toMatch(/locked|wait/i);
});
