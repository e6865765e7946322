// What `npm run build` does after `next build`: writes the routes the server may answer, stores
// the search index, and records what was built so `npm start` knows the build is current. Its
// own module so the content benchmarks, which time `next build` alone in a copy of the site, do
// exactly the same steps after it. Everything is relative to the current folder.
import { spawnSync } from 'node:child_process';
import { writeBuildStamp } from './build-state.mjs';

const steps = ['scripts/write-known-routes.ts', 'scripts/write-search-index.ts'];

/**
 * Runs the steps in order with the process's environment; exits with a step's status when it
 * fails. `startedAt` is when the build began (`Date.now()`), for the build stamp.
 * @param {number} startedAt
 */
export function finishBuild(startedAt) {
  for (const script of steps) {
    const result = spawnSync('node_modules/.bin/tsx', ['--conditions=react-server', script], {
      stdio: 'inherit',
      env: process.env,
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  writeBuildStamp(startedAt);
}
