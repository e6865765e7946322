// Reader-facing: what the seed article page costs a reader's browser, next to a bare Next.js
// page of the same version in the same run. In Chromium (Playwright): JavaScript loaded
// (gzip), HTML (gzip), all bytes transferred. With Lighthouse 12.2.3 (mobile): the
// performance score of both pages (median of --rounds), the accessibility, best-practices
// and SEO scores of the front page, an article, a section page and search, the article's CLS.
//
//   npm run bench:reader -- [--rounds 3]
import { numberOption, readOptions } from './options';
import { isQuickRun, median, reportRow } from './report';
import { bareDir, buildBareNext, lastPaddings, nextBin } from './support/bare-next';
import { launchChromium, measurePage } from './support/browser-bytes';
import { withChromium, type Audit } from './support/lighthouse';
import { freePort, startServer, type Server } from './support/processes';
import { ensureSiteBuilt, seedSlug, startSite } from './support/site';

const quick = isQuickRun();
const options = readOptions('bench:reader', { rounds: { type: 'string' } });
const rounds = numberOption(options.rounds, quick ? 1 : 3);
const group = 'Reader-facing';
const categories3 = ['accessibility', 'best-practices', 'seo'] as const;
const kb = (bytes: number) => bytes / 1024;

await ensureSiteBuilt();
// The bare app as the serving benchmark last built it (its tiny page is the same either way).
buildBareNext(lastPaddings() ?? {});
const servers: Server[] = [];
try {
  const site = await startSite(await freePort());
  servers.push(site);
  const barePort = await freePort();
  const bare = await startServer(
    nextBin,
    ['start', '--port', String(barePort), '--hostname', '127.0.0.1'],
    { cwd: bareDir, port: barePort },
  );
  servers.push(bare);
  const article = `${site.url}/articles/${seedSlug}`;

  const browser = await launchChromium();
  const [ours, base] = await (async () => {
    try {
      return [await measurePage(browser, article), await measurePage(browser, `${bare.url}/`)];
    } finally {
      await browser.close();
    }
  })();
  const jsOver = ours.scriptGzip - base.scriptGzip;
  reportRow({
    group,
    what: 'seed article: JavaScript loaded, gzip (Chromium, fresh load)',
    ours: kb(ours.scriptGzip),
    unit: 'KB',
    baseline: kb(base.scriptGzip),
    baselineName: 'bare Next.js page',
    goal: '≤ +10 KB over bare',
    met: jsOver <= 10 * 1024,
    note: `${ours.scripts} scripts against ${base.scripts}; ${kb(jsOver).toFixed(1)} KB over bare${jsOver <= 10 * 1024 ? '' : ': missed, our client components and their dependencies are more than 10 KB'}`,
  });
  reportRow({
    group,
    what: 'seed article: HTML, gzip',
    ours: kb(ours.htmlGzip),
    unit: 'KB',
    baseline: kb(base.htmlGzip),
    baselineName: 'bare Next.js page',
  });
  const kinds = [...ours.byKind.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, bytes]) => `${kind} ${kb(bytes).toFixed(1)} KB`)
    .join(', ');
  reportRow({
    group,
    what: 'seed article: total bytes transferred (headers + encoded bodies)',
    ours: kb(ours.transfer),
    unit: 'KB',
    baseline: kb(base.transfer),
    baselineName: 'bare Next.js page',
    note: `ours by kind: ${kinds}`,
  });

  // Lighthouse: the two pages' performance alternating, then the other pages once each.
  await withChromium(async (audit) => {
    const articleRuns: Audit[] = [];
    const bareRuns: Audit[] = [];
    for (let round = 1; round <= rounds; round++) {
      articleRuns.push(await audit(article));
      bareRuns.push(await audit(`${bare.url}/`, ['performance']));
      console.log(
        `Lighthouse round ${round}: article ${articleRuns.at(-1)?.scores.performance}, bare ${bareRuns.at(-1)?.scores.performance}`,
      );
    }
    const perf = (runs: Audit[]) => median(runs.map((run) => run.scores.performance ?? 0));
    const lcp = (runs: Audit[]) => median(runs.map((run) => run.lcpMs));
    const tbt = (runs: Audit[]) => median(runs.map((run) => run.tbtMs));
    const oursScore = perf(articleRuns);
    const bareScore = perf(bareRuns);
    const retried = [...articleRuns, ...bareRuns].reduce((sum, run) => sum + run.retried, 0);
    const metrics = `LCP ${lcp(articleRuns).toFixed(0)} ms vs ${lcp(bareRuns).toFixed(0)} ms, TBT ${tbt(articleRuns).toFixed(0)} ms vs ${tbt(bareRuns).toFixed(0)} ms${retried > 0 ? `; ${retried} run(s) ended in a Lighthouse runtime error and were run again` : ''}`;
    reportRow({
      group,
      what: `seed article: Lighthouse mobile performance (median of ${rounds})`,
      ours: oursScore,
      unit: 'score',
      baseline: bareScore,
      baselineName: 'bare Next.js page',
      goal: '≥ bare',
      met: oursScore >= bareScore,
      note:
        oursScore >= bareScore
          ? metrics
          : `missed: ${metrics}; audits under 1: ${articleRuns[0]?.failed.performance?.join(', ') ?? ''}`,
    });
    const cls = median(articleRuns.map((run) => run.cls));
    reportRow({
      group,
      what: 'seed article: cumulative layout shift (Lighthouse mobile)',
      ours: cls,
      unit: '',
      goal: '= 0',
      met: cls === 0,
      note:
        cls === 0
          ? ''
          : 'missed: something moves after the first paint (a late font, image or banner)',
    });
    const pages: [string, Audit][] = [
      ['front page', await audit(`${site.url}/`, categories3)],
      ['article', articleRuns[0] as Audit],
      ['section page', await audit(`${site.url}/sections/iraq`, categories3)],
      ['search', await audit(`${site.url}/search?q=iraq`, categories3)],
    ];
    for (const [name, result] of pages)
      for (const category of categories3) {
        const score = result.scores[category] ?? 0;
        reportRow({
          group,
          what: `${name}: Lighthouse ${category}`,
          ours: score,
          unit: 'score',
          goal: '100',
          met: score === 100,
          note:
            score === 100
              ? ''
              : `missed; failed audits: ${result.failed[category]?.join(', ') || 'none listed'}`,
        });
      }
  });
} finally {
  for (const server of servers.reverse()) await server.stop();
}
