import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// Outside test-results/, which Playwright empties when it starts.
const database = process.env.E2E_DATABASE ?? 'data/e2e.db';
// Matches tests/e2e/support.ts.
const moderatorPassword = 'correct horse battery staple';

// Playwright cannot download its own browsers here; Debian's chromium is used instead
// (scripts/test.mjs installs it when it can).
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // No retries: a test that passes only on its second try is a failure to fix, not to count.
  retries: 0,
  // Two workers, Chromium and the server share two cores: a page load there takes 1-3 s, and a
  // test that posts, signs in, approves and reads again took just over the 30 s default in a
  // clean CI run (security.spec.ts's rotating reporter, 30.06 s). Slow is not broken; a test that
  // hangs still fails.
  timeout: 60_000,
  // A stray test.only would quietly drop every other test: it fails the run instead.
  forbidOnly: true,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'reader and moderator', testIgnore: /\.alone\.spec\.ts$/ },
    {
      // Tests that lock the database or measure the server's disk and memory run after all
      // others, one at a time, so neither disturbs the other.
      name: 'alone',
      testMatch: /\.alone\.spec\.ts$/,
      dependencies: ['reader and moderator'],
      fullyParallel: false,
      workers: 1,
    },
  ],
  webServer: {
    // A fresh database with one moderator for every run.
    command: `rm -f ${database}* && printf '%s\n' '${moderatorPassword}' | npm run --silent moderator -- add e2e-moderator && node scripts/start.mjs`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    env: {
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      SITE_URL: baseURL,
      DATABASE_URL: `file:${database}`,
      NEXT_TELEMETRY_DISABLED: '1',
      // The server (and a rebuild it may start) cannot reach any other host: every page and
      // image the tests load is proven to need no network (scripts/offline.cjs).
      NODE_OPTIONS: [process.env.NODE_OPTIONS, '--require=./scripts/offline.cjs']
        .filter(Boolean)
        .join(' '),
    },
  },
});
