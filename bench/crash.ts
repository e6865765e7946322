// Crash safety of posting a comment: readers post through the real form at full speed, the
// production server (node scripts/start.mjs) is killed with SIGKILL 2-6 s after it acknowledged
// the first of them, restarted on the same database, and the database is then read directly. Every comment the server
// acknowledged (answered with its status link) must be stored exactly once, as sent, and
// PRAGMA integrity_check must say ok. Exits non-zero when a run loses or doubles a comment.
//
//   npm run bench:crash -- [--runs 5] [--clients 16] [--reuse-build]
//
// Uses the benchmarks' shared build (bench/support/site.ts), so the database is the one that
// build was made with: its file is set aside before the runs (each run starts from an empty
// database) and put back after, even on failure. --reuse-build fails instead of building.
// Loopback only; each run is bounded to 3,000 requests or 60 s. BENCH_QUICK=1: 1 run.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { postComment, readCommentForm } from './crash/form';
import { postUntilCrash, readerFor } from './crash/load';
import { freePort, killAllServers, startServer, type RunningServer } from './crash/server';
import { verifyDatabase, type Submission } from './crash/verify';
import { numberOption, readOptions } from './options';
import { isQuickRun, reportRow } from './report';
import { ensureSiteBuilt, siteDatabase, siteEnv } from './support/site';
// @ts-expect-error scripts/build-state.mjs is plain JavaScript without types
import { reasonToBuild } from '../scripts/build-state.mjs';

const options = readOptions('bench:crash', {
  runs: { type: 'string' },
  clients: { type: 'string' },
  'reuse-build': { type: 'boolean' },
});
const runs = numberOption(options.runs, isQuickRun() ? 1 : 5);
const clients = numberOption(options.clients, 16);
const reuseBuild = options['reuse-build'] === true;
if (!(Number.isInteger(runs) && runs > 0 && Number.isInteger(clients) && clients > 0)) {
  console.error('--runs and --clients take a positive whole number');
  process.exit(2);
}
const maxRequests = 3000;
const maxMs = 60_000;
const afterRestart = 5;
const slug = 'erbil-citadel-restoration-enters-final-phase';

const dbFile = siteDatabase;
const env: NodeJS.ProcessEnv = siteEnv;
const suffixes = ['', '-wal', '-shm', '-journal'];
const aside = (suffix: string) => `${dbFile}${suffix}.before-crash`;

/** Puts back the database set aside by setAside (also after an interrupted earlier run). */
function putBack() {
  if (!existsSync(aside(''))) return;
  for (const suffix of suffixes) {
    rmSync(dbFile + suffix, { force: true });
    if (existsSync(aside(suffix))) renameSync(aside(suffix), dbFile + suffix);
  }
}

function setAside() {
  for (const suffix of suffixes)
    if (existsSync(dbFile + suffix)) copyFileSync(dbFile + suffix, aside(suffix));
}

function removeDatabase() {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbFile + suffix, { force: true });
}

type RunResult = { ok: boolean; line: string };

const seconds = (ms: number | undefined) => (ms === undefined ? '-' : (ms / 1000).toFixed(2));

async function crashOnce(run: number): Promise<RunResult> {
  removeDatabase();
  const port = await freePort();
  const pageUrl = `http://127.0.0.1:${port}/articles/${slug}`;
  let server: RunningServer | undefined;
  try {
    server = await startServer(env, port);
    const before = await readCommentForm(pageUrl);
    // One comment first, alone: a fresh server loads the action's modules on first use.
    const warmUp = readerFor(run, 1, 'warm-up');
    const first: Submission = { ...warmUp, token: await postComment(pageUrl, before, warmUp) };
    const load = await postUntilCrash({
      pageUrl,
      hidden: before,
      run,
      clients,
      maxRequests,
      maxMs,
      crashAfterMs: 2000 + Math.floor(Math.random() * 4000),
      crash: () => server?.crash() ?? Promise.resolve(),
    });

    server = await startServer(env, port);
    const hidden = await readCommentForm(pageUrl);
    const later: Submission[] = [];
    for (let n = 1; n <= afterRestart; n++) {
      const reader = readerFor(run, n, 'restart');
      later.push({ ...reader, token: await postComment(pageUrl, hidden, reader) });
    }
    await server.stop();

    const verdict = verifyDatabase(dbFile, [first, ...load.submissions, ...later]);
    const count = (list: Submission[], test: (submission: Submission) => boolean) =>
      list.filter(test).length;
    const acknowledged = count(load.submissions, (submission) => submission.token !== undefined);
    const laterStored = count(later, (submission) => verdict.stored.has(submission));
    const ok =
      verdict.stored.has(first) &&
      acknowledged > 0 &&
      laterStored === afterRestart &&
      verdict.lost === 0 &&
      verdict.duplicates === 0 &&
      verdict.strangers === 0 &&
      verdict.integrity === 'ok';
    const line = [
      `run ${run}: ${load.submissions.length} requests`,
      `${acknowledged} acknowledged`,
      `${count(load.submissions, (submission) => verdict.stored.has(submission))} stored`,
      `${verdict.duplicates} duplicates`,
      `${verdict.lost} lost`,
      `integrity_check ${verdict.integrity}`,
      `killed at ${seconds(load.crashedAtMs)} s (first acknowledged at ${seconds(load.firstAcknowledgedAtMs)} s)`,
      `${load.failed} cut off (${verdict.storedUnacknowledged} committed unacknowledged)`,
      `${load.unacknowledged} refused`,
      `${verdict.strangers} unknown rows`,
      `after restart ${laterStored}/${afterRestart} acknowledged and stored${ok ? '' : '  FAILED'}`,
    ].join(', ');
    return { ok, line };
  } catch (error) {
    return {
      ok: false,
      line: `run ${run}: FAILED: ${error instanceof Error ? error.message : String(error)}`,
    };
  } finally {
    await server?.stop();
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    killAllServers();
    process.exit(130);
  });

putBack();
if (reuseBuild) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const reason: string | undefined = reasonToBuild();
  process.env = saved;
  if (reason) {
    console.error(`--reuse-build, but the shared build is not current (${reason})`);
    process.exit(1);
  }
} else await ensureSiteBuilt();
setAside();

console.log(
  `${runs} runs, ${clients} clients posting to /articles/${slug}, SIGKILL 2-6 s after the first acknowledgement:`,
);
const results: RunResult[] = [];
try {
  for (let run = 1; run <= runs; run++) {
    const result = await crashOnce(run);
    results.push(result);
    console.log(result.line);
  }
} finally {
  killAllServers();
  putBack();
}
const failed = results.filter((result) => !result.ok).length;
console.log(
  failed === 0
    ? `All ${runs} runs: every acknowledged comment stored exactly once, integrity_check ok.`
    : `${failed} of ${runs} runs FAILED.`,
);
reportRow({
  group: 'Comments',
  what: `crash safety: server SIGKILLed while ${clients} clients post, runs where every acknowledged comment was stored exactly once`,
  ours: runs - failed,
  unit: `of ${runs} runs`,
  goal: `all ${runs}`,
  met: failed === 0,
  note: results.map((result) => result.line).join(' / '),
});
process.exit(failed === 0 ? 0 : 1);
