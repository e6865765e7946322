// What a fresh page load makes Chromium fetch, through Playwright: every finished request's
// bytes on the wire (headers and encoded body), the HTML and the scripts gzip-compressed here
// (zlib level 6, so the figure does not depend on how a server compresses), and the fonts.
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';

export type PageBytes = {
  /** Bytes on the wire of every response, by resource type (document, script, font ...). */
  byKind: Map<string, number>;
  transfer: number;
  htmlGzip: number;
  scriptGzip: number;
  scripts: number;
  fonts: string[];
};

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function measurePage(browser: Browser, url: string): Promise<PageBytes> {
  // A new context each time: nothing cached from another page.
  const context = await browser.newContext();
  const page = await context.newPage();
  const finished: import('@playwright/test').Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${url}: ${response?.status()}`);
  // Fonts load when text using them is laid out.
  await page.evaluate(() => document.fonts.ready);
  const result: PageBytes = {
    byKind: new Map(),
    transfer: 0,
    htmlGzip: 0,
    scriptGzip: 0,
    scripts: 0,
    fonts: [],
  };
  for (const request of finished) {
    const sizes = await request.sizes();
    const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    const kind = request.resourceType();
    result.byKind.set(kind, (result.byKind.get(kind) ?? 0) + bytes);
    result.transfer += bytes;
    if (kind === 'font') result.fonts.push(new URL(request.url()).pathname);
    if (kind === 'script' || (kind === 'document' && request.url() === url)) {
      const body = await (await request.response())?.body().catch(() => undefined);
      if (!body) continue;
      if (kind === 'script') {
        result.scripts += 1;
        result.scriptGzip += gzipSync(body).length;
      } else result.htmlGzip = gzipSync(body).length;
    }
  }
  await context.close();
  return result;
}
