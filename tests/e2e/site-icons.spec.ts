import { expect, test, type Page } from '@playwright/test';
import { imageSize } from 'image-size';
import * as z from 'zod';
import { getMessages } from '../../lib/messages';

/** The images an ICO file holds, each a PNG, with the size its directory entry claims. */
function icoImages(file: Buffer): { claimed: number; width: number; height: number }[] {
  expect(file.readUInt16LE(0), 'ICO reserved field').toBe(0);
  expect(file.readUInt16LE(2), 'ICO type (1 = icon)').toBe(1);
  const count = file.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + 16 * index;
    const claimed = file.readUInt8(entry) || 256;
    const length = file.readUInt32LE(entry + 8);
    const offset = file.readUInt32LE(entry + 12);
    const { width, height, type } = imageSize(file.subarray(offset, offset + length));
    expect(type).toBe('png');
    return { claimed, width, height };
  });
}

const manifestSchema = z.strictObject({
  name: z.string().min(1),
  short_name: z.string().min(1),
  description: z.string().min(1),
  lang: z.literal('en'),
  dir: z.literal('ltr'),
  start_url: z.literal('/'),
  scope: z.literal('/'),
  display: z.literal('standalone'),
  background_color: z.string().regex(/^#[0-9a-f]{6}$/),
  theme_color: z.string().regex(/^#[0-9a-f]{6}$/),
  icons: z
    .array(
      z.strictObject({
        src: z.string().startsWith('/'),
        sizes: z.string().regex(/^\d+x\d+$/),
        type: z.literal('image/png'),
        purpose: z.literal('any'),
      }),
    )
    .min(2),
});

test('the favicon is a real icon, so no page logs a 404 for it', async ({ request, page }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/x-icon');
  const images = icoImages(await response.body());
  expect(images.map((image) => image.claimed)).toEqual([16, 32, 48]);
  for (const image of images) {
    expect(image.width).toBe(image.claimed);
    expect(image.height).toBe(image.claimed);
  }

  const failed: string[] = [];
  page.on('response', (answer) => {
    if (answer.status() >= 400) failed.push(`${answer.status()} ${answer.url()}`);
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

test('app icons and the web app manifest are linked from every page and open', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/ckb', '/articles/hussein-rubio-discuss-strengthening-iraq-us-ties']) {
    await page.goto(path);
    await expect(page.locator('link[rel="icon"][type="image/png"]'), path).toHaveAttribute(
      'href',
      /^\/icon\.png/,
    );
    await expect(page.locator('link[rel="apple-touch-icon"]'), path).toHaveAttribute(
      'href',
      /^\/apple-icon\.png/,
    );
    await expect(page.locator('link[rel="manifest"]'), path).toHaveAttribute(
      'href',
      '/manifest.webmanifest',
    );
  }
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const manifest = manifestSchema.parse(await response.json());
  expect(manifest.description).toBe(getMessages('en').footerNote);
  for (const icon of manifest.icons) {
    const image = await request.get(icon.src);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()['content-type'], icon.src).toBe('image/png');
    const { width, height } = imageSize(await image.body());
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }
});

async function description(page: Page, path: string): Promise<string | null> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const tags = page.locator('meta[name="description"]');
  await expect(tags, path).toHaveCount(1);
  return tags.getAttribute('content');
}

test('every listing page has a meta description in its own language', async ({ page }) => {
  const en = getMessages('en');
  const ckb = getMessages('ckb');
  const ar = getMessages('ar');
  expect(await description(page, '/')).toBe(en.footerNote);
  expect(await description(page, '/page/2')).toBe(en.footerNote);
  expect(await description(page, '/ckb')).toBe(ckb.footerNote);
  expect(await description(page, '/ar')).toBe(ar.footerNote);
  // A section's own description, as content/sections.yaml words it for the edition.
  const section = await description(page, '/sections/iraq');
  expect(section).toBeTruthy();
  expect(section).not.toBe(en.footerNote);
  expect(await description(page, '/ckb/sections/iraq')).not.toBe(section);
  expect(await description(page, '/topics/united-states')).toBe(
    `${en.topicLabel}: United States. ${en.footerNote}`,
  );
  expect(await description(page, '/search')).toBe(en.search.hint);
  expect(await description(page, '/ar/search')).toBe(ar.search.hint);
});
