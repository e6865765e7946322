// HTTP figures against the production server as `npm start` runs it, with wrk:
//  - GET an article page that has 200 approved comments (the cached comments section);
//  - POST new comments through the real comment form endpoint (the same multipart request a
//    browser without JavaScript sends), with the rate limits lifted as a load test needs.
//
//   npm run bench:http -- [--seconds 20] [--connections 32]
//
// Needs wrk (Debian package `wrk`). Builds the site against its own database in bench/out/http.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteAuthStore } from '../lib/auth/sqlite';
import { createSqliteCommentStore } from '../lib/comments/sqlite';
import { openSqlite } from '../lib/db/sqlite';
import { numberOption, readOptions } from './options';

const options = readOptions('bench:http', {
  seconds: { type: 'string' },
  connections: { type: 'string' },
});
const seconds = numberOption(options.seconds, 20);
const connections = numberOption(options.connections, 32);
const port = 3300;
const base = `http://127.0.0.1:${port}`;
const slug = 'hussein-rubio-discuss-strengthening-iraq-us-ties';
const dir = path.resolve('bench/out/http');
const dbFile = path.join(dir, 'comments.db');

if (spawnSync('wrk', ['--version']).error) {
  console.error('wrk is not installed: apt-get install -y wrk');
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

// 200 approved comments on the article, in the database the build reads.
const db = openSqlite(dbFile);
const comments = createSqliteCommentStore(db);
const moderator = await createSqliteAuthStore(db).createModerator({
  username: 'bench',
  passwordHash: 'x',
  now: Date.now(),
});
const ids: number[] = [];
for (let i = 0; i < 200; i++) {
  const { comment } = await comments.addComment({
    articleSlug: slug,
    parentId: null,
    authorName: `Reader ${i}`,
    authorEmail: `reader${i}@example.com`,
    body: `Comment ${i}. ${'A considered view on the talks between Baghdad and Washington. '.repeat(1 + (i % 4))}`,
    createdAt: Date.now() - (200 - i) * 60_000,
    clientHash: `bench-${i}`,
    statusTokenHash: `bench-token-${i}`,
    submissionKey: `bench-key-${i}`,
    flags: [],
  });
  ids.push(comment.id);
}
await comments.decide({
  commentIds: ids,
  action: 'approve',
  moderatorId: moderator?.id ?? 0,
  now: Date.now(),
});
db.close();

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: `file:${dbFile}`,
  SITE_URL: base,
  COMMENT_MIN_INTERVAL_SECONDS: '0',
  COMMENT_HOURLY_LIMIT: '0',
};
console.log('Building against the benchmark database ...');
if (
  spawnSync('npm', ['run', '--silent', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
    .status !== 0
)
  process.exit(1);
// Started the way `npm start` starts it: Next.js behind scripts/server/serve.mjs.
const server = spawn(process.execPath, ['scripts/start.mjs'], {
  env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
  stdio: 'ignore',
});
try {
  let html = '';
  for (let i = 0; i < 100 && !html; i++) {
    try {
      const response = await fetch(`${base}/articles/${slug}`);
      if (response.ok) html = await response.text();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  if (!html.includes('Comments (200)'))
    throw new Error('the article page does not show its 200 comments');

  const wrk = (args: string[]) => {
    const result = spawnSync(
      'wrk',
      ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', ...args],
      { encoding: 'utf8' },
    );
    const rps = /Requests\/sec:\s+([\d.]+)/.exec(result.stdout)?.[1];
    const p99 = /99%\s+([\d.]+\w+)/.exec(result.stdout)?.[1];
    const p50 = /50%\s+([\d.]+\w+)/.exec(result.stdout)?.[1];
    const errors = /Non-2xx or 3xx responses: (\d+)/.exec(result.stdout)?.[1] ?? '0';
    const socket = /Socket errors: (.*)/.exec(result.stdout)?.[1] ?? 'none';
    return { rps, p50, p99, errors, socket, raw: result.stdout };
  };

  console.log(
    `\nGET /articles/${slug} (200 approved comments, ${html.length.toLocaleString('en')} bytes), ${connections} connections, ${seconds} s:`,
  );
  for (const [label, headers] of [
    ['as browsers ask (Accept-Encoding: gzip)', ['-H', 'Accept-Encoding: gzip']],
    ['uncompressed', []],
  ] as const) {
    const get = wrk([...headers, `${base}/articles/${slug}`]);
    console.log(
      `  ${label}: ${get.rps} requests/s, p50 ${get.p50}, p99 ${get.p99}, non-2xx ${get.errors}, socket errors ${get.socket}`,
    );
  }

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
  return wrk.format("POST", "/articles/${slug}", { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary, ["Accept-Encoding"] = "gzip", ["X-Forwarded-For"] = "198.51.100." .. (counter % 250 + 1) }, body)
end`;
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
  const before = countPending();
  console.log(
    `\nPOST a new comment through the form endpoint, ${connections} connections, ${seconds} s:`,
  );
  const post = wrk(['-s', script, base]);
  const stored = countPending() - before;
  console.log(
    `  ${post.rps} requests/s, p50 ${post.p50}, p99 ${post.p99}, non-2xx ${post.errors}, socket errors ${post.socket}`,
  );
  console.log(`  ${stored} comments stored (${(stored / seconds).toFixed(1)} per second)`);
} finally {
  server.kill();
}
