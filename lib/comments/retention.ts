import type { CommentStore } from './store';

export const purgeIntervalMs = 60 * 60 * 1000;

/**
 * Runs the store's retention purge at most once per interval in this process: at start-up and
 * then from write paths, so no scheduler is needed. Each instance of the app keeps its own
 * clock; running it twice is harmless (the purge only erases what is already due).
 */
export function createRetention(store: Pick<CommentStore, 'purgeExpired'>, days: number) {
  let lastRun: number | undefined;
  return {
    async purgeIfDue(now: number): Promise<boolean> {
      if (lastRun !== undefined && now - lastRun < purgeIntervalMs) return false;
      lastRun = now;
      try {
        await store.purgeExpired(now, days);
      } catch (error) {
        lastRun = undefined; // not done: the next write path tries again
        throw error;
      }
      return true;
    },
  };
}
