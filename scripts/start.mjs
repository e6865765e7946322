// npm start: builds when the sources, content or build-time settings changed, then serves with
// scripts/server/serve.mjs (Next.js behind trusted-proxy handling and security headers).
// PORT (default 3000) and HOSTNAME pick where it listens; TRUSTED_PROXIES says which proxies
// may tell us the client's address (see README, "Behind a proxy").
import { spawnSync } from 'node:child_process';
import { reasonToBuild } from './build-state.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';

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
