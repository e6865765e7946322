// npm run content:check — validates every file in the content folder and prints every problem,
// one line each, so an editor can fix them all in one pass.
import { checkContent } from '../lib/checks/content';
import { formatProblem } from '../lib/content';

const { problems, articleCount } = checkContent();
if (problems.length === 0) {
  console.log(`content:check: ${articleCount} articles, no problems.`);
} else {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `content:check: ${problems.length} problem${problems.length === 1 ? '' : 's'} found.`,
  );
  process.exitCode = 1;
}
