import { expect, test } from 'vitest';
import { formatDateTime, formatDisplayDate, isIsoDate, toInstant } from '@/lib/text/dates';

test.each([
  '2025-04-26',
  '2024-02-29',
  '2025-04-26T09:30+03:00',
  '2025-04-26T09:30:00Z',
  '2025-04-26T09:30:00.123-05:00',
])('%s is a valid ISO date', (value) => {
  expect(isIsoDate(value)).toBe(true);
});

test.each([
  '26-04-2025',
  '2025-4-26',
  '2025-02-29',
  '2025-13-01',
  '2025-04-26T09:30:00',
  '2025-04-26T24:00:00Z',
  '2025-04-26 09:30Z',
  'yesterday',
])('%s is not', (value) => {
  expect(isIsoDate(value)).toBe(false);
});

test('shows the calendar day as written, in the newsroom style', () => {
  expect(formatDisplayDate('2025-04-26')).toBe('26-04-2025');
  // 23:30 in Erbil is already the 27th in UTC+5 and still the 26th in UTC: the written day wins.
  expect(formatDisplayDate('2025-04-26T23:30:00+03:00')).toBe('26-04-2025');
});

test('a bare date is midnight UTC', () => {
  expect(toInstant('2025-04-26')).toBe(Date.UTC(2025, 3, 26));
});

test('a moment is shown in the site time zone with its offset', () => {
  const instant = Date.UTC(2025, 3, 26, 11, 5);
  expect(formatDateTime(instant, 'UTC')).toBe('26-04-2025, 11:05 UTC');
  expect(formatDateTime(instant, 'Asia/Baghdad')).toBe('26-04-2025, 14:05 GMT+3');
});

test('each edition prints dates by its own rule: digits and separator, day first', () => {
  expect(formatDisplayDate('2025-04-26', 'en')).toBe('26-04-2025');
  expect(formatDisplayDate('2025-04-26', 'ckb')).toBe('٢٦/٠٤/٢٠٢٥');
  expect(formatDisplayDate('2025-04-26', 'ar')).toBe('٢٦/٠٤/٢٠٢٥');
  expect(formatDisplayDate('2025-04-26', 'kmr')).toBe('26.04.2025');
  expect(formatDisplayDate('2025-04-26', 'tr')).toBe('26.04.2025');
  // A language without an edition falls back to the default edition's rule.
  expect(formatDisplayDate('2025-04-26', 'de')).toBe('26-04-2025');
});

test("a comment's time is in the edition's digits too", () => {
  const instant = Date.parse('2025-04-26T11:05:00Z');
  expect(formatDateTime(instant, 'Asia/Baghdad', 'ckb')).toBe('٢٦/٠٤/٢٠٢٥, ١٤:٠٥ GMT+3');
  expect(formatDateTime(instant, 'UTC', 'tr')).toBe('26.04.2025, 11:05 UTC');
});
