// Every public URL the site links to, built in one place so a route change is one edit. Pages of
// an edition other than the default live under its code (`/ckb/articles/…`); the default
// edition's keep the URLs they always had (`/articles/…`), which next.config.mjs rewrites to the
// `[edition]` route.
import { tagSlug } from '../articles/tags';
import type { Queue } from '../comments';
import { editionPrefix } from '../editions';

export const routes = {
  home: (lang: string) => editionPrefix(lang) || '/',
  /** Page n of the front page's list: page 1 is the front page itself. */
  frontPage: (page: number, lang: string) =>
    page === 1 ? routes.home(lang) : `${editionPrefix(lang)}/page/${page}`,
  article: (slug: string, lang: string) => `${editionPrefix(lang)}/articles/${slug}`,
  section: (slug: string, lang: string, page = 1) =>
    page === 1
      ? `${editionPrefix(lang)}/sections/${slug}`
      : `${editionPrefix(lang)}/sections/${slug}/page/${page}`,
  /** A topic page from a tag as written (`United States`) or its slug (`united-states`). */
  topic: (tag: string, lang: string, page = 1) => {
    const base = `${editionPrefix(lang)}/topics/${encodeURIComponent(tagSlug(tag))}`;
    return page === 1 ? base : `${base}/page/${page}`;
  },
  /** The search page of an edition; `everyEdition` searches the articles of all editions. */
  search: (lang: string, query?: string, page = 1, everyEdition = false) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (page > 1) params.set('page', String(page));
    if (everyEdition) params.set('editions', 'all');
    const search = params.toString();
    return `${editionPrefix(lang)}/search${search ? `?${search}` : ''}`;
  },
  feed: (lang: string) => `${editionPrefix(lang)}/feed.xml`,
  sectionFeed: (slug: string, lang: string) => `${editionPrefix(lang)}/sections/${slug}/feed.xml`,
  sitemap: () => '/sitemap.xml',
  ogImage: (slug: string) => `/og/${slug}`,
  defaultOgImage: () => '/og-default.png',
  logo: () => '/logo.png',
  /** Page n of an article's comments: page 1 is under the article itself. */
  articleComments: (articleSlug: string, lang: string, page = 1) =>
    page === 1
      ? routes.article(articleSlug, lang)
      : `${routes.article(articleSlug, lang)}/comments/${page}`,
  /** A comment's permalink, on the comment page it is on (findCommentPage in lib/comments). */
  comment: (articleSlug: string, lang: string, id: number, page = 1) =>
    `${routes.articleComments(articleSlug, lang, page)}#${routes.commentAnchor(id)}`,
  /** The id of a comment's element on its article page, which its permalink's fragment names. */
  commentAnchor: (id: number) => `comment-${id}`,
  /** The id of an article's comment form, which Reply links jump to. */
  commentFormAnchor: () => 'comment-form',
  /** Where each comment's own pages (status link, report form) live, none of them for crawlers. */
  commentPages: () => '/comments/',
  commentReport: (id: number) => `${routes.commentPages()}${id}/report`,
  commentStatus: (token: string) => `${routes.commentPages()}status/${token}`,
  /** The console: a queue (Pending when none is named), optionally one article's, at a page. */
  moderation: (query: { queue?: Queue; article?: string; page?: number } = {}) => {
    const params = new URLSearchParams();
    if (query.queue) params.set('queue', query.queue);
    if (query.article) params.set('article', query.article);
    if (query.page && query.page > 1) params.set('page', String(query.page));
    const search = params.toString();
    return `/moderation${search ? `?${search}` : ''}`;
  },
  moderationLogin: () => '/moderation/login',
  moderationLog: (page = 1) => (page > 1 ? `/moderation/log?page=${page}` : '/moderation/log'),
  moderationSetup: (token: string) => `/moderation/setup/${token}`,
} as const;
