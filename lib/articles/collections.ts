import type { Article } from './load';
import { tagSlug } from './tags';

export type Topic = { slug: string; name: string; count: number };

/**
 * An edition's articles grouped the ways its pages list them: by section, by topic, and what to
 * read next. Built once per list (`collectionsOf` in index.ts keeps one per edition), because
 * every article page asks for its related reading and its section neighbours: scanning 10,000
 * articles for each of them, slugging every tag again, was most of a 10,000-article build.
 */
export type Collections = {
  /** Articles of one section, newest first. */
  inSection: (section: string) => readonly Article[];
  /** Every topic, most used first (then by slug). */
  topics: readonly Topic[];
  /** A topic by its slug, with its articles newest first; undefined for a topic no article has. */
  topic: (slug: string) => { topic: Topic; articles: readonly Article[] } | undefined;
  /**
   * Related reading: other articles ranked by how many topics they share with this one, then by
   * recency. Never the article itself; only articles that share at least one topic.
   */
  relatedTo: (article: Article, limit: number) => Article[];
  /** The previous (older) and next (newer) article in the same section. */
  neighboursInSection: (article: Article) => { older?: Article; newer?: Article };
};

/** An article with its position in the edition's newest-first list. */
type Listed = { article: Article; index: number };

/** Groups a newest-first list of articles (the order every group keeps). */
export function indexCollections(articles: readonly Article[]): Collections {
  // Keyed by slug, not by the Article object: in `next dev` the article a page shows and the
  // list it is grouped from are separate reads of the files, so the objects differ.
  const bySection = new Map<string, Article[]>();
  const sectionPosition = new Map<string, number>();
  const byTopic = new Map<string, Article[]>();
  // The same lists with each article's position, for counting shared topics in an array.
  const listedByTopic = new Map<string, Listed[]>();
  // Tag spellings repeat across thousands of articles; each is slugged once.
  const slugOf = memoize(tagSlug);
  // An article tagged both "Iraq" and "iraq" is in the topic once.
  const topicsOf = (article: Article) =>
    [...new Set(article.tags.map(slugOf))].filter((slug) => slug !== '');
  articles.forEach((article, index) => {
    const section = bySection.get(article.section) ?? [];
    sectionPosition.set(article.slug, section.length);
    section.push(article);
    bySection.set(article.section, section);
    for (const slug of topicsOf(article)) {
      const list = byTopic.get(slug) ?? [];
      list.push(article);
      byTopic.set(slug, list);
      const listed = listedByTopic.get(slug) ?? [];
      listed.push({ article, index });
      listedByTopic.set(slug, listed);
    }
  });
  const topics = collectTopics(articles, slugOf).sort(
    (a, b) => b.count - a.count || a.slug.localeCompare(b.slug),
  );
  const topicBySlug = new Map(topics.map((topic) => [topic.slug, topic]));

  return {
    inSection: (section) => bySection.get(section) ?? [],
    topics,
    topic: (slug) => {
      const topic = topicBySlug.get(slug);
      return topic ? { topic, articles: byTopic.get(slug) ?? [] } : undefined;
    },
    relatedTo: (article, limit) => {
      // Counted by list position and kept to the best `limit` in one pass: a common topic holds
      // thousands of articles on a large site, and sorting all of them for four links was a
      // tenth of an on-demand article render (10,000 articles).
      const shared = new Uint16Array(articles.length);
      const touched: Listed[] = [];
      for (const slug of topicsOf(article))
        for (const other of listedByTopic.get(slug) ?? []) {
          const count = shared[other.index] ?? 0;
          if (count === 0 && other.article.slug !== article.slug) touched.push(other);
          shared[other.index] = count + 1;
        }
      // Ranked by topics shared, then recency, then list order.
      const before = (a: Listed, b: Listed) => {
        const aShared = shared[a.index] ?? 0;
        const bShared = shared[b.index] ?? 0;
        if (aShared !== bShared) return aShared > bShared;
        if (a.article.publishedAt !== b.article.publishedAt)
          return a.article.publishedAt > b.article.publishedAt;
        return a.index < b.index;
      };
      const best: Listed[] = [];
      for (const candidate of touched) {
        if (best.length >= limit) {
          const last = best[best.length - 1];
          if (!last || !before(candidate, last)) continue;
          best.pop();
        }
        let at = best.length;
        while (at > 0 && before(candidate, best[at - 1] ?? candidate)) at -= 1;
        best.splice(at, 0, candidate);
      }
      return best.map((listed) => listed.article);
    },
    neighboursInSection: (article) => {
      const index = sectionPosition.get(article.slug);
      const section = bySection.get(article.section);
      if (index === undefined || !section) return {};
      return { newer: section[index - 1], older: section[index + 1] };
    },
  };
}

/**
 * Every tag as a topic: the slug used in URLs, the most common spelling as its name, and how
 * many articles carry it, in order of first appearance.
 */
export function collectTopics(
  articles: readonly Article[],
  slugOf: (tag: string) => string = tagSlug,
): Topic[] {
  const topics = new Map<string, { names: Map<string, number>; count: number }>();
  for (const article of articles) {
    const counted = new Set<string>();
    for (const tag of article.tags) {
      const slug = slugOf(tag);
      if (slug === '') continue;
      const topic = topics.get(slug) ?? { names: new Map(), count: 0 };
      if (!counted.has(slug)) topic.count += 1;
      counted.add(slug);
      topic.names.set(tag, (topic.names.get(tag) ?? 0) + 1);
      topics.set(slug, topic);
    }
  }
  return [...topics].map(([slug, { names, count }]) => ({
    slug,
    name: [...names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? slug,
    count,
  }));
}

function memoize(fn: (input: string) => string): (input: string) => string {
  const results = new Map<string, string>();
  return (input) => {
    let result = results.get(input);
    if (result === undefined) {
      result = fn(input);
      results.set(input, result);
    }
    return result;
  };
}
