// Every public URL the site links to, built in one place so a route change is one edit.
import { tagSlug } from './articles/tags';

export const routes = {
  home: () => '/',
  /** Page n of the front page's list: page 1 is the front page itself. */
  frontPage: (page: number) => (page === 1 ? '/' : `/page/${page}`),
  article: (slug: string) => `/articles/${slug}`,
  section: (slug: string, page = 1) =>
    page === 1 ? `/sections/${slug}` : `/sections/${slug}/page/${page}`,
  /** A topic page from a tag as written (`United States`) or its slug (`united-states`). */
  topic: (tag: string, page = 1) => {
    const base = `/topics/${encodeURIComponent(tagSlug(tag))}`;
    return page === 1 ? base : `${base}/page/${page}`;
  },
  search: (query?: string, page = 1) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (page > 1) params.set('page', String(page));
    const search = params.toString();
    return search ? `/search?${search}` : '/search';
  },
  feed: () => '/feed.xml',
  ogImage: (slug: string) => `/og/${slug}`,
  defaultOgImage: () => '/og-default.png',
  logo: () => '/logo.png',
  sectionFeed: (slug: string) => `/sections/${slug}/feed.xml`,
  comment: (articleSlug: string, id: number) => `/articles/${articleSlug}#comment-${id}`,
  commentReport: (id: number) => `/comments/${id}/report`,
  commentStatus: (token: string) => `/comments/status/${token}`,
  moderation: () => '/moderation',
  moderationLogin: () => '/moderation/login',
  moderationLog: () => '/moderation/log',
  moderationSetup: (token: string) => `/moderation/setup/${token}`,
} as const;
