// Part of `npm run build`: writes .next/known-routes.json (see lib/pages/known-routes.ts), which the
// server reads at start-up to answer unknown slugs with the static 404.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { listKnownRoutes } from '../lib/pages/known-routes';

function readTarget(): string {
  try {
    const { positionals } = parseArgs({
      args: process.argv.slice(2),
      options: {},
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 1)
      throw new Error(
        `expected at most one argument, the file to write; got ${positionals.length}`,
      );
    return positionals[0] ?? '.next/known-routes.json';
  } catch (error) {
    console.error(`write-known-routes: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

const target = readTarget();
const routes = listKnownRoutes();
writeFileSync(target, JSON.stringify(routes));
const lists = Object.values(routes.lists);
console.log(
  `Known routes: ${routes.articles.length} article slugs, ${routes.editions.length} editions, ${lists.reduce((sum, list) => sum + Object.keys(list.topics).length, 0)} topics -> ${target}`,
);
