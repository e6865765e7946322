// Concurrent readers posting comments at full speed until the crash (or the bound), each
// submission unique so the database can be checked one by one afterwards.
import { postComment, type FormFields } from './form';
import type { Submission } from './verify';

export type LoadOptions = {
  pageUrl: string;
  hidden: FormFields;
  run: number;
  clients: number;
  maxRequests: number;
  maxMs: number;
  /**
   * Called once, this many ms after the first acknowledged answer (so a slow, cold server is
   * never killed before it takes comments); no new request is sent after it.
   */
  crashAfterMs: number;
  crash: () => Promise<void>;
};

export type LoadResult = {
  submissions: Submission[];
  /** Requests that got no answer (cut off by the crash, or refused after it). */
  failed: number;
  /** Answers without a status link, before the crash: the server refused a comment. */
  unacknowledged: number;
  /** Since posting started. */
  firstAcknowledgedAtMs: number | undefined;
  crashedAtMs: number | undefined;
};

export function readerFor(run: number, n: number, phase: string) {
  return {
    name: `Crash Reader ${run}-${phase}-${n}`,
    email: `crash-${run}-${phase}-${n}@example.com`,
    body: `Crash run ${run} ${phase} comment ${n}: the citadel restoration should keep its old stone.`,
  };
}

export async function postUntilCrash(options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = {
    submissions: [],
    failed: 0,
    unacknowledged: 0,
    firstAcknowledgedAtMs: undefined,
    crashedAtMs: undefined,
  };
  const started = Date.now();
  let stopped = false;
  let crashing: Promise<void> | undefined;
  let crashed = () => {};
  const crashStarted = new Promise<void>((resolve) => (crashed = resolve));
  const crash = () => {
    if (crashing) return;
    stopped = true;
    result.crashedAtMs = Date.now() - started;
    crashing = options.crash();
    crashed();
  };

  const client = async () => {
    while (
      !stopped &&
      result.submissions.length < options.maxRequests &&
      Date.now() - started < options.maxMs
    ) {
      const reader = readerFor(options.run, result.submissions.length + 1, 'load');
      const submission: Submission = { ...reader, token: undefined };
      result.submissions.push(submission);
      try {
        submission.token = await postComment(options.pageUrl, options.hidden, reader);
        if (submission.token === undefined && !stopped) result.unacknowledged++;
        if (submission.token !== undefined && result.firstAcknowledgedAtMs === undefined) {
          result.firstAcknowledgedAtMs = Date.now() - started;
          setTimeout(crash, options.crashAfterMs);
        }
      } catch {
        result.failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  // Bounded before the timer fired: the crash still comes, on time, to an idle server.
  if (result.firstAcknowledgedAtMs === undefined) crash();
  await crashStarted;
  await crashing;
  return result;
}
