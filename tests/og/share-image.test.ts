import { describe, expect, test } from 'vitest';
import { articleOgImage } from '@/components/og/article-og-image';
import { formatDisplayDate } from '@/lib/text/dates';
import { renderPng } from '@/lib/og';
import { Resvg } from '@/lib/og/engines';
import { sceneToSvg } from '@/lib/og/render';
import { sampleTitles } from './samples';

const editionOf = {
  english: 'en',
  sorani: 'ckb',
  arabic: 'ar',
  turkish: 'tr',
  kurmanji: 'kmr',
  emoji: 'en',
  cjk: 'en',
} as const;

function card(title: string, lang: string) {
  return articleOgImage({
    title,
    lang,
    section: 'Kurdistan',
    date: formatDisplayDate('2025-04-26', lang),
    siteName: 'Newsroom',
  });
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...png.subarray(0, 8)]).toEqual(signature);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Leftmost and rightmost columns with dark ink in a band of rows. */
function inkColumns(scene: ReturnType<typeof card>, top: number, bottom: number) {
  const image = new Resvg(sceneToSvg(scene)).render();
  const { pixels, width } = image;
  let left = width;
  let right = -1;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < width; x++) {
      if ((pixels[(y * width + x) * 4] ?? 255) < 100) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return { left, right };
}

describe('article share images', () => {
  test.each(Object.entries(sampleTitles))('%s: a 1200x630 PNG', async (name, title) => {
    const png = await renderPng(card(title, editionOf[name as keyof typeof editionOf]));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  test('drawing is deterministic, so a difference below means something', async () => {
    const a = await renderPng(card(sampleTitles.sorani, 'ckb'));
    const b = await renderPng(card(sampleTitles.sorani, 'ckb'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  test.each([
    ['sorani', 'ckb'],
    ['arabic', 'ar'],
  ] as const)('%s: the image differs from the same words in reverse order', async (name, lang) => {
    const title = sampleTitles[name];
    const reversed = title.split(' ').reverse().join(' ');
    const a = await renderPng(card(title, lang));
    const b = await renderPng(card(reversed, lang));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  test('a right-to-left headline is set against the right edge, a left-to-right one the left', () => {
    // A short headline on one line, between the section and the footer (rows 200-440).
    const rtl = inkColumns(card('سڵاو هەولێر', 'ckb'), 200, 440);
    const ltr = inkColumns(card('Hello Erbil', 'en'), 200, 440);
    expect(rtl.right).toBeGreaterThan(1110);
    expect(rtl.left).toBeGreaterThan(600);
    expect(ltr.left).toBeLessThan(90);
    expect(ltr.right).toBeLessThan(600);
  });
});
