import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createPageCache, type PageCache } from '@/scripts/server/page-cache.mjs';
import { rawRequest } from '../../support/raw-request';

type Answer = { status: number; headers: Record<string, string>; body: string | Buffer };

/**
 * A real HTTP server with the cache in front of a handler that stands where Next.js stands:
 * it counts how often it is asked and answers what the test says.
 */
async function startServer(cache: PageCache, answer: (url: string) => Answer) {
  const calls: string[] = [];
  const server = createServer((request, response) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (cache.serve(request, response, 'http')) return;
    cache.capture(request, response, 'http');
    calls.push(request.url ?? '');
    const { status, headers, body } = answer(request.url ?? '/');
    response.writeHead(status, headers);
    // Written in two parts, as Next.js streams some pages.
    const bytes = Buffer.from(body);
    response.write(bytes.subarray(0, 10));
    response.end(bytes.subarray(10));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  servers.push(server);
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    rawRequest(port, path, { method, headers });
  return { calls, get };
}

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

const page = (body: string, extra: Record<string, string> = {}): Answer => ({
  status: 200,
  headers: {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 's-maxage=2592000, stale-while-revalidate=28944000',
    ETag: '"abc"',
    ...extra,
  },
  body,
});

/** Lets the 'finish' listener that stores the copy run before the next request. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('page cache in front of Next.js', () => {
  it('answers the second read of a shareable page from memory, byte for byte', async () => {
    const cache = createPageCache();
    const text = 'Kurdistan — کوردستان · '.repeat(200);
    const { calls, get } = await startServer(cache, () => page(text));
    const first = await get('/articles/a');
    await settle();
    const second = await get('/articles/a');
    expect(calls).toEqual(['/articles/a']);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.body.toString('utf8')).toBe(text);
    expect(second.headers['x-page-cache']).toBe('hit');
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(second.headers['x-content-type-options']).toBe('nosniff');
    expect(second.headers['content-length']).toBe(String(Buffer.byteLength(text)));
    expect(second.headers.etag).toBe('"abc"');
    expect(first.headers['x-page-cache']).toBeUndefined();
  });

  it('keeps a gzip answer apart from a plain one', async () => {
    const cache = createPageCache();
    const { calls, get } = await startServer(cache, () => ({
      ...page(''),
      body: gzipSync('hello'),
      headers: { ...page('').headers, 'Content-Encoding': 'gzip' },
    }));
    await get('/p', { 'accept-encoding': 'gzip' });
    await settle();
    await get('/p');
    await settle();
    const hit = await get('/p', { 'accept-encoding': 'gzip, br' });
    expect(calls).toEqual(['/p', '/p']);
    expect(hit.headers['content-encoding']).toBe('gzip');
    expect(hit.headers['x-page-cache']).toBe('hit');
  });

  it('answers a matching If-None-Match with 304 and HEAD without a body', async () => {
    const cache = createPageCache();
    const { get } = await startServer(cache, () => page('body text here, long enough'));
    await get('/p');
    await settle();
    const notModified = await get('/p', { 'if-none-match': '"abc"' });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    const head = await get('/p', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['x-page-cache']).toBe('hit');
  });

  it('never keeps a page rendered per request, a cookie, an error or a navigation payload', async () => {
    const cache = createPageCache();
    const answers: Record<string, Answer> = {
      '/search?q=x': page('results', {
        'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      }),
      '/cookie': page('signed in', { 'Set-Cookie': 'session=1' }),
      '/missing': { ...page('not found'), status: 404 },
      '/plain': page('no shared caching', { 'Cache-Control': 'public, max-age=0' }),
      '/articles/a': page('the article'),
    };
    const { calls, get } = await startServer(cache, (url) => answers[url] ?? page('other'));
    for (const path of Object.keys(answers).filter((p) => p !== '/articles/a')) {
      await get(path);
      await settle();
      await get(path);
    }
    // A client navigation asks for the RSC payload under the same URL: never the HTML copy.
    await get('/articles/a');
    await settle();
    await get('/articles/a', { rsc: '1' });
    await get('/articles/a', { 'next-router-prefetch': '1' });
    expect(calls).toEqual([
      '/search?q=x',
      '/search?q=x',
      '/cookie',
      '/cookie',
      '/missing',
      '/missing',
      '/plain',
      '/plain',
      '/articles/a',
      '/articles/a',
      '/articles/a',
    ]);
    expect(cache.size).toBe(1);
  });

  it('lets a copy live only ttlMs, and clear() drops every copy at once', async () => {
    let now = 1_000_000;
    const cache = createPageCache({ ttlMs: 1000, now: () => now });
    const { calls, get } = await startServer(cache, () => page('the article'));
    await get('/a');
    await settle();
    now += 999;
    await get('/a');
    expect(calls).toHaveLength(1);
    now += 1;
    await get('/a');
    await settle();
    expect(calls).toHaveLength(2);
    await get('/a');
    expect(calls).toHaveLength(2);
    cache.clear();
    expect(cache.size).toBe(0);
    await get('/a');
    expect(calls).toHaveLength(3);
  });

  it('does not keep a page that was being answered when the pages changed', async () => {
    const cache = createPageCache();
    const server = createServer((request, response) => {
      if (cache.serve(request, response, 'http')) return;
      cache.capture(request, response, 'http');
      const { headers, body } = page('before the decision');
      response.writeHead(200, headers);
      response.write(body);
      // A moderator's decision lands while this answer is still being sent.
      cache.clear();
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/a`).then((response) => response.text());
    await settle();
    expect(cache.size).toBe(0);
  });

  it('holds at most maxEntries copies, dropping the oldest first', async () => {
    const cache = createPageCache({ maxEntries: 2 });
    const { calls, get } = await startServer(cache, (url) => page(`page ${url}`));
    for (const path of ['/1', '/2', '/3']) {
      await get(path);
      await settle();
    }
    expect(cache.size).toBe(2);
    await get('/3');
    await get('/1');
    expect(calls).toEqual(['/1', '/2', '/3', '/1']);
  });
});
