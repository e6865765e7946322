import { expect, test, type Page } from '@playwright/test';
import { mail, publishComment, unique } from './support';

// Reflow (WCAG 1.4.10): the page fits a 320 px wide screen, and a 1280 px window at 200% zoom
// (a 640 px wide viewport whose CSS pixels are two device pixels), without sideways scrolling.
const screens = [
  { name: '320 px wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '1280 px at 200% zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

const englishArticle = '/articles/geneva-donors-pledge-funds-for-displaced-in-iraq-and-syria';
// Right to left: a Sorani article and the Arabic edition's front page.
const soraniArticle = '/ckb/articles/kirkuk-solar-farm-national-grid-ckb';

/** Fails with how far the page sticks out, and which elements stick out, if it scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1);
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
  expect(overflow.scrollWidth, overflow.wide.join('\n')).toBeLessThanOrEqual(overflow.clientWidth);
}

for (const screen of screens) {
  test.describe(screen.name, () => {
    test.use({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });

    for (const path of [
      '/',
      englishArticle,
      '/search?q=Kurdistan',
      '/moderation/login',
      soraniArticle,
      '/ar',
    ]) {
      test(`${path} fits`, async ({ page }) => {
        await page.goto(path);
        await expectNoSidewaysScroll(page);
      });
    }

    for (const path of [englishArticle, soraniArticle]) {
      test(`a long word or address in ${path} wraps`, async ({ page }) => {
        await page.goto(path);
        const address = `https://example.com/${'a-very-long-path-segment'.repeat(12)}`;
        await page.locator('.reader-text').evaluate((body, text) => {
          const paragraph = document.createElement('p');
          paragraph.textContent = `${'کوردستان'.repeat(12)} ${text} ${'Rojhilat'.repeat(20)}.`;
          body.append(paragraph);
        }, address);
        await expect(page.getByText(address)).toBeVisible();
        await expectNoSidewaysScroll(page);
      });
    }
  });
}

test('a comment with a long address wraps on a narrow screen', async ({ browser }) => {
  const article = '/articles/erbil-short-film-week-showcases-young-directors';
  const address = `https://example.com/${'long-unbroken-segment-'.repeat(10)}end`;
  const name = unique('Wrapper');
  await publishComment(browser, article, {
    name,
    email: mail('wrapper'),
    body: `${unique('Source')}: ${address}`,
  });
  const page = await (
    await browser.newContext({ viewport: { width: 320, height: 640 } })
  ).newPage();
  await page.goto(article);
  await expect(page.getByRole('article', { name })).toContainText(address);
  await expectNoSidewaysScroll(page);
});
