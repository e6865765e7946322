export { ContentError, formatProblem, problemsFromIssues, describeValue } from './problems';
export type { ContentProblem } from './problems';
export { readUtf8, readYaml, parseFrontMatter, displayPath, detachedText } from './files';
export { contentPath, isDevelopment } from './dir';
