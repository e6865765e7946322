// Refusals that must happen before Next.js parses a request: Next answers an oversized body or a
// foreign Origin with a 500 error page, which tells the reader nothing.

/** The largest request body accepted: a comment is at most 3,000 characters (12 KB of UTF-8). */
export const maxBodyBytes = 100 * 1024;

/**
 * The host of the site's public address (SITE_URL), which a post's Origin may always name: the
 * same host Next.js's server actions allow (serverActions.allowedOrigins in next.config.mjs), for
 * a proxy in front that does not pass the host the browser used.
 * @param {string | undefined} siteUrl
 */
export function siteHostOf(siteUrl) {
  try {
    return siteUrl ? new URL(siteUrl).host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why this request is refused, or undefined to let it through.
 * @param {import('node:http').IncomingMessage} request
 * @param {{ host: string | undefined }} client forwarded host from a trusted proxy, if any
 * @param {string | undefined} [siteHost] the host of SITE_URL (siteHostOf)
 * @returns {{ status: 403 | 411 | 413, title: string, message: string } | undefined}
 */
export function refusal(request, client, siteHost) {
  const method = request.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return undefined;

  // Size first: a refused body is drained before the answer (see serve.mjs), so it must be small.
  const length = request.headers['content-length'];
  if (length === undefined) {
    if (request.headers['transfer-encoding'] !== undefined)
      return {
        status: 411,
        title: 'Length required',
        message: 'Send the form with its length (Content-Length), as browsers do.',
      };
  } else if (!/^\d+$/.test(length) || Number(length) > maxBodyBytes)
    return {
      status: 413,
      title: 'Too much text',
      message: `What you sent is larger than this site accepts (${Math.round(maxBodyBytes / 1024)} KB). A comment can be up to 3,000 characters. Go back to your text with your browser’s Back button, shorten it, and send it again.`,
    };

  const origin = request.headers.origin;
  if (origin !== undefined) {
    const host = client.host ?? request.headers.host;
    let originHost;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = undefined;
    }
    if (originHost === undefined || (originHost !== host && originHost !== siteHost))
      return {
        status: 403,
        title: 'Request refused',
        message:
          'This form was sent from another website, so it was not accepted. Open the page on this site and send it from there.',
      };
  }

  return undefined;
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(
    /[&<>"']/g,
    (character) =>
      /** @type {Record<string, string>} */ ({
        '&': '&amp;',
        '<': '&lt;',
        '>': '&gt;',
        '"': '&quot;',
        "'": '&#39;',
      })[character] ?? character,
  );
}

/**
 * A small page for a refusal: the status says what happened to programs, the text to people.
 * @param {{ title: string, message: string }} refusal
 */
export function refusalPage({ title, message }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}</style></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p>Use your browser’s Back button to return to the page.</p><p><a href="/">Go to the front page</a></p></main></body></html>`;
}
