import { createServer, request as httpRequest, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyCachePolicy,
  cacheControlFor,
  privateCacheControl,
  publicCacheControl,
  sharedCacheSeconds,
  staleSeconds,
  visibleWithinSeconds,
} from '@/scripts/server/cache-control.mjs';
import { createPageCache } from '@/scripts/server/page-cache.mjs';

/** What Next.js sends for a prerendered page with cacheLife('max'). */
const nextDefault = 's-maxage=2592000, stale-while-revalidate=28944000';

const get = (path: string, cacheControl: string | undefined, setsCookie = false) =>
  cacheControlFor({ method: 'GET', path, cacheControl, setsCookie });

describe('cacheControlFor', () => {
  it('gives public prerendered pages a few seconds in shared caches, not 30 days', () => {
    expect(publicCacheControl).toBe(
      `public, max-age=0, s-maxage=${sharedCacheSeconds}, stale-while-revalidate=${staleSeconds}`,
    );
    expect(sharedCacheSeconds).toBeGreaterThanOrEqual(1);
    expect(sharedCacheSeconds + staleSeconds).toBeLessThanOrEqual(5);
    expect(visibleWithinSeconds).toBe(sharedCacheSeconds + staleSeconds + 1);
    for (const path of ['/', '/articles/a', '/sections/iraq', '/ckb/topics/erbil/page/2'])
      expect(get(path, nextDefault), path).toBe(publicCacheControl);
    expect(
      cacheControlFor({ method: 'HEAD', path: '/', cacheControl: nextDefault, setsCookie: false }),
    ).toBe(publicCacheControl);
    // The prerendered 404 page: an embargoed article must not stay a 404 for a month.
    expect(get('/articles/not-yet', nextDefault)).toBe(publicCacheControl);
  });

  it('does the same for what Next.js and the feeds mark public and revalidated every time', () => {
    for (const path of ['/sitemap.xml', '/robots.txt', '/favicon.ico', '/feed.xml'])
      expect(get(path, 'public, max-age=0, must-revalidate'), path).toBe(publicCacheControl);
  });

  it('makes pages for one person private, whatever Next.js said', () => {
    for (const path of [
      '/moderation',
      '/moderation/login',
      '/moderation/log',
      '/comments/status/AAAA',
      '/comments/12/report',
      '/health',
    ]) {
      expect(get(path, nextDefault), path).toBe(privateCacheControl);
      expect(get(path, undefined), path).toBe(privateCacheControl);
    }
  });

  it('makes posts (server actions, forms) and answers that set a cookie private', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS'])
      expect(
        cacheControlFor({
          method,
          path: '/articles/a',
          cacheControl: nextDefault,
          setsCookie: false,
        }),
        method,
      ).toBe(privateCacheControl);
    expect(get('/articles/a', nextDefault, true)).toBe(privateCacheControl);
  });

  it('lets browsers keep a public file named by its current digest for a year', () => {
    const answer = { path: '/enhance.js', cacheControl: 'public, max-age=0', setsCookie: false };
    for (const method of ['GET', 'HEAD'])
      expect(cacheControlFor({ ...answer, method, versioned: true }), method).toBe(
        'public, max-age=31536000, immutable',
      );
    expect(cacheControlFor({ ...answer, method: 'GET' })).toBe(publicCacheControl);
    expect(cacheControlFor({ ...answer, method: 'POST', versioned: true })).toBe(
      privateCacheControl,
    );
  });

  it('leaves built files, per-request pages and explicit lifetimes as they are', () => {
    expect(get('/_next/static/chunks/a.js', 'public, max-age=31536000, immutable')).toBe(undefined);
    expect(get('/search', 'private, no-cache, no-store, max-age=0, must-revalidate')).toBe(
      undefined,
    );
    expect(get('/og/a', 'public, max-age=86400')).toBe(undefined);
    // No header: nothing is claimed (redirects), so nothing is added.
    expect(get('/page/1', undefined)).toBe(undefined);
  });
});

type Handler = (response: ServerResponse) => void;

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

/** A server that answers as Next.js would, with the policy (and the page cache) in front. */
async function serveWith(handler: Handler, cache = createPageCache(), versioned = false) {
  const server = createServer((request, response) => {
    if (cache.serve(request, response, 'http')) return;
    // As serve.mjs: the page cache's capture first, then the policy around it.
    cache.capture(request, response, 'http');
    const path = (request.url ?? '/').split('?', 1)[0] ?? '/';
    applyCachePolicy(response, { method: request.method ?? 'GET', path, versioned });
    handler(response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fetchHeaders = (path: string, method = 'GET') =>
    new Promise<Record<string, string | string[] | undefined>>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.headers));
      });
      req.on('error', reject);
      req.end();
    });
  return { cache, fetchHeaders };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('applyCachePolicy', () => {
  it('replaces the header Next.js set before its first write', async () => {
    const { fetchHeaders } = await serveWith((response) => {
      response.setHeader('Cache-Control', nextDefault);
      response.setHeader('Content-Type', 'text/html');
      response.write('<p>');
      response.end('page</p>');
    });
    expect((await fetchHeaders('/articles/a'))['cache-control']).toBe(publicCacheControl);
    expect((await fetchHeaders('/moderation'))['cache-control']).toBe(privateCacheControl);
  });

  it('sees headers passed to writeHead, as an object or a flat list', async () => {
    const asObject = await serveWith((response) => {
      response.writeHead(200, { 'Cache-Control': nextDefault, 'Set-Cookie': 'a=b' });
      response.end('x');
    });
    const objectHeaders = await asObject.fetchHeaders('/articles/a');
    expect(objectHeaders['cache-control']).toBe(privateCacheControl);
    expect(objectHeaders['set-cookie']).toEqual(['a=b']);

    const asList = await serveWith((response) => {
      response.writeHead(404, 'Not Found', ['Cache-Control', nextDefault, 'X-Kind', 'list']);
      response.end('x');
    });
    const listHeaders = await asList.fetchHeaders('/articles/gone');
    expect(listHeaders['cache-control']).toBe(publicCacheControl);
    expect(listHeaders['x-kind']).toBe('list');
  });

  it('keeps a versioned file for a year only when it is the file: not a 404 or an error', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    for (const [status, expected] of [
      [200, immutable],
      [304, immutable],
      [404, publicCacheControl],
      [500, publicCacheControl],
    ] as const) {
      const viaWriteHead = await serveWith(
        (response) => {
          response.writeHead(status, { 'Cache-Control': 'public, max-age=0' });
          response.end();
        },
        createPageCache(),
        true,
      );
      expect(
        (await viaWriteHead.fetchHeaders('/enhance.js?v=abc'))['cache-control'],
        `${status}`,
      ).toBe(expected);
      const viaStatusCode = await serveWith(
        (response) => {
          response.statusCode = status;
          response.setHeader('Cache-Control', 'public, max-age=0');
          response.end();
        },
        createPageCache(),
        true,
      );
      expect(
        (await viaStatusCode.fetchHeaders('/enhance.js?v=abc'))['cache-control'],
        `${status}`,
      ).toBe(expected);
    }
  });

  it('sets private on a redirect that named no lifetime, for a page for one person', async () => {
    const { fetchHeaders } = await serveWith((response) => {
      response.statusCode = 303;
      response.setHeader('Location', '/moderation/login');
      response.end();
    });
    expect((await fetchHeaders('/moderation'))['cache-control']).toBe(privateCacheControl);
    expect((await fetchHeaders('/page/1'))['cache-control']).toBe(undefined);
  });

  it('keeps the page cache working: copies carry the short lifetime, private answers none', async () => {
    let calls = 0;
    const { cache, fetchHeaders } = await serveWith((response) => {
      calls += 1;
      response.setHeader('Cache-Control', nextDefault);
      response.setHeader('ETag', '"v1"');
      response.end('page');
    });
    await fetchHeaders('/articles/a');
    await settle();
    expect(cache.size).toBe(1);
    const copy = await fetchHeaders('/articles/a');
    expect(copy['x-page-cache']).toBe('hit');
    expect(copy['cache-control']).toBe(publicCacheControl);
    expect(calls).toBe(1);

    // The console said s-maxage (as Next.js does for some of its answers) but is private here.
    await fetchHeaders('/moderation/login');
    await settle();
    await fetchHeaders('/moderation/login');
    expect(calls).toBe(3);
    expect(cache.size).toBe(1);
  });
});
