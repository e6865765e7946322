import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { startTestPostgres, type TestPostgres } from '../support/postgres-server';
import { startTestRedis, type TestRedis } from '../support/redis-server';
import { deployBuild, startServer, type TestServer } from './servers';
import {
  alertIn,
  mail,
  moderator,
  newReader,
  postComment,
  queueItem,
  signIn,
  unique,
} from './support';

// Two app instances from one build, sharing comments in PostgreSQL and their caches in Redis,
// as a newsroom runs them behind a load balancer: what one does, the other shows. They are
// started with DATABASE_URL and CACHE_URL only (and where to listen).
const article = '/articles/erbil-citadel-restoration-enters-final-phase';

let postgres: TestPostgres;
let redis: TestRedis;
let deployed: { dir: string; remove: () => void };
let a: TestServer;
let b: TestServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  postgres = await startTestPostgres();
  redis = await startTestRedis();
  deployed = deployBuild();
  const env = { DATABASE_URL: postgres.url, CACHE_URL: redis.url };
  const added = spawnSync(
    'npm',
    ['run', '--silent', 'moderator', '--', 'add', moderator.username],
    {
      cwd: deployed.dir,
      env: { ...process.env, ...env },
      input: `${moderator.password}\n`,
      encoding: 'utf8',
    },
  );
  if (added.status !== 0) throw new Error(`adding the moderator failed: ${added.stderr}`);
  [a, b] = await Promise.all([
    startServer(env, { cwd: deployed.dir }),
    startServer(env, { cwd: deployed.dir }),
  ]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.close();
  await postgres?.close();
  deployed?.remove();
});

/** The article's text as a reader of `server` gets it now. */
async function articleOn(server: TestServer): Promise<string> {
  const response = await fetch(`${server.url}${article}`);
  expect(response.status).toBe(200);
  return response.text();
}

async function moderatorOn(browser: Browser, server: TestServer) {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await signIn(page, article);
  return page;
}

test('both instances announce the one build they run', async () => {
  const stamp = JSON.parse(
    readFileSync(path.join(deployed.dir, '.next/build-stamp.json'), 'utf8'),
  ) as { deploymentId?: string };
  expect(stamp.deploymentId).toMatch(/^\w+$/);
  for (const server of [a, b])
    expect(await articleOn(server)).toContain(`data-dpl-id="${stamp.deploymentId}"`);
});

test('posted on A, approved by a moderator signed in on B, shown on both; the session works on both; the rate limit counts both', async ({
  browser,
}) => {
  const comment = {
    name: unique('Two instances'),
    email: mail('two-instances'),
    body: `${unique('Seen everywhere')}: the citadel work is worth the wait.`,
  };
  // Both instances have the article cached before anything happens.
  for (const server of [a, b]) expect(await articleOn(server)).not.toContain(comment.body);

  // One reader, one address, on both instances.
  const from = '127.250.1.1';
  const onA = await (await newReader(browser, { port: a.port, from })).newPage();
  await onA.goto(article);
  await postComment(onA, comment);
  await expect(onA.getByRole('status')).toContainText('awaiting moderation');
  const onB = await (await newReader(browser, { port: b.port, from })).newPage();
  await onB.goto(article);
  await postComment(onB, { ...comment, body: `${comment.body} And a second thought.` });
  await expect(alertIn(onB)).toContainText('You are posting too quickly');
  // The reader's text is still there to send later.
  await expect(onB.getByRole('textbox', { name: 'Comment' })).toHaveValue(/a second thought/);

  const moderation = await moderatorOn(browser, b);
  await queueItem(moderation, comment.name).getByRole('button', { name: 'Approve' }).click();
  await expect(moderation.getByRole('status')).toHaveText('1 comment approved.');

  for (const server of [a, b])
    await expect
      .poll(() => articleOn(server), { timeout: 5_000, intervals: [100] })
      .toContain(comment.body);

  // The session made on B is the moderator's on A too (same host, so the same cookie).
  await moderation.goto(`${a.url}/moderation`);
  await expect(moderation).toHaveURL(`${a.url}/moderation`);
  await expect(moderation.getByRole('heading', { level: 1 })).toContainText('Moderation');
});

test('Redis down: both keep serving, the failure is logged, and a decision made meanwhile reaches the other once Redis is back', async ({
  browser,
}) => {
  const comment = {
    name: unique('Through an outage'),
    email: mail('outage'),
    body: `${unique('After the outage')}: the museum should open on Fridays.`,
  };
  const reader = await (await newReader(browser, { port: a.port })).newPage();
  await reader.goto(article);
  await postComment(reader, comment);
  await expect(reader.getByRole('status')).toContainText('awaiting moderation');
  const moderation = await moderatorOn(browser, b);
  for (const server of [a, b]) await articleOn(server);

  await redis.stop();
  try {
    for (const server of [a, b]) expect(await articleOn(server)).not.toContain(comment.body);
    await queueItem(moderation, comment.name).getByRole('button', { name: 'Approve' }).click();
    await expect(moderation.getByRole('status')).toHaveText('1 comment approved.');
    // The deciding instance shows it at once; the other cannot know yet.
    await expect.poll(() => articleOn(b), { timeout: 5_000 }).toContain(comment.body);
    expect(await articleOn(a)).toContain('<h1');
    await expect.poll(() => b.output(), { timeout: 5_000 }).toMatch(/Shared cache .* unreachable/);
  } finally {
    await redis.start();
  }
  await expect
    .poll(() => articleOn(a), { timeout: 15_000, intervals: [200] })
    .toContain(comment.body);
});

test('PostgreSQL down: articles are still read, /health says 503, and a post is refused with the text kept', async ({
  browser,
}) => {
  const reader = await (await newReader(browser, { port: a.port })).newPage();
  await reader.goto(article);
  await postgres.stop();
  try {
    expect(await articleOn(a)).toContain('<h1');
    expect(await articleOn(b)).toContain('<h1');
    const health = await fetch(`${a.url}/health`);
    expect(health.status).toBe(503);
    const body = `${unique('Kept while down')}: please keep this text.`;
    await postComment(reader, { name: unique('Patient'), email: mail('patient'), body });
    await expect(alertIn(reader)).toContainText('send it again in a moment');
    await expect(reader.getByRole('textbox', { name: 'Comment' })).toHaveValue(body);
  } finally {
    await postgres.start();
  }
  await expect.poll(async () => (await fetch(`${a.url}/health`)).status).toBe(200);
});
