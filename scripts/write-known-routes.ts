// Part of `npm run build`: writes .next/known-routes.json (see lib/routes/known-routes.ts), which the
// server reads at start-up to answer unknown slugs with the static 404.
import { writeFileSync } from 'node:fs';
import { listKnownRoutes } from '../lib/routes/known-routes';

const target = process.argv[2] ?? '.next/known-routes.json';
const routes = listKnownRoutes();
writeFileSync(target, JSON.stringify(routes));
const lists = Object.values(routes.lists);
console.log(
  `Known routes: ${routes.articles.length} article slugs, ${routes.editions.length} editions, ${lists.reduce((sum, list) => sum + Object.keys(list.topics).length, 0)} topics -> ${target}`,
);
