import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

export type ImageSize = { width: number; height: number };

const sizes = new Map<string, ImageSize>();

/** Pixel size of an image in public/, so next/image can reserve its space (no layout shift). */
export function getImageSize(src: string): ImageSize {
  let size = sizes.get(src);
  if (!size) {
    const { width, height } = imageSize(readFileSync(path.join(process.cwd(), 'public', src)));
    size = { width, height };
    sizes.set(src, size);
  }
  return size;
}
