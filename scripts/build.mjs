// npm run build: checks the content (every problem at once), builds, and records what was built
// so `npm start` knows when the build is current.
import { spawnSync } from 'node:child_process';
import { finishBuild } from './finish-build.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const startedAt = Date.now();

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npm', ['run', '--silent', 'content:check']);
run('node_modules/.bin/next', ['build', ...process.argv.slice(2)]);
finishBuild(startedAt);
