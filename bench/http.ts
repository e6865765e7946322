// Comments posted through the real comment form endpoint of the site as `npm start` runs it:
// the same multipart request a browser without JavaScript sends, with wrk, the rate limits
// lifted as a load test needs (bench/support/site.ts). Posted to the article with 200 approved
// comments; a post is counted when its comment is in the database.
//
//   npm run bench:http -- [--seconds 20] [--connections 32]
//
// Needs wrk (Debian package `wrk`).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { numberOption, readOptions } from './options';
import { isQuickRun, reportRow } from './report';
import { freePort } from './support/processes';
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
const seconds = numberOption(options.seconds, isQuickRun() ? 8 : 20);
const connections = numberOption(options.connections, 32);
const dir = path.resolve('bench/out/http');

requireWrk();
await ensureSiteBuilt();
const server = await startSite(await freePort());
try {
  const response = await fetch(`${server.url}/articles/${slug}`);
  const html = await response.text();
  // The form as the page serves it, hidden action fields included.
  const form = /<form[^>]*id="comment-form"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  const hidden = [
    ...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g),
  ].map(([, name, value]) => [
    name ?? '',
    (value ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
  ]);
  if (!hidden.some(([name]) => name?.startsWith('$ACTION')))
    throw new Error('no server action fields in the comment form');
  const boundary = '----newsroom-bench';
  const part = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const fixed =
    hidden.map(([name, value]) => part(name ?? '', value ?? '')).join('') +
    part('name', 'Load Test') +
    part('website', '');
  const lua = `
local fixed = ${JSON.stringify(fixed)}
local boundary = "${boundary}"
local counter = 0
-- setup() runs in wrk's main Lua state and gives each thread its own global "id"
-- (a local here would shadow it, and every thread would send the same comments).
local threads = 0
function setup(thread) threads = threads + 1; thread:set("id", threads) end
function init(args) math.randomseed(os.time() + id * 7919) end
local function part(name, value)
  return "--" .. boundary .. "\\r\\nContent-Disposition: form-data; name=\\"" .. name .. "\\"\\r\\n\\r\\n" .. value .. "\\r\\n"
end
request = function()
  counter = counter + 1
  local tag = id .. "-" .. counter .. "-" .. math.random(1, 1000000000)
  local body = fixed .. part("email", "load" .. tag .. "@example.com")
    .. part("body", "Benchmark comment " .. tag .. ": the talks matter for the region.")
    .. "--" .. boundary .. "--\\r\\n"
  return wrk.format("POST", "/articles/${slug}", { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary, ["Accept-Encoding"] = "gzip", ["Origin"] = "${server.url}", ["X-Forwarded-For"] = "198.51.100." .. (counter % 250 + 1) }, body)
end`;
  // Origin as a browser sends it with every form post. Without it Next.js logs a warning per
  // post; the server's output goes to a pipe that this script reads only between wrk runs
  // (spawnSync), so the pipe filled and the server stalled on console.warn: 10 posts/s, not a
  // measure of posting (seen in a CPU profile of the server, 2026-12-02).
  mkdirSync(dir, { recursive: true });
  const script = path.join(dir, 'post.lua');
  writeFileSync(script, lua);
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
  wrk(server.url, { seconds: 3, connections: 1, args: ['-s', script] });
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
