import { randomBytes } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { getAuthStore } from '@/lib/auth';
import { findSessionModerator, sessionCookieName } from '@/lib/auth/sessions';
import { findCommentByStatusToken, getReportableComment } from '@/lib/comments';
import { getArticle } from '@/lib/articles';
import { pageLanguageHeader } from '@/lib/page-language';
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
  const commentPage = navigation ? await findCommentPage(request) : undefined;
  // A status link nobody was given, or a report page for a comment readers cannot see: the
  // site's 404, with a 404 status (the page itself streams, so its status is sent too early).
  if (commentPage?.hidden) {
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
  // The root layout writes <html lang dir> before the page has read the comment: it takes the
  // language of the comment's article from here (never from the client, whose copy is dropped).
  headers.delete(pageLanguageHeader);
  if (commentPage?.lang) headers.set(pageLanguageHeader, commentPage.lang);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

async function hasLiveSession(request: NextRequest): Promise<boolean> {
  const id = request.cookies.get(sessionCookieName)?.value;
  if (!id) return false;
  return (await findSessionModerator(getAuthStore(), id, Date.now())) !== undefined;
}

type CommentPage = { hidden: boolean; lang?: string };

/** A comment's status or report page: whether readers may see it, and its article's language. */
async function findCommentPage(request: NextRequest): Promise<CommentPage | undefined> {
  const parts = request.nextUrl.pathname.split('/');
  // /comments/status/<token>
  if (parts.length === 4 && parts[1] === 'comments' && parts[2] === 'status') {
    const comment = await findCommentByStatusToken(parts[3] ?? '');
    return comment
      ? { hidden: false, lang: await articleLanguage(comment.articleSlug) }
      : { hidden: true };
  }
  // /comments/<id>/report, before a report is sent (the outcome after it is shown for any id,
  // in the language of the article it names)
  if (parts.length === 4 && parts[1] === 'comments' && parts[3] === 'report') {
    const comment = await getReportableComment(Number(parts[2]));
    const sentFrom = request.nextUrl.searchParams.get('article');
    if (request.nextUrl.searchParams.has('sent'))
      return {
        hidden: false,
        lang: await articleLanguage(comment?.articleSlug ?? sentFrom ?? ''),
      };
    return comment
      ? { hidden: false, lang: await articleLanguage(comment.articleSlug) }
      : { hidden: true };
  }
  return undefined;
}

async function articleLanguage(slug: string): Promise<string | undefined> {
  return (await getArticle(slug))?.lang;
}

/** Console pages other than sign-in and first-account setup. */
function isSignedInPath(path: string): boolean {
  if (path !== routes.moderation() && !path.startsWith(`${routes.moderation()}/`)) return false;
  return path !== routes.moderationLogin() && !path.startsWith(`${routes.moderation()}/setup/`);
}

export const config = { matcher: ['/moderation', '/moderation/:path*', '/comments/:path*'] };
