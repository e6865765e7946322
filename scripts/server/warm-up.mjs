// A fresh server's first pages are slow: Next.js loads each route's code on its first request,
// and V8 has compiled none of the rendering yet. On a 10,000-article site the first deep list
// page took 480 ms where the next ones took 70-90, and the first one also waits for the articles
// to be read. So before `npm start` says it is ready, the server asks itself, over loopback, for
// one page of each kind that is rendered on request rather than prerendered: readers and load
// balancers then meet a warm server. The pages it renders are real pages, cached as any other.

/** @typedef {import('./known-routes.mjs').KnownRoutes} KnownRoutes */

/**
 * The default edition's paths to warm: a page from the middle of the front page's list, of the
 * longest section's and of the most used topic's (deep pages are rendered on request), and an
 * article from the middle of the list (older articles are too), and a search (words of the most
 * used topic, else of that article's slug).
 * @param {KnownRoutes} known
 * @returns {string[]}
 */
export function warmUpPaths(known) {
  const list = known.lists[known.defaultEdition];
  if (!list) return [];
  const middle = (/** @type {number} */ pages) => Math.max(2, Math.ceil(pages / 2));
  /** @param {Record<string, number>} counts @returns {[string, number] | undefined} */
  const longest = (counts) =>
    Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const paths = [];
  if (list.frontPages > 1) paths.push(`/page/${middle(list.frontPages)}`);
  const section = longest(list.sections);
  if (section && section[1] > 1)
    paths.push(`/sections/${encodeURIComponent(section[0])}/page/${middle(section[1])}`);
  const topic = longest(list.topics);
  if (topic && topic[1] > 1)
    paths.push(`/topics/${encodeURIComponent(topic[0])}/page/${middle(topic[1])}`);
  const article = known.articles[Math.floor(known.articles.length / 2)];
  if (article !== undefined) paths.push(`/articles/${encodeURIComponent(article)}`);
  // The stored search index starts loading with the server (instrumentation.ts) and takes about
  // a second and a half on 10,000 articles; a search here waits for that load, so once Ready is
  // printed the first reader's search is answered at once.
  const words = topic?.[0] ?? article;
  if (words !== undefined)
    paths.push(`/search?q=${encodeURIComponent(words.replaceAll('-', ' '))}`);
  return paths;
}

/**
 * Requests each path once, one after the other, from the server at `origin`. Never throws: a
 * page that fails here is logged and fails again, with its own error, for the reader who asks.
 * @param {string} origin e.g. http://127.0.0.1:3000
 * @param {readonly string[]} paths
 * @param {{ timeoutMs?: number }} [options]
 */
export async function warmUp(origin, paths, { timeoutMs = 30_000 } = {}) {
  for (const path of paths) {
    try {
      const response = await fetch(origin + path, {
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer();
      if (response.status >= 500) console.error(`> Warm-up: ${path} answered ${response.status}`);
    } catch (error) {
      console.error(`> Warm-up: ${path} failed:`, error instanceof Error ? error.message : error);
    }
  }
}
