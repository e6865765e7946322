// npm start: serves the build in .next with scripts/server/serve.mjs (Next.js behind
// trusted-proxy handling and security headers). It builds only when there is no build at all
// (a new checkout): several instances may run from one .next, and a rebuild under them would
// pull it away, so an out-of-date build is served with a warning and rebuilt by `npm run build`.
// PORT (default 3000) and HOSTNAME pick where it listens; TRUSTED_PROXIES says which proxies
// may tell us the client's address (see README, "Behind a proxy").
//
// package.json runs this file with MALLOC_ARENA_MAX=2 (unless set already) and `exec`, so the
// server is npm's child with that setting. glibc gives each thread that allocates under
// contention a malloc arena of its own, up to 8 per core, and each keeps memory it freed; with 2,
// the 10,000-article site's server used 367 MB instead of 403 MB after the same 10,000 mixed
// requests, at the same speed (bench/content-serving.ts). glibc reads it only when a process
// starts, which is why it is set there and not here.
//
// It also starts node with --max-semi-space-size=8: V8's young generation, where every request's
// short-lived objects go, then takes at most 3 x 8 MB instead of 3 x 16 MB. On the same 10,000-
// article site and requests that was 264 MB instead of about 300 MB, with no loss of speed (5,000
// mixed requests in 242 s, against 9,324 in 480 s without it). V8 sizes the young generation when
// the process starts, so this too cannot be set from here. A process manager that runs this file
// directly should give it both.
import { spawnSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { hasBuild, reasonToBuild, withBuildLock } from './build-state.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';

// V8 lets the heap grow to several times what is live before it collects: on the 10,000-article
// site about 115 MB are live after a collection, but under load the heap grew to 400 MB and the
// process to 650-740 MB. Growing by a tenth of what is live keeps it near what is live, at the
// cost of more collections under load: after 10,000 mixed requests on that site, from the state
// its build left (no page rendered on demand yet), 281 MB against 306 MB when the heap grew by a
// quarter, and the requests took 617 s against 532 s, four at a time on 2 cores
// (bench/content-serving.ts, 2026-12-04). Not a cap: a larger site's heap still grows as far as
// its content needs. Set here, before the server allocates, so every way of starting it (npm
// start, the tests, the benchmarks) runs with it.
setFlagsFromString('--heap-growing-percent=10');

if (!hasBuild()) {
  // Instances started at once on a new checkout: one builds, the others wait for it.
  await withBuildLock(
    () => {
      if (hasBuild()) return;
      console.log('> Building first (no build yet). This takes a minute.');
      const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: process.env });
      if (build.status !== 0) process.exit(build.status ?? 1);
    },
    { onWait: () => console.log('> Another process is building; waiting for it.') },
  );
} else {
  const stale = reasonToBuild();
  if (stale)
    console.warn(
      `> The build in .next is out of date (${stale}); serving it anyway. Run npm run build, then restart, to serve the new one.`,
    );
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
