import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isDocumentPath,
  sendAsDocument,
  withoutFrameworkScripts,
} from '@/scripts/server/documents.mjs';
import { createPageCache } from '@/scripts/server/page-cache.mjs';
import { rawRequest } from '../../support/raw-request';

// The head and the end of a page as Next.js 16 writes it (shortened from the seed article).
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/24-y986t4v84d.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>',
  '<script src="/_next/static/chunks/0hcrkvv8ls09p.js" async=""></script>',
  '<script>try{var s=localStorage.getItem("text-size")}catch(e){}</script>',
  '<script src="/enhance.js" defer=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '</head><body><main><h1>Headline</h1>',
  `<p>${'The body of the article. '.repeat(80)}</p>`,
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline"}</script>',
  '<p>Body with the word script in it: &lt;/script&gt;</p></main>',
  '<div hidden id="S:0"><p>Streamed part</p></div>',
  '<script>$RC=function(b,c){};$RC("B:0","S:0")</script>',
  '<script src="/_next/static/chunks/310vm2bl3xxpt.js" id="_R_" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script>',
  '<script>self.__next_f.push([1,"a \\u003c/script\\u003e inside a string"])</script>',
  '<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '</body></html>',
].join('');

describe('withoutFrameworkScripts', () => {
  const html = withoutFrameworkScripts(page);

  it("takes out Next.js's chunks, their preloads, the RSC payload and the chunk list", () => {
    expect(html).not.toContain('/_next/static/chunks/0hcrkvv8ls09p.js');
    expect(html).not.toContain('310vm2bl3xxpt.js');
    expect(html).not.toContain('noModule');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(html).not.toContain('inside a string');
  });

  it('keeps the stylesheet, the content, and every other script', () => {
    expect(html).toContain('href="/_next/static/chunks/24-y986t4v84d.css"');
    expect(html).toContain('localStorage.getItem("text-size")');
    expect(html).toContain('<script src="/enhance.js" defer=""></script>');
    expect(html).toContain('"@type":"NewsArticle"');
    expect(html).toContain('<p>Body with the word script in it: &lt;/script&gt;</p>');
    expect(html).toContain('$RC("B:0","S:0")');
    expect(html).toContain('<p>Streamed part</p>');
    expect(html.endsWith('</body></html>')).toBe(true);
  });

  it('leaves a page without those scripts as it is', () => {
    const plain = '<html><head><script>1</script></head><body><p>x</p></body></html>';
    expect(withoutFrameworkScripts(plain)).toBe(plain);
  });
});

describe('isDocumentPath', () => {
  it("is every public path, not Next.js's files or the pages rendered per request", () => {
    for (const path of ['/', '/articles/a', '/ckb/search', '/feed.xml', '/og/a', '/_not-found'])
      expect(isDocumentPath(path), path).toBe(true);
    for (const path of [
      '/_next/static/chunks/a.js',
      '/moderation',
      '/moderation/log',
      '/comments/1/report',
    ])
      expect(isDocumentPath(path), path).toBe(false);
  });
});

type Reply = {
  status: number;
  headers: Record<string, string>;
  chunks: (string | Buffer)[];
  flushEarly?: boolean;
};

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/**
 * A real HTTP server with sendAsDocument in front of a handler that stands where Next.js stands:
 * it records the request headers it was given and answers as the test says, in parts.
 */
async function startServer(reply: Reply, cache = createPageCache()) {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    if (cache.serve(request, response, 'http')) return;
    cache.capture(request, response, 'http');
    sendAsDocument(request, response);
    seen.push({ ...request.headers });
    if (reply.flushEarly) response.flushHeaders();
    response.writeHead(reply.status, reply.headers);
    const [last, ...rest] = [...reply.chunks].reverse();
    for (const chunk of rest.reverse()) response.write(chunk);
    setTimeout(() => response.end(last), 5);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  const get = (headers: Record<string, string> = {}, method = 'GET') =>
    rawRequest(port, '/articles/a', { method, headers });
  return { seen, get };
}

const htmlReply = (extra: Record<string, string> = {}): Reply => ({
  status: 200,
  headers: {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'public, max-age=0, s-maxage=2',
    ETag: '"next-own"',
    ...extra,
  },
  // Split inside a script element, as a stream may be.
  chunks: [page.slice(0, 700), Buffer.from(page.slice(700))],
});

describe('sendAsDocument', () => {
  it('sends a page without the framework scripts, compressed, with its length and ETag', async () => {
    const { seen, get } = await startServer(htmlReply());
    const answer = await get({ 'accept-encoding': 'gzip, br', 'if-none-match': '"next-own"' });
    // Next.js is asked for plain text, and cannot answer 304 for bytes it did not send.
    expect(seen[0]?.['accept-encoding']).toBeUndefined();
    expect(seen[0]?.['if-none-match']).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.headers['transfer-encoding']).toBeUndefined();
    expect(answer.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(answer.headers.etag).not.toBe('"next-own"');
    expect(gunzipSync(answer.body).toString()).toBe(withoutFrameworkScripts(page));
  });

  it('answers 304 to the ETag it sent, and plain text to a client without gzip', async () => {
    const { get } = await startServer(htmlReply());
    const first = await get({ 'accept-encoding': 'gzip' });
    const again = await get({
      'accept-encoding': 'gzip',
      'if-none-match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(withoutFrameworkScripts(page));
  });

  it('holds back a streamed page until it is complete', async () => {
    const { get } = await startServer({ ...htmlReply(), flushEarly: true });
    const answer = await get({ 'accept-encoding': 'gzip' });
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(gunzipSync(answer.body).toString()).not.toContain('__next_f');
  });

  it('compresses a feed as it is, and passes an image through untouched', async () => {
    const feed = `<?xml version="1.0"?><rss>${'<item><title>x</title></item>'.repeat(100)}</rss>`;
    const feedServer = await startServer({
      status: 200,
      headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
      chunks: [feed],
    });
    const answer = await feedServer.get({ 'accept-encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(answer.body).toString()).toBe(feed);

    const png = Buffer.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      ...Array.from({ length: 2000 }, (_, i) => i % 256),
    ]);
    const imageServer = await startServer({
      status: 200,
      headers: { 'Content-Type': 'image/png' },
      chunks: [png],
    });
    const image = await imageServer.get({ 'accept-encoding': 'gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.equals(png)).toBe(true);
  });

  it('sends no body to HEAD', async () => {
    const { get } = await startServer(htmlReply());
    const answer = await get({ 'accept-encoding': 'gzip' }, 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBe(0);
  });

  it('lets the page cache keep and replay exactly what was sent', async () => {
    const cache = createPageCache({ ttlMs: 60_000 });
    const { seen, get } = await startServer(htmlReply(), cache);
    const first = await get({ 'accept-encoding': 'gzip' });
    const second = await get({ 'accept-encoding': 'gzip' });
    expect(seen).toHaveLength(1);
    expect(second.headers['x-page-cache']).toBe('hit');
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers.etag).toBe(first.headers.etag);
    const replay304 = await get({
      'accept-encoding': 'gzip',
      'if-none-match': String(first.headers.etag),
    });
    expect(replay304.status).toBe(304);
  });
});
