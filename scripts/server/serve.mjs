// The production server: Next.js's request handler behind a thin layer that does what Next
// cannot see or does too late. It decides who the client is (the socket, or trusted proxies),
// replaces forwarded headers with that, sets the security headers and what caches may keep
// (cache-control.mjs), refuses oversized or cross-site posts with a clear page before Next
// parses them, and sends the public pages without Next.js's runtime (documents.mjs).
import { createServer } from 'node:http';
import next from 'next';
import { builtDeploymentId } from '../build-state.mjs';
import { applyCachePolicy, privateCacheControl } from './cache-control.mjs';
import { readKnownRoutes, unknownPathTest } from './known-routes.mjs';
import { isDocumentPath, sendAsDocument } from './documents.mjs';
import { createPageCache, servedPagesSlot } from './page-cache.mjs';
import { forwardedClient, parseTrustedProxies, rewriteForwardedHeaders } from './forwarded.mjs';
import { answerHealth } from './health.mjs';
import { refusal, refusalPage, siteHostOf } from './request-guards.mjs';
import {
  contentSecurityPolicy,
  personalPageHeaders,
  securityHeaders,
  setsOwnPolicy,
} from './security-headers.mjs';
import { currentVersionedUrls } from './versioned-files.mjs';
import { warmUp, warmUpPaths } from './warm-up.mjs';

/**
 * @param {{ port: number, hostname: string | undefined }} options
 * @returns {Promise<import('node:http').Server>}
 */
export async function serve({ port, hostname }) {
  const trust = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  const siteIsHttps = (process.env.SITE_URL ?? '').startsWith('https:');
  const siteHost = siteHostOf(process.env.SITE_URL);
  const headers = securityHeaders({ siteIsHttps });
  const policies = {
    http: contentSecurityPolicy({ https: siteIsHttps }),
    https: contentSecurityPolicy({ https: true }),
  };

  const versionedUrls = currentVersionedUrls(process.cwd());
  const known = readKnownRoutes('.next/known-routes.json');
  const isUnknownPath = known && unknownPathTest(known);
  if (!isUnknownPath) console.warn('> .next/known-routes.json is missing: run npm run build.');

  // Public pages Next.js answers from its cache are answered again from memory for a second
  // (page-cache.mjs says why); the app drops the copies when a moderator changes a page.
  const pages = createPageCache();
  Reflect.set(globalThis, servedPagesSlot, pages);

  // The deployment id the build was made with (scripts/build.mjs): its pages carry it, so the
  // server must announce the same one, or every reader's navigation would reload the page.
  const deploymentId = builtDeploymentId();
  if (deploymentId) process.env.NEXT_DEPLOYMENT_ID = deploymentId;

  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((request, response) => {
    const client = forwardedClient(request, trust);
    for (const [name, value] of headers) response.setHeader(name, value);
    const path = (request.url ?? '/').split('?', 1)[0] ?? '/';
    if (setsOwnPolicy(path)) {
      for (const [name, value] of personalPageHeaders) response.setHeader(name, value);
    } else response.setHeader('Content-Security-Policy', policies[client.proto]);

    const refused = refusal(request, client, siteHost);
    if (refused) {
      const answer = () => {
        response.writeHead(refused.status, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': privateCacheControl,
          ...(refused.status === 403 ? {} : { Connection: 'close' }),
        });
        response.end(request.method === 'HEAD' ? undefined : refusalPage(refused));
      };
      // A refused body of an allowed size is read and dropped first, so the client is not cut
      // off mid-send; an oversized or unmeasured one is not read: the connection closes.
      if (refused.status === 403) {
        request.resume();
        request.once('end', answer);
        request.once('error', () => response.destroy());
      } else answer();
      return;
    }
    rewriteForwardedHeaders(request, client);
    if (answerHealth(request, response, path)) return;
    if (pages.serve(request, response, client.proto)) return;
    if (isUnknownPath?.(path)) {
      // The prerendered 404 page, served as a file: nothing rendered, nothing cached.
      request.url = '/_not-found';
    }
    pages.capture(request, response, client.proto);
    // After the page cache's capture, so the copy it keeps carries the final Cache-Control.
    applyCachePolicy(response, {
      method: request.method ?? 'GET',
      path,
      versioned: versionedUrls.has(request.url ?? ''),
    });
    // Last, so the page cache and the cache policy see what is sent: public pages without the
    // framework's scripts (documents.mjs says why).
    if (isDocumentPath(path)) sendAsDocument(request, response);
    handle(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve(undefined));
  });
  if (known) await warmUp(ownOrigin(server), warmUpPaths(known));
  return server;
}

/**
 * Where the server can reach itself: its own address, or loopback when it listens on every
 * address.
 * @param {import('node:http').Server} server
 */
function ownOrigin(server) {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
  const unspecified = address.address === '0.0.0.0' || address.address === '::';
  const host = unspecified
    ? address.family === 'IPv6'
      ? '[::1]'
      : '127.0.0.1'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  return `http://${host}:${address.port}`;
}
