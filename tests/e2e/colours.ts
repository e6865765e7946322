import type { Locator } from '@playwright/test';

export type Rgb = [number, number, number];

/**
 * An element's computed colour as sRGB 0-255, whatever notation the browser reports it in
 * (Tailwind 4's palette comes back as lab() or oklch()): drawn on a one-pixel canvas and read.
 */
export function rgbOf(locator: Locator, property: 'color' | 'background-color'): Promise<Rgb> {
  return locator.evaluate((element, name) => {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = getComputedStyle(element).getPropertyValue(name);
    context.fillRect(0, 0, 1, 1);
    const [red = 0, green = 0, blue = 0] = context.getImageData(0, 0, 1, 1).data;
    return [red, green, blue] as Rgb;
  }, property);
}

export const white: Rgb = [255, 255, 255];
/** Tailwind's neutral-950, the dark theme's page background. */
export const nearBlack: Rgb = [10, 10, 10];

/** Dark enough to read on white paper or to be a dark page: average channel under 100. */
export function isDark([red, green, blue]: Rgb): boolean {
  return (red + green + blue) / 3 < 100;
}
