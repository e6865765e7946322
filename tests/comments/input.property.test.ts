import fc from 'fast-check';
import * as z from 'zod';
import { expect, test } from 'vitest';
import { commentInputSchema } from '@/lib/comments/input';

// The schema against a model of its rules written from scratch here, over an alphabet whose
// every character's class is known by hand (no Unicode property escapes, so a mistake in the
// schema's classes cannot hide in the model).

const latin = [...'aZé'];
const arabic = [...'بیئاک'];
const arabicMark = '\u064E'; // fatha: a mark of Arabic script
const latinMark = '\u0301'; // combining acute: belongs to no script in particular
const emoji = ['🙂', '👩', '💻', '🔥'];
const otherVisible = [..."7.-'؟"];
const spaces = [' ', '\u00A0', '\u3000'];
const edgeOnly = ['\uFEFF']; // whitespace to trim(), an invisible character inside a name
const lineBreaks = ['\n', '\r', '\t']; // allowed in a body, controls in a name
const controls = ['\u0007', '\u0000', '\u007F', '\u0085', '\u2028']; // refused everywhere (U+2028: names only)
const bidi = ['\u202E', '\u200F', '\u2066'];
const alwaysInvisible = ['\u200B', '\u2060', '\u00AD', '\u3164'];
const blank = ['\u2800'];
const ZWNJ = '\u200C';
const ZWJ = '\u200D';
const VS16 = '\uFE0F';

const alphabet = [
  ...latin,
  ...arabic,
  arabicMark,
  latinMark,
  ...emoji,
  ...otherVisible,
  ...spaces,
  ...edgeOnly,
  ...lineBreaks,
  ...controls,
  ...bidi,
  ...alwaysInvisible,
  ...blank,
  ZWNJ,
  ZWJ,
  VS16,
];
const visibleChars = new Set([...latin, ...arabic, ...emoji, ...otherVisible]);

// Characters one at a time, and the sequences the rules are about, so that joiners and
// selectors land between the neighbours that decide their fate often enough to matter.
const pieces = [
  ...alphabet,
  `ب${ZWNJ}ی`,
  `ی${ZWNJ}`,
  `${arabicMark}${ZWNJ}`,
  `${ZWJ}ک`,
  `👩${ZWJ}💻`,
  `🔥${VS16}${ZWJ}`,
  `${ZWJ}🙂`,
  `${VS16}${VS16}`,
  `a${ZWNJ}b`,
  `a\u200Bb`,
];

function textOf(length: { maxLength: number; minLength?: number }) {
  return fc.array(fc.constantFrom(...pieces), length).map((chars) => chars.join(''));
}
/** Mostly friendly text with the odd hostile character, and runs long enough to reach the limits. */
function field(maxLength: number) {
  return fc.oneof(
    textOf({ maxLength: 8 }),
    fc
      .tuple(
        fc.constantFrom(...visibleChars),
        fc.integer({ min: maxLength - 3, max: maxLength + 3 }),
      )
      .map(([char, count]) => char.repeat(count)),
    fc
      .tuple(
        textOf({ maxLength: 3 }),
        fc.constantFrom(...latin, ...arabic),
        textOf({ maxLength: 3 }),
      )
      .map((parts) => parts.join('')),
  );
}

const codePoints = (text: string) => [...text];

function nameAccepted(raw: string): boolean {
  const name = codePoints(raw.trim());
  if (name.length === 0 || name.length > 80) return false;
  if (!name.some((char) => visibleChars.has(char))) return false;
  return name.every((char, i) => {
    const before = name[i - 1];
    const next = name[i + 1];
    if ([...lineBreaks, ...controls, ...bidi].includes(char)) return false;
    if ([...alwaysInvisible, ...edgeOnly].includes(char)) return false;
    if (char === VS16) return before !== undefined && emoji.includes(before);
    if (char === ZWNJ || char === ZWJ) {
      const joinsArabic =
        before !== undefined &&
        (arabic.includes(before) || before === arabicMark) &&
        next !== undefined &&
        arabic.includes(next);
      const pictograph = (c: string | undefined) => c !== undefined && emoji.includes(c);
      const joinsEmoji =
        char === ZWJ &&
        pictograph(next) &&
        (pictograph(before) || (before === VS16 && pictograph(name[i - 2])));
      return joinsArabic || joinsEmoji;
    }
    return true;
  });
}

function bodyAccepted(body: string): boolean {
  const trimmed = body.trim();
  if (!codePoints(trimmed).some((char) => visibleChars.has(char))) return false;
  if (codePoints(trimmed).length < 2 || codePoints(body).length > 3000) return false;
  return !codePoints(body).some((char) => controls.includes(char) && char !== '\u2028');
}

const emailShape = z.email().max(254);
const emailAccepted = (email: string) => emailShape.safeParse(email.trim()).success;

const emails = fc.oneof(
  fc.emailAddress(),
  fc
    .tuple(
      fc.constantFrom('', ' ', '\t', '\u00A0'),
      fc.stringMatching(/^[A-Za-z0-9._+-]{0,12}$/),
      fc.constantFrom('@example.com', '@Example.CO', '@b', '@-x.com', '', '@ex ample.com'),
      fc.constantFrom('', ' ', '\n'),
    )
    .map((parts) => parts.join('')),
);

test(
  'the comment schema accepts exactly what its rules allow, normalized as documented',
  { timeout: 30_000 },
  () => {
    fc.assert(
      fc.property(field(80), emails, field(3000), (name, email, body) => {
        const result = commentInputSchema.safeParse({ articleSlug: 'a-story', name, email, body });
        const expected = {
          name: nameAccepted(name),
          email: emailAccepted(email),
          body: bodyAccepted(body),
        };
        const refused = new Set(result.success ? [] : result.error.issues.map((i) => i.path[0]));
        expect({
          name: !refused.has('name'),
          email: !refused.has('email'),
          body: !refused.has('body'),
        }).toEqual(expected);
        if (result.success)
          expect(result.data).toEqual({
            articleSlug: 'a-story',
            parentId: null,
            name: name.trim(),
            email: email.trim(),
            body,
          });
      }),
      { numRuns: 400 },
    );
  },
);
