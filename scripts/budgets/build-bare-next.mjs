// Builds the JavaScript budget's baseline (bare-next.mjs) with `next build`: a stage of npm test,
// before the end-to-end tests. Exits with the build's status, so a baseline that does not build
// fails the run; the old build is deleted first, so the budget never measures a stale one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeBareNext } from './bare-next.mjs';

const root = process.cwd();
const dir = writeBareNext(root);
const result = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], {
  cwd: dir,
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0) {
  console.error(`The bare Next.js app in ${path.relative(root, dir)} did not build.`);
  process.exit(result.status ?? 1);
}
if (!existsSync(path.join(dir, '.next/BUILD_ID'))) {
  console.error(`next build exited 0 but left no ${path.relative(root, dir)}/.next/BUILD_ID.`);
  process.exit(1);
}
