// Part of `npm run build`: writes .next/known-routes.json (see lib/known-routes.ts), which the
// server reads at start-up to answer unknown slugs with the static 404.
import { writeFileSync } from 'node:fs';
import { listKnownRoutes } from '../lib/known-routes';

const target = process.argv[2] ?? '.next/known-routes.json';
const routes = listKnownRoutes();
writeFileSync(target, JSON.stringify(routes));
console.log(
  `Known routes: ${routes.articles.length} article slugs, ${Object.keys(routes.sections).length} sections, ${Object.keys(routes.topics).length} topics -> ${target}`,
);
