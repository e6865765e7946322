// /health answered before Next.js with the app's own check (scripts/server/health.mjs).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { answerHealth, healthSlot } from '@/scripts/server/health.mjs';

let server: Server | undefined;
afterEach(async () => {
  Reflect.deleteProperty(globalThis, healthSlot);
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A server that answers /health when it can and 404 ("Next.js") otherwise. */
async function start(): Promise<string> {
  server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?', 1)[0] ?? '/';
    if (answerHealth(request, response, path)) return;
    response.writeHead(404).end('from next');
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
}

test("answers with the app's check: 200 when up, 503 with the reason when not, never cached", async () => {
  const url = await start();
  let health: Record<string, string> = { status: 'ok', database: 'ok' };
  Reflect.set(globalThis, healthSlot, async () => health);
  const up = await fetch(`${url}/health?probe=1`);
  expect(up.status).toBe(200);
  expect(up.headers.get('cache-control')).toBe('private, no-store');
  expect(up.headers.get('content-type')).toBe('application/json');
  expect(await up.json()).toEqual({ status: 'ok', database: 'ok' });
  health = {
    status: 'unavailable',
    database: 'unavailable',
    reason: 'The database cannot be reached.',
  };
  const down = await fetch(`${url}/health`);
  expect(down.status).toBe(503);
  expect(await down.json()).toEqual(health);
  const head = await fetch(`${url}/health`, { method: 'HEAD' });
  expect(head.status).toBe(503);
});

test('leaves everything else to Next.js, and /health too until the app has handed its check over', async () => {
  const url = await start();
  expect(await (await fetch(`${url}/health`)).text()).toBe('from next');
  Reflect.set(globalThis, healthSlot, async () => ({ status: 'ok', database: 'ok' }));
  expect(await (await fetch(`${url}/health/extra`)).text()).toBe('from next');
  expect(await (await fetch(`${url}/health`, { method: 'POST' })).text()).toBe('from next');
});
