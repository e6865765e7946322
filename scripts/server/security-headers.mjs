// Response headers every answer carries. Static pages are prerendered, so their
// Content-Security-Policy cannot carry a per-request nonce: they allow inline scripts, which
// Next.js needs for its own bootstrap (see SECURITY.md). The moderator console renders per
// request and gets a nonce-based policy from proxy.ts instead.

/**
 * The Content-Security-Policy. With a nonce (pages rendered per request: the console), only
 * scripts carrying it run; without one (prerendered pages), inline scripts are allowed.
 * @param {{ https: boolean, nonce?: string, development?: boolean }} options
 */
export function contentSecurityPolicy({ https, nonce, development = false }) {
  const scripts = nonce ? `'self' 'nonce-${nonce}'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    // next dev evaluates modules for fast refresh; a production server never does.
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ''}`,
    // Style attributes cannot carry a nonce; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "media-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/**
 * Headers for every response.
 * @param {{ siteIsHttps: boolean }} options
 * @returns {[string, string][]}
 */
export function securityHeaders({ siteIsHttps }) {
  return [
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Frame-Options', 'DENY'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    // Two years, as the preload list asks; only when the site is served over https, since a
    // browser that saw it would refuse plain http for that long.
    ...(siteIsHttps
      ? /** @type {[string, string][]} */ ([
          ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
        ])
      : []),
  ];
}

/**
 * Headers for the pages that are for one person (`setsOwnPolicy`): the moderator console and its
 * sign-in, a comment's status page, the report form. Cross-Origin-Opener-Policy keeps any page
 * that opened them from holding a handle on their window.
 *
 * Public pages go without it. They are the same for every reader, with nothing an opener could
 * learn, and the header costs every reader: it puts the page in a browsing context group of its
 * own, so the browser starts each navigation into it in a fresh renderer. Measured on the seed
 * article (headless Chromium 156, 2 cores): the task that starts parsing the HTML took 44 ms
 * with it against 13 ms without (medians of 12 loads), and Lighthouse mobile performance was
 * 94-99 with it against 99-100 without (4 runs each).
 * @type {[string, string][]}
 */
export const personalPageHeaders = [['Cross-Origin-Opener-Policy', 'same-origin']];

/**
 * Paths whose pages render per request and set their own, stricter policy with a nonce
 * (proxy.ts; its matcher lists the same paths).
 * @param {string} path
 */
export function setsOwnPolicy(path) {
  return path === '/moderation' || path.startsWith('/moderation/') || path.startsWith('/comments/');
}
