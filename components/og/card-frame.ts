import type { Box } from '@/lib/og';

// The frame every 1200x630 card shares, as the next/og version drew it: a 24px red band along
// the top, then 64px of padding above and below and 72px at the sides.

export const brandRed = '#b0141c';
export const ink = '#111111';
export const mutedInk = '#444444';

export const cardBand = 24;

export function cardContent(size: { width: number; height: number }): Box {
  const x = 72;
  const y = cardBand + 64;
  return { x, y, width: size.width - 2 * x, height: size.height - y - 64 };
}

/**
 * Line heights: CSS `normal` for Noto's Latin families is about 1.36 em; Arabic script needs
 * more, for the marks above and below its letters (Noto Naskh's ascent and descent are 1.7 em).
 */
export function lineHeightFor(dir: 'ltr' | 'rtl', latin: number): number {
  return dir === 'rtl' ? Math.max(latin, 1.6) : latin;
}
