import { expect, test } from 'vitest';
import { promotionPhase } from '@/lib/screening/phases/promotion';

const found = (body: string) =>
  promotionPhase.run({ body }).flags.map((flag) => [flag.reason, flag.evidence]);

test.each([
  ['visit https://shop.example.com/x today', 'https://shop.example.com/x'],
  ['see (http://example.org/a?b=1).', 'http://example.org/a?b=1'],
  ['go to www.example.net, now', 'www.example.net'],
  ['cheap at example.com!', 'example.com'],
  ['order from shop.co.uk/deals', 'shop.co.uk/deals'],
  ['follow x.com for more', 'x.com'],
  ['buy at cheapwatches dot com', 'cheapwatches dot com'],
  ['buy at cheapwatches [dot] com', 'cheapwatches [dot] com'],
])('flags the link in %j', (body, evidence) => {
  expect(found(body)).toEqual([['link', evidence]]);
});

test('flags email addresses without flagging their domain as a link', () => {
  expect(found('mail me at a@b.co.')).toEqual([['email address', 'a@b.co']]);
  expect(found('write to news.desk@example.com')).toEqual([
    ['email address', 'news.desk@example.com'],
  ]);
});

test.each([
  ['call +964 750 123 4567 now', '+964 750 123 4567'],
  ['call (555) 123-4567', '(555) 123-4567'],
  ['whatsapp 07501234567', '07501234567'],
  ['اتصل ٠٧٥٠ ١٢٣ ٤٥٦٧', '٠٧٥٠ ١٢٣ ٤٥٦٧'],
])('flags the phone number in %j', (body, evidence) => {
  expect(found(body)).toEqual([['phone number', evidence]]);
});

test.each([
  'In 2025 about 3,000 people were displaced.',
  'Between 1990 2000 and 2010 the city grew.',
  'The budget is 1 500 000 dinars, or 25000000 over ten years.',
  'The vote is on 2025-04-26 or 26-04-2025.',
  'The U.K. and the U.S.A. met, e.g. in Paris. It ended.In fact, nothing.',
  'The dot com bubble burst in 2000.',
  'He thanked the people of Erbil.',
  'تظاهر الآلاف في أربيل يوم الجمعة.',
])('no flag for %j', (body) => {
  expect(found(body)).toEqual([]);
});

test('a link posted again is flagged once more with the count', () => {
  const body = 'Deals: https://example.com/ and www.example.com and example.com';
  expect(found(body)).toEqual([
    ['link', 'https://example.com/'],
    ['link', 'www.example.com'],
    ['link', 'example.com'],
    ['same link repeated 3 times', 'https://example.com/'],
  ]);
});

test('different links are not counted as repeated', () => {
  expect(found('a.com and b.com')).toEqual([
    ['link', 'a.com'],
    ['link', 'b.com'],
  ]);
});

test('flags carry the phase name and the promotion category', () => {
  expect(promotionPhase.run({ body: 'example.com' }).flags).toEqual([
    { phase: 'promotion', category: 'promotion', evidence: 'example.com', reason: 'link' },
  ]);
});
