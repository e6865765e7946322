import { spawn, spawnSync } from 'node:child_process';
import { existsSync, realpathSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { bareNextDir } from '../../scripts/budgets/bare-next.mjs';
import { moderator, newReader, pendingQueue, postComment, queueItem } from './support';

// Byte budgets of the seed article page and of a page with 200 comments, as a browser receives
// them (issue 10, sections 1 and 3). Bytes are counted, never timed, so the same build gives the
// same figures on any machine.

const seedPath = '/articles/hussein-rubio-discuss-strengthening-iraq-us-ties';
/** The article given 200 approved comments: 199 stored before the server starts, 1 posted. */
const busyPath = '/articles/erbil-citadel-restoration-enters-final-phase';
const busyComments = 200;

/** At most this much more JavaScript (gzip) than a bare Next.js page of the same version. */
const javaScriptOverBareBudget = 10 * 1024;

/**
 * The seed article page's HTML document, gzip (node:zlib, default level), with the two approved
 * comments below. Set on 2026-12-04 from this test's measurement once the public pages were sent
 * without Next.js's runtime and its inline RSC payload: 9,089 bytes gzip (37,883 raw), rounded
 * up by 5% (it was 19,041 bytes, budget 20,000, before). Lower it as the page shrinks; never
 * raise it to let a change through.
 */
const htmlBudget = 9_550;

/**
 * An article page with 200 approved comments, HTML gzip. Comments are shown 20 threads a page
 * and the page carries no RSC payload, so it must stay near the seed article's: no reader
 * downloads 200 comments' markup, let alone twice. Set on 2026-12-04 from this test's
 * measurement, 9,157 bytes gzip (52,048 raw), rounded up by 5%; lower it as the page shrinks,
 * never raise it to let a change through.
 */
const busyHtmlBudget = 9_650;

// The comments the measured page shows: fixed text, so the page's bytes do not vary by run.
const comments = [
  {
    name: 'Budget Reader One',
    email: 'budget.reader.one@example.com',
    body: 'A useful summary of the talks. I hope the agreements on energy and security are followed by real steps.',
  },
  {
    name: 'Budget Reader Two',
    email: 'budget.reader.two@example.com',
    body: 'Thank you for reporting this. It would help to know what was said about the Kurdistan Region.',
  },
];

/** The busy article's last comment, posted as a reader would. */
const lastBusyComment = {
  name: 'Budget Reader Last',
  email: 'budget.reader.last@example.com',
  body: 'The restoration looks careful. Will the citadel stay open to visitors while the work goes on?',
};

type Server = { url: string; port: number; stop: () => Promise<void> };

/** A free loopback port among those this machine's runs set aside for these servers. */
async function freePort(): Promise<number> {
  for (let port = 3620; port <= 3629; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 3620-3629 for the budget servers');
}

/** Starts `command`, answers once it logs `ready`; fails with its output if it exits first. */
async function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; port: number; ready: RegExp },
): Promise<Server> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  while (!options.ready.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${command} ${args.join(' ')} did not start: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `http://127.0.0.1:${options.port}`,
    port: options.port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The site's build served with a database of its own, so the seed article shows exactly the
 * comments this file gives it, whatever the other tests post on the main test server.
 */
async function startSiteWithOwnDatabase(): Promise<Server> {
  const database = 'data/e2e-budget-page.db';
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${database}${suffix}`, { force: true });
  const env = {
    // The build's own SITE_URL, as the main test server has it.
    SITE_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`,
    DATABASE_URL: `file:${database}`,
    COMMENT_MIN_INTERVAL_SECONDS: '0',
  };
  const added = spawnSync(
    'npm',
    ['run', '--silent', 'moderator', '--', 'add', moderator.username],
    {
      input: `${moderator.password}\n`,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    },
  );
  if (added.status !== 0) throw new Error(`moderator add failed: ${added.stdout}${added.stderr}`);
  // All but one of the busy article's comments, through the store, before the server reads the
  // database; the last is posted and approved in the console, which renders the page again.
  const seeded = spawnSync(
    path.resolve('node_modules/.bin/tsx'),
    [
      '--conditions=react-server',
      'tests/e2e/fixtures/approved-comments.ts',
      database,
      busyPath.split('/').at(-1) ?? '',
      String(busyComments - 1),
      moderator.username,
    ],
    { env: { ...process.env, ...env }, encoding: 'utf8' },
  );
  if (seeded.status !== 0)
    throw new Error(`seeding comments failed: ${seeded.stdout}${seeded.stderr}`);
  const port = await freePort();
  return startProcess('node', ['scripts/budgets/serve-build.mjs'], {
    cwd: process.cwd(),
    env: {
      ...env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      // As the main test server: no connection may leave the machine.
      NODE_OPTIONS: [process.env.NODE_OPTIONS, '--require=./scripts/offline.cjs']
        .filter(Boolean)
        .join(' '),
    },
    port,
    ready: /> Ready on/,
  });
}

/** The bare Next.js app npm test built (scripts/budgets/build-bare-next.mjs), served by next start. */
async function startBareNext(): Promise<Server> {
  const dir = path.resolve(bareNextDir);
  if (!existsSync(path.join(dir, '.next/BUILD_ID')))
    throw new Error(
      `${bareNextDir} has no build: npm test builds it before the end-to-end tests; alone, run node scripts/budgets/build-bare-next.mjs`,
    );
  // The same Next.js as the site's, or the baseline means nothing.
  expect(realpathSync(path.join(dir, 'node_modules'))).toBe(realpathSync('node_modules'));
  const port = await freePort();
  return startProcess(
    path.resolve('node_modules/.bin/next'),
    ['start', '--port', String(port), '--hostname', '127.0.0.1'],
    { cwd: dir, env: {}, port, ready: /Ready in|started server/i },
  );
}

type Script = { url: string; raw: number; gzip: number };

/**
 * Every script a fresh browser loads for `url`, each body gzipped (node:zlib, default level),
 * counted once. Waits for the network and then the main thread to go idle, and the network
 * again, so chunks loaded late count as well.
 */
async function scriptsLoaded(browser: Browser, url: string): Promise<Script[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: Promise<Script>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      response.body().then((body) => ({
        url: new URL(response.url()).pathname,
        raw: body.length,
        gzip: gzipSync(body).length,
      })),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => resolve(undefined))),
  );
  await page.waitForLoadState('networkidle');
  const loaded = new Map((await Promise.all(scripts)).map((script) => [script.url, script]));
  await context.close();
  return [...loaded.values()].sort((a, b) => b.gzip - a.gzip);
}

const sum = (scripts: Script[]) => scripts.reduce((total, script) => total + script.gzip, 0);
const bytes = (n: number) => `${n.toLocaleString('en')} bytes`;

// One server for both budgets, in this order in one worker; a failure of one does not skip the
// other (each runs again from a fresh server).
test.describe.configure({ mode: 'default' });

let site: Server | undefined;

test.beforeAll(async ({ browser }) => {
  // A server to start, two readers and a moderator: minutes on two busy cores, not seconds.
  test.setTimeout(240_000);
  site = await startSiteWithOwnDatabase();
  const port = site.port;
  const posts = [
    ...comments.map((comment) => ({ path: seedPath, comment })),
    { path: busyPath, comment: lastBusyComment },
  ];
  for (const { path: articlePath, comment } of posts) {
    const reader = await (await newReader(browser, { port })).newPage();
    await reader.goto(articlePath);
    await postComment(reader, comment);
    await expect(reader.getByRole('status')).toContainText('awaiting moderation');
    await reader.context().close();
  }
  const moderation = await (await browser.newContext({ baseURL: site.url })).newPage();
  // As support.ts's signIn, with more time: this server is cold, and its first sign-in (the
  // password hash, the console's first render) has taken over 5 s on two busy cores.
  await moderation.goto('/moderation/login');
  await moderation.getByLabel('Username').fill(moderator.username);
  await moderation.getByLabel('Password').fill(moderator.password);
  await moderation.getByRole('button', { name: 'Sign in' }).click();
  await expect(moderation).toHaveURL(/\/moderation$/, { timeout: 30_000 });
  await moderation.goto(pendingQueue(seedPath));
  for (const { name } of comments) {
    await queueItem(moderation, name).getByRole('button', { name: 'Approve' }).click();
    await expect(moderation.getByRole('status')).toHaveText('1 comment approved.');
  }
  await moderation.goto(pendingQueue(busyPath));
  await queueItem(moderation, lastBusyComment.name)
    .getByRole('button', { name: 'Approve' })
    .click();
  await expect(moderation.getByRole('status')).toHaveText('1 comment approved.');
  await moderation.context().close();
});

test.afterAll(async () => {
  await site?.stop();
});

/**
 * The page's HTML as readers get it once `ready` holds: a cached page may still be regenerating
 * just after the approvals.
 */
async function publishedHtml(
  page: Page,
  pagePath: string,
  ready: (html: string) => void,
): Promise<Buffer> {
  let html: Buffer = Buffer.alloc(0);
  await expect(async () => {
    const response = await page.goto(pagePath);
    expect(response?.status()).toBe(200);
    html = (await response?.body()) ?? Buffer.alloc(0);
    ready(html.toString());
  }).toPass({ timeout: 30_000 });
  return html;
}

/** The HTML's gzip size (node:zlib, default level), printed and kept with the test's result. */
function measureHtml(label: string, html: Buffer, budget: number): number {
  const gzip = gzipSync(html).length;
  console.log(`${label} HTML: ${bytes(gzip)} gzip, ${bytes(html.length)} raw`);
  test.info().annotations.push({
    type: 'budget',
    description: `${label} HTML ${gzip} bytes gzip (budget ${budget}), ${html.length} raw`,
  });
  return gzip;
}

test('the seed article page’s HTML stays within its gzip budget', async ({ browser }) => {
  if (!site) throw new Error('the budget server did not start');
  const context = await browser.newContext({ baseURL: site.url });
  const page = await context.newPage();
  const html = await publishedHtml(page, seedPath, (text) => {
    for (const { name } of comments) expect(text).toContain(name);
  });
  await context.close();
  const gzip = measureHtml('seed article', html, htmlBudget);
  expect(
    gzip,
    `The seed article page's HTML is ${bytes(gzip)} gzip (${bytes(html.length)} raw) with 2 approved comments, over its budget of ${bytes(htmlBudget)} (htmlBudget in tests/e2e/budgets.spec.ts). Every reader downloads it before seeing anything: find what grew (the inline RSC payload, markup sent twice) and cut it.`,
  ).toBeLessThanOrEqual(htmlBudget);
});

test('an article page with 200 comments stays within its gzip budget', async ({ browser }) => {
  if (!site) throw new Error('the budget server did not start');
  const context = await browser.newContext({ baseURL: site.url });
  const page = await context.newPage();
  const html = await publishedHtml(page, busyPath, (text) =>
    expect(text).toContain(`Comments (${busyComments})`),
  );
  // One page of threads, oldest first: the 20 first, not the 21st, nor the one posted last.
  await expect(page.getByText('Budget reader 20', { exact: true })).toBeVisible();
  await expect(page.getByText('Budget reader 21', { exact: true })).toHaveCount(0);
  await expect(page.getByText(lastBusyComment.body)).toHaveCount(0);
  await context.close();
  const gzip = measureHtml('200-comment article', html, busyHtmlBudget);
  expect(
    gzip,
    `The page of an article with ${busyComments} approved comments is ${bytes(gzip)} of HTML gzip (${bytes(html.length)} raw), over its budget of ${bytes(busyHtmlBudget)} (busyHtmlBudget in tests/e2e/budgets.spec.ts). Check that comments are still shown a page of threads at a time and that nothing sends them twice.`,
  ).toBeLessThanOrEqual(busyHtmlBudget);
});

test('the seed article page loads at most 10 KB more JavaScript than a bare Next.js page', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  if (!site) throw new Error('the budget server did not start');
  const bareServer = await startBareNext();
  let bare: Script[];
  try {
    bare = await scriptsLoaded(browser, `${bareServer.url}/`);
  } finally {
    await bareServer.stop();
  }
  const article = await scriptsLoaded(browser, `${site.url}${seedPath}`);
  // Nothing measured would pass any budget: the bare page runs Next.js's client, the article its
  // own script (the next test says which).
  expect(bare.length).toBeGreaterThan(0);
  expect(article.length).toBeGreaterThan(0);
  const over = sum(article) - sum(bare);
  console.log(
    `JavaScript gzip: seed article ${bytes(sum(article))} in ${article.length} scripts, bare Next.js page ${bytes(sum(bare))} in ${bare.length}: ${bytes(over)} more`,
  );
  test.info().annotations.push({
    type: 'budget',
    description: `JavaScript gzip: article ${sum(article)}, bare ${sum(bare)}, over ${over} (budget ${javaScriptOverBareBudget})`,
  });
  const list = (scripts: Script[]) =>
    scripts.map((script) => `  ${script.url}: ${bytes(script.gzip)} gzip`).join('\n');
  expect(
    over,
    `The seed article page loads ${bytes(sum(article))} of JavaScript (gzip, ${article.length} scripts), ${bytes(over)} more than a bare Next.js page of the same version (${bytes(sum(bare))}, ${bare.length} scripts): over the budget of +${bytes(javaScriptOverBareBudget)}. Check what a new client component or import brings (tests/budgets/client-components.ts). The article page's scripts:\n${list(article)}\nThe bare page's:\n${list(bare)}`,
  ).toBeLessThanOrEqual(javaScriptOverBareBudget);
});

// The public pages are sent without Next.js's runtime (scripts/server/documents.mjs): their one
// script is public/enhance.js. A page that brings React back (a chunk, the RSC payload) fails
// here, whatever its size.
test('the public pages load one script, public/enhance.js, and no inline RSC payload', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  if (!site) throw new Error('the budget server did not start');
  for (const path of [seedPath, '/', '/sections/iraq', '/search?q=erbil', '/ckb']) {
    const scripts = await scriptsLoaded(browser, `${site.url}${path}`);
    expect(
      scripts.map((script) => script.url),
      path,
    ).toEqual(['/enhance.js']);
    const html = await (await fetch(`${site.url}${path}`)).text();
    expect(html, path).not.toContain('self.__next_f');
    expect(html, path).not.toMatch(/\/_next\/static\/[^"]*\.js/);
    expect(html, path).toMatch(/\/_next\/static\/[^"]*\.css/); // its stylesheet stays
    // Named by its content, so browsers keep it: no revalidation on every page view.
    const script = /<script src="(\/enhance\.js\?v=[^"]+)"/.exec(html)?.[1];
    expect(script, path).toBeTruthy();
    const answer = await fetch(`${site.url}${script}`);
    expect(answer.status, path).toBe(200);
    expect(answer.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
  }
  // Any other URL of the file may be old content under a new name: not kept.
  const stale = await fetch(`${site.url}/enhance.js?v=not-its-digest`);
  expect(stale.headers.get('cache-control')).not.toContain('immutable');
});
