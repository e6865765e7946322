import { expect, test } from 'vitest';
import { foldForScreening } from '@/lib/text/look-alikes';

const fold = (text: string) => foldForScreening(text, 'other').text;

test.each([
  ['Cyrillic а, е, о, р, с, х', 'рrоcеss ехаct', fold('process exact')],
  ['Cyrillic і in idiot', 'you іdіot', fold('you idiot')],
  ['digits for letters', 'k1ll y0u', fold('kill you')],
  ['3, 4, 5 and 7', 'b3457', fold('beast')],
  ['@ and $', '@ss a$$', fold('ass ass')],
  ['! between letters', 'b!tch', fold('bitch')],
  ['1 for l as much as for i', '1oser', fold('loser')],
])('%s', (_, disguised, plain) => {
  expect(fold(disguised)).toBe(plain);
});

test('numbers, and "!" ending a word, stay what they are', () => {
  expect(fold('In 1945, 100% of them!')).toBe('in 1945, 100% of them!');
  expect(fold('idiot!')).toBe(fold('idiot') + '!');
});

test('Arabic letters and Latin accents are not read as other letters', () => {
  // obscenity's table would read ا as "i" and ل as "J", and î as "i".
  expect(foldForScreening('الله', 'arabic').text).toBe('الله');
  expect(fold('kîr')).not.toBe(fold('kir'));
});
