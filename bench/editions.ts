// What an Arabic-script page makes the browser load, next to the same story's English page:
// every response of a fresh load (HTML, scripts, styles, fonts, images), counted as the bytes
// that crossed the wire, by kind, and the font files each page asked for.
//
//   npm run bench:editions
//
// Issue 8 asks for the extra bytes of an Arabic-script page (fonts included). The server is
// `npm start` on the benchmarks' shared build (bench/support/site.ts).
import { reportRow } from './report';
import { launchChromium, measurePage, type PageBytes } from './support/browser-bytes';
import { freePort } from './support/processes';
import { ensureSiteBuilt, startSite } from './support/site';

const pages = {
  English: '/articles/hussein-rubio-discuss-strengthening-iraq-us-ties',
  Sorani: '/ckb/articles/hussein-rubio-iraq-us-ties-ckb',
  Arabic: '/ar/articles/hussein-rubio-iraq-us-ties-ar',
};
const kb = (bytes: number) => bytes / 1024;

await ensureSiteBuilt();
const server = await startSite(await freePort());
const browser = await launchChromium();
try {
  const results: Record<string, PageBytes> = {};
  for (const [name, path] of Object.entries(pages))
    results[name] = await measurePage(browser, `${server.url}${path}`);
  const english = results.English;
  if (!english) throw new Error('no English page measured');
  for (const [name, result] of Object.entries(results)) {
    const kinds = [...result.byKind.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([kind, bytes]) => `${kind} ${kb(bytes).toFixed(1)} KB`)
      .join(', ');
    reportRow({
      group: 'Reader-facing',
      what: `${name} edition's article: total bytes transferred (fresh load)`,
      ours: kb(result.transfer),
      unit: 'KB',
      ...(name === 'English'
        ? {}
        : { baseline: kb(english.transfer), baselineName: 'English page' }),
      note: `${kinds}; fonts: ${result.fonts.length ? result.fonts.join(', ') : 'none'}`,
    });
  }
} finally {
  await browser.close();
  await server.stop();
}
