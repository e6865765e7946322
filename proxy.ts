import { randomBytes } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { findModeratorOfSession, sessionCookieName } from '@/lib/auth';
import { findCommentByStatusToken, getReportableComment } from '@/lib/comments';
import { pagePathHeader } from '@/lib/request/page-path';
import { routes } from '@/lib/routes';
import { contentSecurityPolicy } from '@/scripts/server/security-headers.mjs';

// Only pages rendered per request come through here (see `config`): the moderator console, a
// comment's status and the report form. Each gets a fresh nonce and a policy without
// 'unsafe-inline'. Next.js reads the nonce from the request's policy and puts it on its own
// scripts; the root layout reads x-nonce for the one inline script of ours.
export async function proxy(request: NextRequest) {
  const nonce = randomBytes(16).toString('base64');
  const policy = contentSecurityPolicy({
    https: request.headers.get('x-forwarded-proto') === 'https',
    nonce,
    development: process.env.NODE_ENV === 'development',
  });
  const path = request.nextUrl.pathname;
  // Without a live session there is nothing to show: an HTTP redirect, which works without
  // JavaScript. Pages stream, so by the time a page could redirect its status is already sent.
  // Every page and action still checks the session again itself.
  // Posts (server actions) go through: each action checks the session and answers in the form.
  const navigation = request.method === 'GET' || request.method === 'HEAD';
  if (navigation && isSignedInPath(path) && !(await hasLiveSession(request))) {
    const response = NextResponse.redirect(new URL(routes.moderationLogin(), request.url), 303);
    response.headers.set('Content-Security-Policy', policy);
    return response;
  }
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  headers.set('x-nonce', nonce);
  // A status link nobody was given, or a report page for a comment readers cannot see: the
  // site's 404, with a 404 status (the page itself streams, so its status is sent too early).
  if (navigation && (await isHiddenCommentPage(request))) {
    const response = NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
    // The 404 page is prerendered: its inline scripts carry no nonce (SECURITY.md).
    response.headers.set(
      'Content-Security-Policy',
      contentSecurityPolicy({
        https: request.headers.get('x-forwarded-proto') === 'https',
        development: process.env.NODE_ENV === 'development',
      }),
    );
    return response;
  }
  // The root layout writes <html lang dir> before the page has read the comment, and a layout
  // is not told the URL: it reads it here (always ours, never a client's copy). The article
  // lookup for the language happens there: 'use cache' code does not run in the proxy.
  headers.set(pagePathHeader, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

async function hasLiveSession(request: NextRequest): Promise<boolean> {
  const id = request.cookies.get(sessionCookieName)?.value;
  if (!id) return false;
  return (await findModeratorOfSession(id, Date.now())) !== undefined;
}

async function isHiddenCommentPage(request: NextRequest): Promise<boolean> {
  const parts = request.nextUrl.pathname.split('/');
  // /comments/status/<token>
  if (parts.length === 4 && parts[1] === 'comments' && parts[2] === 'status')
    return (await findCommentByStatusToken(parts[3] ?? '')) === undefined;
  // /comments/<id>/report, before a report is sent (the outcome after it is shown for any id)
  if (parts.length === 4 && parts[1] === 'comments' && parts[3] === 'report')
    return (
      !request.nextUrl.searchParams.has('sent') &&
      (await getReportableComment(Number(parts[2]))) === undefined
    );
  return false;
}

/** Console pages other than sign-in and first-account setup. */
function isSignedInPath(path: string): boolean {
  if (path !== routes.moderation() && !path.startsWith(`${routes.moderation()}/`)) return false;
  return path !== routes.moderationLogin() && !path.startsWith(routes.moderationSetup(''));
}

export const config = { matcher: ['/moderation', '/moderation/:path*', '/comments/:path*'] };
