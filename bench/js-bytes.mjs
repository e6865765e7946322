// JavaScript an article page makes the browser load (gzip), next to a bare Next.js page
// built with the same Next.js version in the same run.
//
//   npm run bench:js
//
// Goal (issue 2): the article page loads at most 10 KB (gzip) more than the bare page.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = process.cwd();
const bare = path.join(root, 'bench/out/bare-next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function makeBareApp() {
  rmSync(bare, { recursive: true, force: true });
  mkdirSync(path.join(bare, 'app'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(bare, 'node_modules'));
  writeFileSync(
    path.join(bare, 'package.json'),
    JSON.stringify({ name: 'bare-next', private: true, type: 'module' }),
  );
  writeFileSync(path.join(bare, 'next.config.mjs'), 'export default {};\n');
  writeFileSync(
    path.join(bare, 'app/layout.jsx'),
    'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  writeFileSync(
    path.join(bare, 'app/page.jsx'),
    'export default function Page() {\n  return <h1>Hello</h1>;\n}\n',
  );
}

function build(cwd, command, args) {
  console.log(`building ${path.relative(root, cwd) || 'the site'} ...`);
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`build failed in ${cwd}`);
}

async function serve(cwd, port) {
  const server = spawn(
    path.join(root, 'node_modules/.bin/next'),
    ['start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd,
      env,
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`server in ${cwd} did not start`);
}

async function measure(browser, url) {
  const page = await browser.newPage();
  const scripts = new Map();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      const body = await response.body();
      scripts.set(response.url(), { raw: body.length, gzip: gzipSync(body).length });
    } catch {
      // a script whose body is gone (navigation) is not loaded by the page either
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.close();
  const total = { count: scripts.size, raw: 0, gzip: 0 };
  for (const s of scripts.values()) {
    total.raw += s.raw;
    total.gzip += s.gzip;
  }
  return total;
}

makeBareApp();
build(bare, path.join(root, 'node_modules/.bin/next'), ['build']);
build(root, 'npm', ['run', '--silent', 'build']);

const servers = [await serve(bare, 3202), await serve(root, 3201)];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const rows = [
    ['bare Next.js page', await measure(browser, 'http://127.0.0.1:3202/')],
    [
      'article page',
      await measure(
        browser,
        'http://127.0.0.1:3201/articles/hussein-rubio-discuss-strengthening-iraq-us-ties',
      ),
    ],
    ['front page', await measure(browser, 'http://127.0.0.1:3201/')],
  ];
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `\nNext.js ${JSON.parse((await import('node:fs')).readFileSync('node_modules/next/package.json', 'utf8')).version}`,
  );
  console.log('page                  scripts   raw          gzip         gzip over bare');
  const baseline = rows[0][1].gzip;
  for (const [name, t] of rows) {
    console.log(
      `${name.padEnd(22)}${String(t.count).padEnd(10)}${kb(t.raw).padEnd(13)}${kb(t.gzip).padEnd(13)}${kb(t.gzip - baseline)}`,
    );
  }
} finally {
  await browser.close();
  for (const server of servers) server.kill();
}
