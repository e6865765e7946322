// What an Arabic-script page makes the browser load, next to the same story's English page:
// every response of a fresh load (HTML, scripts, styles, fonts, images), counted as the bytes
// that crossed the wire, by kind, and the font files each page asked for.
//
//   npm run bench:editions
//
// Issue 8 asks for the extra bytes of an Arabic-script page (fonts included). The server is
// `npm start` on the built site (it builds first when the sources changed).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = Number(process.env.BENCH_PORT ?? 3211);
const origin = `http://127.0.0.1:${port}`;
const pages = {
  English: '/articles/hussein-rubio-discuss-strengthening-iraq-us-ties',
  Sorani: '/ckb/articles/hussein-rubio-iraq-us-ties-ckb',
  Arabic: '/ar/articles/hussein-rubio-iraq-us-ties-ar',
};

async function start() {
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      DATABASE_URL: 'file:./data/bench-editions.db',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // The first start may build the site (a few minutes on two cores).
  for (let i = 0; i < 1500; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error('the server did not start');
}

async function measure(browser, path) {
  // A new context each time: nothing cached from the other page.
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('requestfinished', (request) => responses.push(request));
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${path}: ${response?.status()}`);
  // Fonts load when text using them is laid out; give the page a moment after network idle.
  await page.evaluate(() => document.fonts.ready);
  const byKind = new Map();
  const fonts = [];
  for (const request of responses) {
    const sizes = await request.sizes();
    const kind = request.resourceType();
    const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    byKind.set(kind, (byKind.get(kind) ?? 0) + bytes);
    if (kind === 'font') fonts.push(`${new URL(request.url()).pathname} (${kb(bytes)})`);
  }
  await context.close();
  const total = [...byKind.values()].reduce((sum, bytes) => sum + bytes, 0);
  return { byKind, fonts, total };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await start();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const results = {};
  for (const [name, path] of Object.entries(pages)) results[name] = await measure(browser, path);
  const kinds = [...new Set(Object.values(results).flatMap((r) => [...r.byKind.keys()]))].sort();
  console.log(
    `\n${'kind'.padEnd(12)}${Object.keys(results)
      .map((n) => n.padEnd(12))
      .join('')}`,
  );
  for (const kind of kinds)
    console.log(
      `${kind.padEnd(12)}${Object.values(results)
        .map((r) => kb(r.byKind.get(kind) ?? 0).padEnd(12))
        .join('')}`,
    );
  console.log(
    `${'total'.padEnd(12)}${Object.values(results)
      .map((r) => kb(r.total).padEnd(12))
      .join('')}`,
  );
  const english = results.English.total;
  for (const [name, result] of Object.entries(results)) {
    if (name !== 'English')
      console.log(`\n${name}: ${kb(result.total - english)} more than English`);
    else console.log('\nEnglish:');
    console.log(`  fonts: ${result.fonts.length ? result.fonts.join(', ') : 'none'}`);
  }
} finally {
  await browser.close();
  server.kill();
}
