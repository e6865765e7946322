// Every public URL the site links to, built in one place so a route change is one edit.
import { tagSlug } from './articles/tags';

export const routes = {
  home: () => '/',
  /** Page n of the front page's list: page 1 is the front page itself. */
  frontPage: (page: number) => (page === 1 ? '/' : `/page/${page}`),
  article: (slug: string) => `/articles/${slug}`,
  section: (slug: string) => `/sections/${slug}`,
  topic: (tag: string) => `/topics/${encodeURIComponent(tagSlug(tag))}`,
  comment: (articleSlug: string, id: number) => `/articles/${articleSlug}#comment-${id}`,
  commentReport: (id: number) => `/comments/${id}/report`,
  commentStatus: (token: string) => `/comments/status/${token}`,
} as const;
