// Serves the existing production build, the way `npm start` does (scripts/server/serve.mjs), but
// without start.mjs's check that the build is current. For the budget test's server with a
// database of its own: DATABASE_URL is a build-time setting, so start.mjs would rebuild for it,
// under the test server that is running the same build.
process.env.NODE_ENV = 'production';
process.env.NEXT_TELEMETRY_DISABLED = '1';
const { serve } = await import('../server/serve.mjs');
const port = Number(process.env.PORT);
const hostname = process.env.HOSTNAME || '127.0.0.1';
const server = await serve({ port, hostname });
console.log(`> Ready on http://${hostname}:${port}`);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
