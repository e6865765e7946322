import { expect, test } from 'vitest';
import { imageType } from '@/lib/feeds';

test('names the registered MIME type of each image format content allows', () => {
  expect(imageType('/images/a.jpg')).toBe('image/jpeg');
  expect(imageType('/images/a.JPEG')).toBe('image/jpeg');
  expect(imageType('/images/a.png')).toBe('image/png');
  expect(imageType('/images/a.webp')).toBe('image/webp');
  expect(imageType('/images/a.avif')).toBe('image/avif');
  expect(imageType('/images/a.gif')).toBe('image/gif');
  expect(imageType('/images/a.bmp')).toBe('application/octet-stream');
});
