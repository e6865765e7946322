// The one production build of the site that the serving, reader-facing, comments and editions
// benchmarks share, so `npm run bench` builds it once: a fixed SITE_URL and database path (both
// are baked into a build), and a database seeded before the build with the comments the pages
// are measured with. The build is made again when these settings or the sources change, so
// every benchmark that starts the site passes exactly this environment.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createSqliteAuthStore } from '../../lib/auth/sqlite';
import type { AuthStore } from '../../lib/auth/store';
import { createSqliteCommentStore } from '../../lib/comments/sqlite';
import type { CommentStore } from '../../lib/comments/store';
import { npmStartCommand } from './npm-start';
import { openSqlite } from '../../lib/db/sqlite';
import { startServer, type Server } from './processes';
// @ts-expect-error scripts/build-state.mjs is plain JavaScript without types
import { reasonToBuild } from '../../scripts/build-state.mjs';

/** The seed article, with 2 approved comments. */
export const seedSlug = 'hussein-rubio-discuss-strengthening-iraq-us-ties';
/** An article with 200 approved comments. */
export const busySlug = 'erbil-citadel-restoration-enters-final-phase';
export const busyComments = 200;

const dir = path.resolve('bench/out/site');
export const siteDatabase = path.join(dir, 'comments.db');

export const siteEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: 'http://127.0.0.1:3300',
  DATABASE_URL: `file:${siteDatabase}`,
  COMMENT_MIN_INTERVAL_SECONDS: '0',
  COMMENT_HOURLY_LIMIT: '0',
};

/** The comments every bench site has: 2 on the seed article, 200 on the busy one, approved. */
export async function seedComments(comments: CommentStore, auth: AuthStore): Promise<void> {
  const moderator = await auth.createModerator({
    username: 'bench',
    passwordHash: 'x',
    now: Date.now(),
  });
  const ids: number[] = [];
  const add = async (slug: string, i: number, total: number) => {
    const { comment } = await comments.addComment({
      articleSlug: slug,
      parentId: null,
      authorName: `Reader ${i}`,
      authorEmail: `reader${i}@example.com`,
      body: `Comment ${i}. ${'A considered view on the story and what it means for the region. '.repeat(1 + (i % 4))}`,
      createdAt: Date.now() - (total - i) * 60_000,
      clientHash: `bench-${slug}-${i}`,
      statusTokenHash: `bench-token-${slug}-${i}`,
      submissionKey: `bench-key-${slug}-${i}`,
      flags: [],
    });
    ids.push(comment.id);
  };
  for (let i = 0; i < 2; i++) await add(seedSlug, i, 2);
  for (let i = 0; i < busyComments; i++) await add(busySlug, i, busyComments);
  await comments.decide({
    commentIds: ids,
    action: 'approve',
    moderatorId: moderator?.id ?? 0,
    now: Date.now(),
  });
}

async function seed() {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = openSqlite(siteDatabase);
  await seedComments(createSqliteCommentStore(db), createSqliteAuthStore(db));
  db.close();
}

/**
 * Seeds the database and builds the site when the last build is not this one (or the
 * sources changed since); otherwise keeps both. Returns whether it built.
 */
export async function ensureSiteBuilt(): Promise<boolean> {
  const saved = { ...process.env };
  Object.assign(process.env, siteEnv);
  const reason: string | undefined = reasonToBuild();
  process.env = saved;
  if (!reason) return false;
  console.log(`Seeding ${path.relative(process.cwd(), siteDatabase)} and building (${reason}) ...`);
  await seed();
  const build = spawnSync('npm', ['run', '--silent', 'build'], {
    env: siteEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error(`npm run build failed (status ${build.status})`);
  return true;
}

/**
 * The built site as `npm start` serves it (its own command, npm-start.ts); fails if it would rebuild.
 * `env` adds to the build's own settings (another DATABASE_URL, a CACHE_URL).
 */
export async function startSite(port: number, env: Record<string, string> = {}): Promise<Server> {
  const { command, args } = npmStartCommand();
  const server = await startServer(command, args, {
    port,
    env: { ...siteEnv, ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
    timeoutMs: 120_000,
  });
  if (/Building first/.test(server.output())) {
    await server.stop();
    throw new Error('the site rebuilt on start: the build does not match bench/support/site.ts');
  }
  return server;
}
