// npm test: typecheck, lint, unit tests, production build, then end-to-end tests in Chromium.
// Ends with one line, "N passed, N failed, N skipped", counting every test plus the checks. Every
// stage's exit status counts: a stage that fails without a failing test (an unhandled error, a
// crash, a stray .only, no tests at all) is one more failure, never a silent pass.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { playwrightTotals, vitestTotals } from './test-totals.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const e2ePort = process.env.E2E_PORT ?? '3100';
const e2eUrl = `http://127.0.0.1:${e2ePort}`;
mkdirSync('test-results', { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(title, command, args, env) {
  const ok = run(title, command, args, env);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

/** @param {{ passed: number, failed: number, skipped: number }} totals */
function add(totals) {
  passed += totals.passed;
  failed += totals.failed;
  skipped += totals.skipped;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Debian's chromium, installed on the spot when we are root with apt-get; otherwise a one-line instruction. */
function ensureChromium() {
  if (existsSync(chromium)) return true;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log("Chromium is missing; installing Debian's chromium package...");
    run('install chromium', 'sh', [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
    ]);
    if (existsSync(chromium)) return true;
  }
  console.error(
    `Chromium not found at ${chromium}: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH), then npm test again.`,
  );
  return false;
}

check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);

const vitestReport = 'test-results/vitest.json';
rmSync(vitestReport, { force: true });
const unitOk = run('unit tests', 'node_modules/.bin/vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
add(vitestTotals(readJson(vitestReport), unitOk));

// The e2e server runs this build, so it is made with the URL and the (empty) database the tests use.
const e2eDatabase = 'data/e2e.db';
for (const suffix of ['', '-wal', '-shm']) rmSync(`${e2eDatabase}${suffix}`, { force: true });
const e2eEnv = { SITE_URL: e2eUrl, DATABASE_URL: `file:${e2eDatabase}`, E2E_DATABASE: e2eDatabase };
// The content check and the build run under scripts/offline.cjs: any connection to another
// host (a font, an emoji image, an API) fails the run rather than passing only when online.
const offline = `--require=${path.resolve('scripts/offline.cjs')}`;
const built = check('build', 'npm', ['run', '--silent', 'build'], {
  ...e2eEnv,
  NODE_OPTIONS: [process.env.NODE_OPTIONS, offline].filter(Boolean).join(' '),
});

// The JavaScript budget's baseline (tests/e2e/budgets.spec.ts): a bare Next.js app of the same
// version, built after the site (never two builds at once) and offline like it. A baseline that
// does not build is a failure here, and the budget that needs it fails too.
check(
  'bare Next.js build (the JavaScript budget baseline)',
  'node',
  ['scripts/budgets/build-bare-next.mjs'],
  { NODE_OPTIONS: [process.env.NODE_OPTIONS, offline].filter(Boolean).join(' ') },
);

if (!built) {
  console.error('\nEnd-to-end tests skipped: the build failed.');
  failed += 1;
} else if (!ensureChromium()) {
  failed += 1;
} else {
  const e2eReport = 'test-results/e2e.json';
  rmSync(e2eReport, { force: true });
  const e2eOk = run('end-to-end tests', 'node_modules/.bin/playwright', ['test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
    SITE_URL: e2eUrl,
    CI: '1',
  });
  add(playwrightTotals(readJson(e2eReport), e2eOk));
}

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
