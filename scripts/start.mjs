// npm start: builds when the sources, content or build-time settings changed, then serves.
// PORT (default 3000) and HOSTNAME pick where it listens.
import { spawnSync, spawn } from 'node:child_process';
import { reasonToBuild } from './build-state.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';

const reason = reasonToBuild();
if (reason) {
  console.log(`> Building first (${reason}). This takes a minute.`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const args = ['start', '--port', process.env.PORT || '3000'];
if (process.env.HOSTNAME) args.push('--hostname', process.env.HOSTNAME);
const server = spawn('node_modules/.bin/next', args, { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
