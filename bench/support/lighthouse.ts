// Lighthouse 12 (mobile, its default settings: emulated phone, simulated slow 4G) through its
// Node API, on Debian's chromium. One browser for every audit; Lighthouse resets storage per run.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export type Audit = {
  /** Category scores, 0-100. */
  scores: Record<string, number>;
  /** Failed audits (score under 1) of each category, by id. */
  failed: Record<string, string[]>;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** Runs Lighthouse threw away before this one (see `attempts`). */
  retried: number;
};

/**
 * Runs per audit when Lighthouse reports a runtime error of its own, such as NO_NAVSTART ("Something
 * went wrong with recording the trace... Please run Lighthouse again"), which Chromium 156 gives
 * now and then on a page that loads fine the next time. That is a failed measurement, not a
 * score: it is run again, and a row that needed it says so. A score is never retried.
 */
const attempts = 3;

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * For an audit without the performance category: Lighthouse still waits for the page to settle
 * (no network and no long task for a while after load) before it reads the DOM and the console,
 * but for a quarter of its default second each time. Nothing timed depends on it, and each such
 * run takes about 5 s instead of 7 on this machine (4 runs each, 2026-12-04).
 */
const shorterWaits = {
  pauseAfterFcpMs: 250,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 250,
  cpuQuietThresholdMs: 250,
};

/**
 * What no row reads and each run spent time gathering (lhr.timing, 2026-12-04): the full-page
 * screenshot behind the report's element thumbnails (1.2 s a run), and for the performance
 * category the stylesheet coverage and back/forward-cache checks behind two diagnostics (1.0 s
 * and 0.5 s). The score is the weighted metrics alone (FCP, SI, LCP, TBT, CLS), so it is the same
 * without them.
 */
const unread = {
  disableFullPageScreenshot: true,
  skipAudits: ['unused-css-rules', 'bf-cache'],
};

export async function withChromium<T>(
  work: (audit: (url: string, only?: readonly string[]) => Promise<Audit>) => Promise<T>,
): Promise<T> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    return await work(async (url, only = categories) => {
      let lhr;
      let retried = 0;
      for (;;) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...only],
          ...unread,
          ...(only.includes('performance') ? {} : shorterWaits),
        });
        lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
        if (!lhr.runtimeError) break;
        if (retried + 1 >= attempts)
          throw new Error(
            `Lighthouse on ${url}, ${attempts} runs: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`,
          );
        console.log(`  Lighthouse on ${url}: ${lhr.runtimeError.code}; running it again`);
        retried += 1;
      }
      const scores: Record<string, number> = {};
      const failed: Record<string, string[]> = {};
      for (const [id, category] of Object.entries(lhr.categories)) {
        scores[id] = Math.round((category.score ?? 0) * 100);
        failed[id] = category.auditRefs
          .filter((ref) => ref.weight > 0)
          .filter((ref) => {
            const score = lhr.audits[ref.id]?.score;
            return score !== null && score !== undefined && score < 1;
          })
          .map((ref) => ref.id);
      }
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      return {
        scores,
        failed,
        cls: numeric('cumulative-layout-shift'),
        lcpMs: numeric('largest-contentful-paint'),
        tbtMs: numeric('total-blocking-time'),
        retried,
      };
    });
  } finally {
    chrome.kill();
  }
}
