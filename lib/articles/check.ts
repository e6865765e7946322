import 'server-only';
import type { ContentProblem } from '../content';
import { loadSections } from '../sections';
import { findBodyProblems } from './body-check';
import { loadArticles } from './load';

/**
 * Every problem in the content folder: what loading reports (and so what fails `next build`)
 * plus what rendering would silently drop from a body. Used by `npm run content:check`.
 */
export function checkContent(): { problems: ContentProblem[]; articleCount: number } {
  const sections = loadSections();
  const { articles, problems } = loadArticles(sections.sections);
  return {
    problems: [...sections.problems, ...problems, ...articles.flatMap(findBodyProblems)],
    articleCount: articles.length,
  };
}
