import { healthSlot } from './scripts/server/health.mjs';

// Runs once when the server starts. NEXT_RUNTIME and NEXT_PHASE are set by Next.js itself to say
// where this code runs; they are not settings, so they are read here rather than in lib/env.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return;
  // npm start's server answers load balancers' /health with the app's own check, without going
  // through Next.js's routing (scripts/server/health.mjs).
  const { checkHealth } = await import('./lib/health');
  Reflect.set(globalThis, healthSlot, checkHealth);
  // Reading 10,000 articles and indexing them for search take seconds: started here, in the
  // background, a turn of the event loop at a time, so the server answers readers meanwhile and
  // the first list page or search finds the work done instead of doing it. Not awaited.
  const { warmSearchIndex } = await import('./lib/search');
  warmSearchIndex().catch((error: unknown) => {
    // A content problem is reported again, in full, by the first page that needs the articles.
    console.error('Reading the articles at start-up failed:', error);
  });
  // Neither may stop the server from serving readers: a database locked by another process at
  // this moment only postpones them (the setup link is printed at the next start, retention
  // runs from the next comment or report).
  try {
    const { announceSetupLink } = await import('./lib/moderation');
    await announceSetupLink();
    // Retention runs at start-up, then at most hourly from the comment and report actions.
    const { purgeExpiredComments } = await import('./lib/comments');
    await purgeExpiredComments();
  } catch (error) {
    console.error('Start-up housekeeping failed; the site is served anyway:', error);
  }
}
