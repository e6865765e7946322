import { expect, test } from 'vitest';
import { profanityPhase } from '@/lib/screening/phases/profanity';

const found = (body: string) =>
  profanityPhase.run({ body }).flags.map((flag) => [flag.category, flag.evidence]);

test.each([
  ['What the FUCK is this', 'FUCK'],
  ['this is sh1t', 'sh1t'],
  ['total b!tch move', 'b!tch'],
  ['f u c k you', 'f u c k'],
  ['f.u.c.k this', 'f.u.c.k'],
  ['fuuuuck', 'fuuuuck'],
])('flags swearing in %j as profanity', (body, evidence) => {
  expect(found(body)).toEqual([['profanity', evidence]]);
});

test('evidence is the text as written, even with look-alike letters outside the BMP', () => {
  // "𝐟" is two UTF-16 code units; the inclusive end index must still cover the whole word.
  expect(found('ʃ𝐟ʃὗƈｋ off')).toEqual([['profanity', 'ʃ𝐟ʃὗƈｋ']]);
});

test('sexual terms are vulgarity and slurs are abuse', () => {
  expect(profanityPhase.run({ body: 'send me a dildo' }).flags).toEqual([
    { phase: 'profanity', category: 'vulgarity', evidence: 'dildo', reason: 'sexual term (dildo)' },
  ]);
  expect(found('what a retard')).toEqual([['abuse', 'retard']]);
});

test('one word matched by two patterns is flagged once', () => {
  expect(found('shit')).toEqual([['profanity', 'shit']]);
  expect(found('shit and shit')).toEqual([
    ['profanity', 'shit'],
    ['profanity', 'shit'],
  ]);
});

test.each([
  'Scunthorpe United won at home.',
  "The class assessed the assassination of Assad's rival.",
  'Analysts in Essex and Middlesex ate cumin with fire retardant.',
  'The cocktail title in Montenegro, by Dickens.',
  'The rape trial and the sex education bill were debated.',
  'I am a b c d fan of U S A politics.',
  'قال الوزير إن المحادثات كانت مثمرة.',
])('no flag for %j', (body) => {
  expect(found(body)).toEqual([]);
});
