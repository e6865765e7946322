import { expect, test } from 'vitest';
import { paginate, parsePageNumber } from '@/lib/pages/pagination';

const items = Array.from({ length: 45 }, (_, i) => i);

test('splits a list into pages', () => {
  expect(paginate(items, 1, 20)).toEqual({ items: items.slice(0, 20), page: 1, totalPages: 3 });
  expect(paginate(items, 3, 20)?.items).toEqual([40, 41, 42, 43, 44]);
});

test('pages out of range do not exist', () => {
  expect(paginate(items, 0, 20)).toBeUndefined();
  expect(paginate(items, 4, 20)).toBeUndefined();
  expect(paginate([], 1, 20)).toEqual({ items: [], page: 1, totalPages: 1 });
});

test('only canonical page numbers parse', () => {
  expect(parsePageNumber('2')).toBe(2);
  expect(parsePageNumber('02')).toBeUndefined();
  expect(parsePageNumber('2.0')).toBeUndefined();
  expect(parsePageNumber('-1')).toBeUndefined();
  expect(parsePageNumber('abc')).toBeUndefined();
});
