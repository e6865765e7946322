// GET /health answered by the server in front of Next.js, with the app's own check (lib/health,
// handed over through a global slot by instrumentation.ts): load balancers ask every few seconds,
// and Next.js's routing and route handler took ~5 ms of a ~6 ms answer (measured on this machine
// against /robots.txt's 1.2 ms). app/health/route.ts answers the same under `next dev`, or
// before the app has handed its check over.

/** Where instrumentation.ts puts lib/health's checkHealth for this server. */
export const healthSlot = Symbol.for('newsroom.checkHealth');

/**
 * Answers GET or HEAD /health from the app's check, when the app has handed it over. Returns
 * whether it answered.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {string} path the request's path, without its query
 */
export function answerHealth(request, response, path) {
  if (path !== '/health' || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
  /** @type {unknown} */
  const check = Reflect.get(globalThis, healthSlot);
  if (typeof check !== 'function') return false;
  Promise.resolve(check())
    .then((/** @type {{ status: string }} */ health) => {
      const body = JSON.stringify(health);
      response.writeHead(health.status === 'ok' ? 200 : 503, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
        'Cache-Control': 'private, no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })
    .catch((/** @type {unknown} */ error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'Cache-Control': 'private, no-store' });
      response.end();
    });
  return true;
}
