import 'server-only';
import { findBodyProblems } from '../articles/body-check';
import { loadArticles, readArticleBody } from '../articles/load';
import type { ContentProblem } from '../content';
import { findGuidelinesProblems } from '../articles/guidelines';
import { loadTermCatalog } from '../screening';
import { loadSections } from '../sections';

/**
 * Every problem in the content folder: what loading reports (and so what fails `next build`),
 * what rendering would silently drop from a body, and the newsroom's other editable files
 * (screening term lists in every language, community guidelines). Used by `npm run content:check`.
 */
export function checkContent(): { problems: ContentProblem[]; articleCount: number } {
  const sections = loadSections();
  const { articles, problems } = loadArticles(sections.sections);
  return {
    problems: [
      ...sections.problems,
      ...problems,
      ...articles.flatMap((article) =>
        findBodyProblems({ ...article, body: readArticleBody(article) }),
      ),
      ...loadTermCatalog().problems,
      ...findGuidelinesProblems(),
    ],
    articleCount: articles.length,
  };
}
