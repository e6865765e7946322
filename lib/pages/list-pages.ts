import 'server-only';
import {
  getTopic,
  listArticles,
  listArticlesInSection,
  listTopics,
  type Article,
  type Topic,
} from '../articles';
import { getEnv } from '../env';
import { pageCount, paginate, parsePageNumber, type Page } from './pagination';
import { getSection, listSections, type Section } from '../sections';
import { getSite } from '../site/config';

// Section and topic pages share their shape: a list, 20 a page, the first pages prerendered.

export type SectionArticlesPage = { section: Section; page: Page<Article> };
export type TopicArticlesPage = { topic: Topic; page: Page<Article> };

export async function getSectionPage(
  slug: string,
  lang: string,
  pageSegment = '1',
): Promise<SectionArticlesPage | undefined> {
  const section = getSection(slug, lang);
  const number = parsePageNumber(pageSegment);
  if (!section || number === undefined) return undefined;
  const page = paginate(await listArticlesInSection(slug, lang), number, getSite().pageSize);
  return page ? { section, page } : undefined;
}

export async function getTopicPage(
  slug: string,
  lang: string,
  pageSegment = '1',
): Promise<TopicArticlesPage | undefined> {
  const found = await getTopic(safeDecode(slug), lang);
  const number = parsePageNumber(pageSegment);
  if (!found || number === undefined) return undefined;
  const page = paginate(found.articles, number, getSite().pageSize);
  return page ? { topic: found.topic, page } : undefined;
}

// What `next build` prerenders of the lists is what readers reach first: every page that shows
// one of the edition's newest PRERENDER_ARTICLES (the prerendered articles), and the first pages
// of the most used topics. Deeper pages and rarer topics render on their first request and are
// cached from then on, so a 10,000-article site builds in minutes, not in a quarter of an hour.

/** The most used topics of each edition whose pages are prerendered. */
export const prerenderedTopics = 50;

/** Pages 2, 3, … of a list that show one of the edition's prerendered articles. */
async function laterPages(list: readonly Article[], lang: string): Promise<number[]> {
  const newest = new Set(
    (await listArticles(lang)).slice(0, getEnv().PRERENDER_ARTICLES).map((article) => article.slug),
  );
  // Both lists are newest first, so the list's prerendered articles are its first ones.
  const shown = list.filter((article) => newest.has(article.slug)).length;
  const pages = shown === 0 ? 1 : pageCount(shown, getSite().pageSize);
  return Array.from({ length: pages - 1 }, (_, i) => i + 2);
}

/** Pages 2, 3, … of an edition's front page list that `next build` prerenders. */
export async function frontPageParams(lang: string) {
  return (await laterPages(await listArticles(lang), lang)).map((n) => ({ n: String(n) }));
}

export async function sectionPageParams(lang: string) {
  const params = await Promise.all(
    listSections().map(async (section) =>
      (await laterPages(await listArticlesInSection(section.slug, lang), lang)).map((n) => ({
        section: section.slug,
        n: String(n),
      })),
    ),
  );
  return params.flat();
}

export async function topicParams(lang: string) {
  return (await listTopics(lang)).slice(0, prerenderedTopics).map((topic) => ({ tag: topic.slug }));
}

export async function topicPageParams(lang: string) {
  const topics = (await listTopics(lang)).slice(0, prerenderedTopics);
  const params = await Promise.all(
    topics.map(async (topic) => {
      const found = await getTopic(topic.slug, lang);
      const pages = found ? await laterPages(found.articles, lang) : [];
      return pages.map((n) => ({ tag: topic.slug, n: String(n) }));
    }),
  );
  return params.flat();
}

/** Route params may arrive percent-encoded; a malformed one is simply not a topic. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}
