// Decides whether `.next` is out of date, so `npm start` builds only when it has to.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const stampFile = '.next/build-stamp.json';

// The environment a build bakes into its static pages: a change means a rebuild.
const buildTimeVariables = [
  'SITE_URL',
  'SITE_NAME',
  'CONTENT_DIR',
  'PRERENDER_ARTICLES',
  'DATABASE_URL',
  'TIME_ZONE',
];

function buildEnvironment() {
  return Object.fromEntries(buildTimeVariables.map((name) => [name, process.env[name] || '']));
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function sourceMtime() {
  const contentDir = process.env.CONTENT_DIR || 'content';
  const inputs = [
    'app',
    'components',
    'lib',
    'public',
    contentDir,
    'package.json',
    'package-lock.json',
    'next.config.ts',
    'postcss.config.mjs',
  ];
  return Math.max(...inputs.map(newestMtime));
}

/** A reason to build, or undefined when the last build is current. */
export function reasonToBuild() {
  if (!existsSync('.next/BUILD_ID') || !existsSync(stampFile)) return 'no build yet';
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return 'build stamp unreadable';
  }
  if (JSON.stringify(stamp.env) !== JSON.stringify(buildEnvironment()))
    return 'build-time environment changed';
  if (sourceMtime() > stamp.builtAt) return 'sources changed since the last build';
  return undefined;
}

export function writeBuildStamp(startedAt) {
  writeFileSync(
    stampFile,
    JSON.stringify({ builtAt: startedAt, env: buildEnvironment() }, null, 2),
  );
}
