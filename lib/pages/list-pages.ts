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

/** Extra pages (2, 3, …) to prerender for a list of `count` articles, within the prerender budget. */
function laterPages(count: number): number[] {
  const pages = pageCount(Math.min(count, getEnv().PRERENDER_ARTICLES), getSite().pageSize);
  return Array.from({ length: pages - 1 }, (_, i) => i + 2);
}

/** Pages 2, 3, … of an edition's front page list that `next build` prerenders. */
export async function frontPageParams(lang: string) {
  return laterPages((await listArticles(lang)).length).map((n) => ({ n: String(n) }));
}

export async function sectionPageParams(lang: string) {
  const params = await Promise.all(
    listSections().map(async (section) =>
      laterPages((await listArticlesInSection(section.slug, lang)).length).map((n) => ({
        section: section.slug,
        n: String(n),
      })),
    ),
  );
  return params.flat();
}

export async function topicParams(lang: string) {
  return (await listTopics(lang))
    .slice(0, getEnv().PRERENDER_ARTICLES)
    .map((topic) => ({ tag: topic.slug }));
}

export async function topicPageParams(lang: string) {
  const topics = (await listTopics(lang)).slice(0, getEnv().PRERENDER_ARTICLES);
  return topics.flatMap((topic) =>
    laterPages(topic.count).map((n) => ({ tag: topic.slug, n: String(n) })),
  );
}

/** Route params may arrive percent-encoded; a malformed one is simply not a topic. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}
