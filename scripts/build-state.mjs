// What `npm run build` left in `.next`: whether there is a build at all, whether it is older
// than the sources and settings it was made from, and the deployment id it was made with.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
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
    'next.config.mjs',
    'postcss.config.mjs',
  ];
  return Math.max(...inputs.map(newestMtime));
}

/** @returns {{ builtAt: number, env: Record<string, string>, deploymentId?: string } | undefined} */
function readStamp() {
  if (!existsSync('.next/BUILD_ID') || !existsSync(stampFile)) return undefined;
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Whether `.next` holds a finished build (the stamp is written last, after every step). */
export function hasBuild() {
  return readStamp() !== undefined;
}

/** A reason to build, or undefined when the last build is current. */
export function reasonToBuild() {
  const stamp = readStamp();
  if (!stamp) return 'no build yet';
  if (JSON.stringify(stamp.env) !== JSON.stringify(buildEnvironment()))
    return 'build-time environment changed';
  if (sourceMtime() > stamp.builtAt) return 'sources changed since the last build';
  return undefined;
}

/** The deployment id the build in `.next` was made with (Next.js's deploymentId), if any. */
export function builtDeploymentId() {
  return readStamp()?.deploymentId;
}

export function writeBuildStamp(startedAt) {
  writeFileSync(
    stampFile,
    JSON.stringify(
      {
        builtAt: startedAt,
        env: buildEnvironment(),
        deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
      },
      null,
      2,
    ),
  );
}

const lockDir = '.build-lock';

/** @param {number} pid */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/**
 * Runs `work` while holding the build lock, a folder only one process can create: instances
 * started at once on a new checkout build once, the others wait and then find the build. A
 * lock left by a process that is gone is taken over.
 * @template T
 * @param {() => T} work
 * @param {{ pollMs?: number, onWait?: () => void }} [options]
 * @returns {Promise<T>}
 */
export async function withBuildLock(work, { pollMs = 500, onWait } = {}) {
  let told = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      let holder = NaN;
      try {
        holder = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
      } catch {
        // Just made, its pid not written yet: wait for it like any other holder.
      }
      if (Number.isInteger(holder) && holder > 0 && !isRunning(holder)) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (!told) onWait?.();
      told = true;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
  try {
    writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
