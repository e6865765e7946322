// Runs once when the server starts. NEXT_RUNTIME and NEXT_PHASE are set by Next.js itself to say
// where this code runs; they are not settings, so they are read here rather than in lib/env.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return;
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
