import { expect, test } from 'vitest';
import { pngResponse } from '@/lib/og/response';

test('a PNG answer carries the bytes, its type and a day of caching', async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
  const response = pngResponse(png);
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('image/png');
  expect(response.headers.get('Cache-Control')).toBe('public, max-age=86400');
  expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
});
