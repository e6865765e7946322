// npm run build: checks the content (every problem at once), builds, and records what was built
// so `npm start` knows when the build is current.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { finishBuild } from './finish-build.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const startedAt = Date.now();
// One id for this build (Next.js's deploymentId), which every instance started from it
// announces: a reader's page from an older build reloads instead of calling server actions
// that no longer exist. NEXT_DEPLOYMENT_ID, when set, is used as it is (builds made elsewhere).
process.env.NEXT_DEPLOYMENT_ID ||= `b${startedAt.toString(36)}${randomBytes(3).toString('hex')}`;

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npm', ['run', '--silent', 'content:check']);
run('node_modules/.bin/next', ['build', ...process.argv.slice(2)]);
finishBuild(startedAt);
