// Comments posted through the real comment form endpoint of the site as `npm start` runs it:
// the same multipart request a browser without JavaScript sends, with wrk, the rate limits
// lifted as a load test needs (bench/support/site.ts). Posted to the article with 200 approved
// comments; a post is counted when its comment is in the database.
//
//   npm run bench:http -- [--seconds 20] [--connections 32]
//
// Needs wrk (Debian package `wrk`).
import path from 'node:path';
import Database from 'better-sqlite3';
import { numberOption, readOptions } from './options';
import { isQuickRun, reportRow } from './report';
import { freePort } from './support/processes';
import { writePostScript } from './support/post-load';
import {
  busySlug as slug,
  ensureSiteBuilt,
  siteDatabase as dbFile,
  startSite,
} from './support/site';
import { requireWrk, wrk } from './support/wrk';

const options = readOptions('bench:http', {
  seconds: { type: 'string' },
  connections: { type: 'string' },
});
const seconds = numberOption(options.seconds, isQuickRun() ? 5 : 20);
/** The warm-up: long enough for the first post, which loads the action's modules. */
const warmUpSeconds = isQuickRun() ? 2 : 3;
const connections = numberOption(options.connections, 32);
const dir = path.resolve('bench/out/http');

requireWrk();
await ensureSiteBuilt();
const server = await startSite(await freePort());
try {
  const script = await writePostScript(server.url, slug, dir);
  const countPending = () => {
    const reader = new Database(dbFile, { readonly: true });
    const n =
      reader
        .prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM comments WHERE status = 'pending'")
        .get()?.n ?? 0;
    reader.close();
    return n;
  };
  // A fresh server loads the action's modules on its first post: one connection first, not
  // counted, so the measured run does not pay for it.
  wrk(server.url, { seconds: warmUpSeconds, connections: 1, args: ['-s', script] });
  const before = countPending();
  const post = wrk(server.url, { seconds, connections, args: ['-s', script] });
  const stored = countPending() - before;
  console.log(`wrk: ${JSON.stringify(post)}, ${stored} stored`);
  const how = `wrk -t1 -c${connections}, ${seconds} s`;
  reportRow({
    group: 'Comments',
    what: `comments posted/s through the form endpoint (stored, ${how})`,
    ours: stored / seconds,
    unit: '/s',
    note: `${stored} stored of ${post.requests} requests; ${post.errors} error responses`,
  });
  for (const [label, value] of [
    ['p50', post.p50Ms],
    ['p99', post.p99Ms],
  ] as const)
    reportRow({
      group: 'Comments',
      what: `form post latency ${label} (${how})`,
      ours: value,
      unit: 'ms',
      ...(post.requests === 0
        ? { note: `no post was answered within the run: wrk reports ${value} ms` }
        : {}),
    });
} finally {
  await server.stop();
}
