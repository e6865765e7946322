// Serving: article pages from the site as `npm start` runs it, against a bare Next.js page of
// the same version (tiny, and padded to the same HTML size) and against nginx serving the very
// same HTML bytes as a file, all measured with wrk in the same run, rounds alternating.
//
//   npm run bench:serving -- [--seconds 5] [--rounds 3] [--connections 32]
//
// Five-second rounds: each target answers thousands of requests in one (the slowest, the bare
// page padded to the 200-comment article's size, 410-830 req/s in the last two full runs here),
// and ten-second ones made this the third longest part of the full `npm run bench`.
//
// Pages: the seed article (2 approved comments) and one with 200 (bench/support/site.ts).
// wrk sends no Accept-Encoding, so every server sends the bytes uncompressed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { numberOption, readOptions } from './options';
import { isQuickRun, median, reportRow } from './report';
import { bareDir, buildBareNext, lastPaddings, nextBin, paddingFor } from './support/bare-next';
import { startNginx } from './support/nginx';
import { freePort, startServer, type Server } from './support/processes';
import { busyComments, busySlug, ensureSiteBuilt, seedSlug, startSite } from './support/site';
import { requireWrk, wrk, type WrkResult } from './support/wrk';

const quick = isQuickRun();
const options = readOptions('bench:serving', {
  seconds: { type: 'string' },
  rounds: { type: 'string' },
  connections: { type: 'string' },
});
const seconds = numberOption(options.seconds, quick ? 2 : 5);
const rounds = numberOption(options.rounds, quick ? 1 : 3);
const connections = numberOption(options.connections, 32);
const group = 'Serving';
const pages = [
  { name: 'seed', label: 'seed article, 2 comments', slug: seedSlug },
  { name: 'busy', label: `article with ${busyComments} comments`, slug: busySlug },
] as const;

async function body(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

requireWrk();
await ensureSiteBuilt();
const servers: Server[] = [];
const nginxDir = path.resolve('bench/out/serving-nginx');
try {
  const site = await startSite(await freePort());
  servers.push(site);
  const html = new Map<string, string>();
  for (const page of pages) html.set(page.name, await body(`${site.url}/articles/${page.slug}`));
  if (!html.get('busy')?.includes(`Comments (${busyComments})`))
    throw new Error(`the busy article does not show its ${busyComments} comments`);

  // The bare app: a tiny page, and pages padded to our pages' sizes. The padding is worked out
  // from the last build's sizes (or a guess), checked, and rebuilt once with the correction.
  const targetBytes = Object.fromEntries(
    pages.map((page) => [page.name, Buffer.byteLength(html.get(page.name) ?? '')]),
  );
  const last = lastPaddings();
  let paddings = Object.fromEntries(
    pages.map((page) => [
      page.name,
      last?.[page.name] ?? paddingFor(targetBytes[page.name] ?? 0, 5000),
    ]),
  );
  let bareServer: Server | undefined;
  for (let attempt = 1; ; attempt++) {
    buildBareNext(paddings);
    const port = await freePort();
    bareServer = await startServer(
      nextBin,
      ['start', '--port', String(port), '--hostname', '127.0.0.1'],
      { cwd: bareDir, port },
    );
    const measured = Object.fromEntries(
      await Promise.all(
        pages.map(async (page) => [
          page.name,
          Buffer.byteLength(await body(`${bareServer?.url}/padded/${page.name}`)),
        ]),
      ),
    );
    const off = pages.some(
      (page) => Math.abs((measured[page.name] ?? 0) / (targetBytes[page.name] ?? 1) - 1) > 0.01,
    );
    if (!off || attempt === 2) break;
    await bareServer.stop();
    paddings = Object.fromEntries(
      pages.map((page) => [
        page.name,
        Math.max(
          0,
          (paddings[page.name] ?? 0) +
            Math.round(((targetBytes[page.name] ?? 0) - (measured[page.name] ?? 0)) / 2),
        ),
      ]),
    );
  }
  servers.push(bareServer);
  const tinyHtml = await body(`${bareServer.url}/`);
  const tinyBytes = Buffer.byteLength(tinyHtml);

  // nginx serves our HTML, byte for byte, as files.
  rmSync(nginxDir, { recursive: true, force: true });
  mkdirSync(path.join(nginxDir, 'html'), { recursive: true });
  for (const page of pages)
    writeFileSync(path.join(nginxDir, 'html', `${page.name}.html`), html.get(page.name) ?? '');
  const nginx = await startNginx(nginxDir, await freePort(), '/seed.html');
  servers.push(nginx);

  const targets = new Map<string, string>([['tiny', `${bareServer.url}/`]]);
  const sizes = new Map<string, number>([['tiny', tinyBytes]]);
  for (const page of pages) {
    targets.set(`ours-${page.name}`, `${site.url}/articles/${page.slug}`);
    targets.set(`padded-${page.name}`, `${bareServer.url}/padded/${page.name}`);
    targets.set(`nginx-${page.name}`, `${nginx.url}/${page.name}.html`);
    sizes.set(
      `padded-${page.name}`,
      Buffer.byteLength(await body(`${bareServer.url}/padded/${page.name}`)),
    );
  }

  // Warm-up: every target once, briefly, so no round pays for first requests.
  for (const url of targets.values()) wrk(url, { seconds: 1, connections });
  const results = new Map<string, WrkResult[]>();
  for (let round = 1; round <= rounds; round++)
    for (const [name, url] of targets) {
      const result = wrk(url, { seconds, connections });
      results.set(name, [...(results.get(name) ?? []), result]);
      console.log(
        `round ${round} ${name.padEnd(12)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${result.p50Ms.toFixed(1)} ms  p99 ${result.p99Ms.toFixed(1)} ms  errors ${result.errors}`,
      );
    }
  const figure = (name: string, pick: (r: WrkResult) => number) =>
    median((results.get(name) ?? []).map(pick));
  const errors = (name: string) => (results.get(name) ?? []).reduce((sum, r) => sum + r.errors, 0);
  const how = `uncompressed, wrk -t1 -c${connections}, ${seconds} s x ${rounds} round${rounds === 1 ? '' : 's'} alternating, median`;

  for (const page of pages) {
    const ours = figure(`ours-${page.name}`, (r) => r.requestsPerSecond);
    const padded = figure(`padded-${page.name}`, (r) => r.requestsPerSecond);
    const tiny = figure('tiny', (r) => r.requestsPerSecond);
    const nginxRate = figure(`nginx-${page.name}`, (r) => r.requestsPerSecond);
    const bytes = Buffer.byteLength(html.get(page.name) ?? '');
    const paddedBytes = sizes.get(`padded-${page.name}`) ?? 0;
    const sizeOff = Math.abs(paddedBytes / bytes - 1);
    const sizeNote = `padded page ${paddedBytes.toLocaleString('en')} B vs ours ${bytes.toLocaleString('en')} B (${(sizeOff * 100).toFixed(1)}% apart${sizeOff > 0.02 ? ', MORE than 2%: the comparison is off' : ''})`;
    const errorNote = errors(`ours-${page.name}`)
      ? `; ${errors(`ours-${page.name}`)} error responses from ours`
      : '';
    const byteShare = tiny > 0 ? padded / tiny : 0;
    reportRow({
      group,
      what: `${page.label}: req/s vs bare page padded to the same HTML size (${how})`,
      ours,
      unit: 'req/s',
      baseline: padded,
      baselineName: 'padded bare Next.js',
      goal: '≥ 1.0x',
      met: ours / padded >= 1.0,
      note:
        (ours / padded >= 1.0
          ? sizeNote
          : `missed: with the bytes matched (${sizeNote}), the gap is our own per-request work (scripts/server/serve.mjs and Next's rendering and cache of our pages), not the bytes`) +
        errorNote,
    });
    reportRow({
      group,
      what: `${page.label}: req/s vs tiny bare page (${tinyBytes.toLocaleString('en')} B)`,
      ours,
      unit: 'req/s',
      baseline: tiny,
      baselineName: 'tiny bare Next.js',
      goal: '≥ 0.6x',
      met: ours / tiny >= 0.6,
      note:
        ours / tiny >= 0.6
          ? ''
          : `missed: ${bytes.toLocaleString('en')} B of HTML against ${tinyBytes.toLocaleString('en')} B; a bare page of our size gets ${byteShare.toFixed(2)}x the tiny page's rate, so the HTML size alone costs that much, and our own per-request work the rest`,
    });
    reportRow({
      group,
      what: `${page.label}: req/s vs nginx serving the same HTML as a file`,
      ours,
      unit: 'req/s',
      baseline: nginxRate,
      baselineName: 'nginx, 1 worker',
      note: 'physical limit on this machine; no goal',
    });
    for (const [key, label] of [
      ['p50Ms', 'p50'],
      ['p99Ms', 'p99'],
    ] as const)
      reportRow({
        group,
        what: `${page.label}: ${label} latency at ${connections} connections`,
        ours: figure(`ours-${page.name}`, (r) => r[key]),
        unit: 'ms',
        baseline: figure(`padded-${page.name}`, (r) => r[key]),
        baselineName: 'padded bare Next.js',
      });
    reportRow({
      group,
      what: `${page.label}: HTML bytes, raw`,
      ours: bytes,
      unit: 'B',
      baseline: tinyBytes,
      baselineName: 'tiny bare Next.js',
    });
    reportRow({
      group,
      what: `${page.label}: HTML bytes, gzip (zlib level 6)`,
      ours: gzipSync(html.get(page.name) ?? '').length,
      unit: 'B',
      baseline: gzipSync(tinyHtml).length,
      baselineName: 'tiny bare Next.js',
    });
  }
} finally {
  for (const server of servers.reverse()) await server.stop();
  rmSync(nginxDir, { recursive: true, force: true });
}
