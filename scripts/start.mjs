// npm start: builds when the sources, content or build-time settings changed, then serves with
// scripts/server/serve.mjs (Next.js behind trusted-proxy handling and security headers).
// PORT (default 3000) and HOSTNAME pick where it listens; TRUSTED_PROXIES says which proxies
// may tell us the client's address (see README, "Behind a proxy").
import { spawnSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { reasonToBuild } from './build-state.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';

// V8 lets the heap grow to several times what is live before it collects: on the 10,000-article
// site about 115 MB are live after a collection, but under load the heap grew to 400 MB and the
// process to 650-740 MB. Growing by a quarter of what is live kept the process near 370 MB, at
// the cost of a few more collections under load (measured with bench/content-serving.ts, see
// BENCHMARKS.md). Not a cap: a larger site's heap still grows as far as its content needs. Set
// here, before the server allocates, so every way of starting it (npm start, the tests, the
// benchmarks) runs with it.
setFlagsFromString('--heap-growing-percent=25');

const reason = reasonToBuild();
if (reason) {
  console.log(`> Building first (${reason}). This takes a minute.`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Next.js reads NODE_ENV when it loads; the server only ever runs a production build.
process.env.NODE_ENV = 'production';
const { serve } = await import('./server/serve.mjs');
const port = Number(process.env.PORT || '3000');
const hostname = process.env.HOSTNAME || undefined;
let server;
try {
  server = await serve({ port, hostname });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(`> Ready on http://${hostname ?? 'localhost'}:${port}`);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
