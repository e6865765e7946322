import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mail, newReader, postComment, signIn, unique } from './support';

// WCAG 2.2 AA as axe checks it, in both colour schemes, on every kind of page a reader or a
// moderator meets. Colour contrast is checked in each scheme because dark mode has its own colours.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const article = '/articles/hussein-rubio-discuss-strengthening-iraq-us-ties';
// The same story in the Sorani edition: right to left, Arabic script, Eastern Arabic digits.
const soraniArticle = '/ckb/articles/hussein-rubio-iraq-us-ties-ckb';

/** Every violation as one readable line per element, so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  // label-content-name-mismatch (WCAG 2.5.3, label in name) is marked experimental in axe, so
  // the tags leave it out; it is asked for by name.
  const wcag = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const labelInName = await new AxeBuilder({ page })
    .withRules(['label-content-name-mismatch'])
    .analyze();
  return [...wcag.violations, ...labelInName.violations].flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${node.target.join(' ')} ${node.failureSummary ?? ''}`,
    ),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('the front page', async ({ page }) => {
      await page.goto('/');
      expect(await violations(page)).toEqual([]);
    });

    test('an English article', async ({ page }) => {
      await page.goto(article);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('a Sorani article, right to left', async ({ page }) => {
      await page.goto(soraniArticle);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the comment form showing its field errors', async ({ browser }) => {
      const page = await (await newReader(browser)).newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(article);
      // Sent empty past the browser's own checks, as a browser without them would: the
      // server's answer is what is shown.
      await page.locator('#comment-form').evaluate((form: HTMLFormElement) => {
        form.noValidate = true;
      });
      await page.getByRole('button', { name: 'Post comment' }).click();
      await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      expect(await violations(page)).toEqual([]);
    });

    test('the comment status page', async ({ browser }) => {
      const page = await (await newReader(browser)).newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(article);
      await postComment(page, {
        name: unique('Axe'),
        email: mail('axe'),
        body: `${unique('Checked')} for accessibility.`,
      });
      const link = page.getByRole('status').getByRole('link');
      await page.goto(new URL((await link.getAttribute('href')) ?? '').pathname);
      await expect(page.getByText('Awaiting moderation')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('search results', async ({ page }) => {
      await page.goto('/search?q=Erbil');
      await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('moderator sign-in', async ({ page }) => {
      await page.goto('/moderation/login');
      expect(await violations(page)).toEqual([]);
    });

    test('the pending queue with comments in it', async ({ browser, page }) => {
      const name = unique('Queued');
      const reader = await (await newReader(browser)).newPage();
      await reader.goto(article);
      await postComment(reader, { name, email: mail('queued'), body: `${unique('Waiting')}.` });
      await expect(reader.getByRole('status')).toContainText('awaiting moderation');
      await signIn(page, article);
      await expect(page.getByRole('article', { name: new RegExp(name) })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test('the text size buttons are named by what they show, then by what they do', async ({
  page,
}) => {
  await page.goto(article);
  const group = page.getByRole('group', { name: 'Text size' });
  // Label in name (WCAG 2.5.3): a voice-control user says "A+"; a screen reader hears the rest.
  for (const [shown, name] of [
    ['A+', 'A+ Increase text size'],
    ['A-', 'A- Decrease text size'],
  ] as const) {
    const button = group.getByRole('button', { name, exact: true });
    await expect(button).toBeVisible();
    // What is on screen: the button's text without its visually hidden part.
    const visible = await button.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.sr-only').forEach((hidden) => hidden.remove());
      return copy.textContent?.trim();
    });
    expect(visible).toBe(shown);
    await expect(button.locator('.sr-only')).toHaveCSS('position', 'absolute');
  }
});

test('with reduced motion asked for, nothing scrolls smoothly, moves or transitions', async ({
  page,
}) => {
  await page.goto(article);
  // A component (or a later one) that animates: any of them might.
  await page.evaluate(() => {
    const moving = document.createElement('div');
    moving.id = 'moving';
    moving.style.transition = 'color 300ms ease 100ms';
    moving.style.animation = 'pulse 2s infinite';
    document.body.append(moving);
  });
  const motion = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.getElementById('moving') ?? document.body);
      return {
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        transition: parseFloat(style.transitionDuration),
        delay: parseFloat(style.transitionDelay),
        animation: parseFloat(style.animationDuration),
        repeats: style.animationIterationCount,
      };
    });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await motion()).toEqual({
    scroll: 'smooth',
    transition: 0.3,
    delay: 0.1,
    animation: 2,
    repeats: 'infinite',
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const reduced = await motion();
  expect(reduced.scroll).toBe('auto');
  expect(reduced.transition).toBeLessThan(0.001);
  expect(reduced.delay).toBe(0);
  expect(reduced.animation).toBeLessThan(0.001);
  expect(reduced.repeats).toBe('1');
});
