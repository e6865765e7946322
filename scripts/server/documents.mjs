// The public pages (articles, lists, search) are sent as documents: the HTML Next.js rendered,
// without the scripts with which React would take the page over in the browser.
//
// Why: those pages have nothing for React to do there. What they do in the browser (text size,
// theme, copy link, the comment form's touches) is public/enhance.js, which works on the
// server-rendered markup, and everything else works as plain HTML, as it must without
// JavaScript anyway. Next.js has no setting to leave its runtime out of a page, and it costs a
// reader on a slow phone a lot: on the seed article 140 KB of JavaScript (gzip) to download and
// run, and the page's whole content a second time as the inline RSC payload (the HTML is 19 KB
// gzip with it, 9 KB without). The seed article's Lighthouse mobile score went from 82 to
// 94-98, the bare Next.js page's 95-98 (BENCHMARKS.md).
//
// The moderator console and the comment status and report pages keep Next.js's runtime: the
// console's forms answer in place.
//
// How: the request reaches Next.js without Accept-Encoding, so its answer arrives as plain text;
// a page (text/html) has the framework's scripts taken out; the answer is compressed here when
// the client accepts it (as Next.js would have), and gets an ETag of what is actually sent.

import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { setWriteHeadHeaders } from './cache-control.mjs';
import { setsOwnPolicy } from './security-headers.mjs';

/**
 * Whether an answer for this path is sent through `sendAsDocument`: everything but Next.js's own
 * files and the pages rendered per request with their own policy (which keep the runtime).
 * @param {string} path
 */
export function isDocumentPath(path) {
  return !path.startsWith('/_next/') && !setsOwnPolicy(path);
}

/** Every `<script>` element: its content cannot contain `</script`, so the first one ends it. */
const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** Next.js's preloads of its own chunks. */
const scriptPreload = /<link\b[^>]*\bas="script"[^>]*>/gi;

/**
 * The page without Next.js's runtime: its chunks (`<script src="/_next/…">` and their
 * preloads), the inline RSC payload (`self.__next_f`) and the bundler's chunk list
 * (`TURBOPACK`). Every other script stays: the page's own inline ones (text size and theme,
 * before paint), JSON-LD, and React's inline ones that reveal streamed parts of a page.
 * @param {string} html
 */
export function withoutFrameworkScripts(html) {
  return html
    .replace(scriptElement, (element, attributes, content) => {
      if (/\bsrc="\/_next\//.test(attributes)) return '';
      if (/^\s*\(?\s*(?:self\.__next_[fs]\b|globalThis\["TURBOPACK"\])/.test(content)) return '';
      return element;
    })
    .replace(scriptPreload, (link) => (/\bhref="\/_next\//.test(link) ? '' : link));
}

/** Types worth compressing; images and fonts are compressed already. */
const compressible = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|xml|javascript))/;
/** Below this, gzip's header costs more than it saves. */
const minimumToCompress = 1024;

/**
 * Takes over the answer's encoding for a request `isDocumentPath` accepts: asks Next.js for
 * plain text, collects the answer, removes the framework's scripts from a page, compresses, and
 * sends it with its length and ETag. Call it after anything else that wraps the response (the
 * page cache, the cache policy), so they see what is sent.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function sendAsDocument(request, response) {
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  delete request.headers['accept-encoding'];
  const ifNoneMatch = request.headers['if-none-match'];
  // Next.js would compare it with the ETag of its own bytes, which are not the ones sent.
  delete request.headers['if-none-match'];

  const { writeHead, end } = response;
  /** @type {Buffer[]} */
  const chunks = [];
  /** @param {unknown} chunk @param {unknown} encoding */
  const take = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(
      typeof chunk === 'string'
        ? Buffer.from(
            chunk,
            typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8',
          )
        : Buffer.from(/** @type {Uint8Array} */ (chunk)),
    );
  };

  // Headers wait until the whole answer is known; writeHead's are kept as set headers, and a
  // streamed page's early flush of its headers waits too.
  response.flushHeaders = () => {};
  response.writeHead = /** @type {typeof response.writeHead} */ (
    function (/** @type {number} */ status, /** @type {any[]} */ ...rest) {
      response.statusCode = status;
      const message = setWriteHeadHeaders(response, rest);
      if (message !== undefined) response.statusMessage = message;
      return response;
    }
  );
  response.write = /** @type {typeof response.write} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
      take(chunk, encoding);
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') process.nextTick(done);
      return true;
    }
  );
  response.end = /** @type {typeof response.end} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
      if (typeof chunk === 'function') callback = chunk;
      else {
        take(chunk, encoding);
        if (typeof encoding === 'function') callback = encoding;
      }
      response.writeHead = writeHead;
      response.end = end;
      finish();
      return end.call(response, sent, callback);
    }
  );

  /** @type {Buffer | undefined} */
  let sent;
  const finish = () => {
    let body = Buffer.concat(chunks);
    const type = String(response.getHeader('content-type') ?? '');
    const status = response.statusCode;
    const bodiless = request.method === 'HEAD' || status === 204 || status === 304;
    if (bodiless) {
      // Its length would be the uncompressed one Next.js measured.
      response.removeHeader('Content-Length');
      sent = undefined;
      return;
    }
    if (type.startsWith('text/html'))
      body = Buffer.from(withoutFrameworkScripts(body.toString('utf8')));
    if (compressible.test(type) && body.length >= minimumToCompress) {
      appendVary(response, 'Accept-Encoding');
      if (acceptsGzip) {
        body = gzipSync(body);
        response.setHeader('Content-Encoding', 'gzip');
      }
    }
    response.removeHeader('Transfer-Encoding');
    response.setHeader('Content-Length', body.length);
    // Next.js sends an ETag with the pages it answers from its cache; it now names these bytes.
    if (status === 200 && request.method === 'GET' && response.hasHeader('etag')) {
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      response.setHeader('ETag', etag);
      if (ifNoneMatch === etag) {
        response.statusCode = 304;
        response.removeHeader('Content-Length');
        response.removeHeader('Content-Encoding');
        sent = undefined;
        return;
      }
    }
    sent = body;
  };
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {string} name
 */
function appendVary(response, name) {
  const current = response.getHeader('vary');
  const values =
    current === undefined
      ? []
      : String(current)
          .split(',')
          .map((v) => v.trim());
  if (!values.some((value) => value.toLowerCase() === name.toLowerCase())) values.push(name);
  response.setHeader('Vary', values.join(', '));
}
