// Which characters a reader can see. Zero-width spaces, joiners out of place, bidi controls and
// fillers render as nothing, so `Ad\u200Bmin` looks like `Admin` and one commenter could pass
// for another; and a comment of only such characters is an empty comment. Pure, no messages.

// Letters, digits, punctuation and symbols, less those that draw nothing: the default-ignorable
// ones (Hangul fillers are letters) and the blank Braille pattern, a favourite "invisible name".
const visible = /(?![\p{Default_Ignorable_Code_Point}\u2800])[\p{L}\p{N}\p{P}\p{S}]/u;

/** True when the text has at least one character that draws something. */
export function hasVisibleCharacter(text: string): boolean {
  return visible.test(text);
}

// Line breaks and bidi controls inside a name, as well as C0/C1 controls.
const controls = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u;
const hidden = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const joiners = /[\u200C\u200D]/u;

// Scripts whose spelling needs ZWNJ or ZWJ between letters: Arabic-script languages (Sorani
// and Persian write ZWNJ inside words), the other joining scripts and the Brahmic ones, where
// the joiners choose between conjunct and separate forms. Unicode has no property for this.
const joiningScripts = [
  'Arabic',
  'Syriac',
  'Nko',
  'Mongolian',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
];

// Invisible characters that belong where they are, as whole-string patterns so each one is
// judged by its neighbours in what was typed.
const placed = new RegExp(
  [
    // ZWNJ/ZWJ after a letter (or its mark, e.g. a virama) and before a letter, one script.
    ...joiningScripts.map(
      (script) =>
        `(?<=[\\p{L}\\p{M}])(?<=\\p{scx=${script}})[\\u200C\\u200D](?=\\p{L})(?=\\p{scx=${script}})`,
    ),
    // Emoji ZWJ sequences (👩🏽‍💻, ❤️‍🔥): pictograph, maybe a skin tone or VS16, ZWJ, pictograph.
    '(?<=\\p{Extended_Pictographic}[\\p{Emoji_Modifier}\\uFE0F]?)\\u200D(?=\\p{Extended_Pictographic})',
    // Text or emoji presentation of a pictograph, and keycaps (#️⃣).
    '(?<=\\p{Extended_Pictographic})[\\uFE0E\\uFE0F]',
    '(?<=[#*0-9])\\uFE0F(?=\\u20E3)',
    // Ideographic variants of Han characters, as Japanese names use them.
    '(?<=\\p{Ideographic})[\\u{E0100}-\\u{E01EF}]',
    // Subdivision flags (🏴 + tag letters + cancel tag), e.g. Scotland's.
    '(?<=\\u{1F3F4})[\\u{E0061}-\\u{E007A}]{2,6}\\u{E007F}',
  ].join('|'),
  'gu',
);

export type NameCharacterProblem = 'control' | 'joiner' | 'invisible' | 'nothing-visible';

/** What is wrong with the characters of a (trimmed) name, if anything; checked in this order. */
export function nameCharacterProblem(name: string): NameCharacterProblem | undefined {
  if (controls.test(name)) return 'control';
  const stray = name.replace(placed, '');
  if (joiners.test(stray)) return 'joiner';
  if (hidden.test(stray)) return 'invisible';
  if (!hasVisibleCharacter(name)) return 'nothing-visible';
  return undefined;
}
