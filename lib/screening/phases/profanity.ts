import {
  DataSet,
  RegExpMatcher,
  englishDataset,
  englishRecommendedTransformers,
  type EnglishProfaneWord,
} from 'obscenity';
import { foldArabicScript, mapText } from '../../text/normalize';
import type { Flag, FlagCategory, Phase } from '../types';

type Word = EnglishProfaneWord;

// Words reporting itself uses (a rape trial, sex education) would flag honest comments on crime and
// health stories; the abuse lists in content/moderation/terms.yaml can still catch them in context.
const reportingWords = new Set<Word>([
  'rape',
  'sex',
  'incest',
  'porn',
  'penis',
  'vagina',
  'anus',
  'semen',
]);
// Slurs are worse than swearing: the moderator should see them as abuse, not as bad language.
const slurs = new Set<Word>([
  'abeed',
  'abo',
  'africoon',
  'arabush',
  'boonga',
  'chingchong',
  'chink',
  'dyke',
  'fag',
  'kike',
  'negro',
  'nigger',
  'retard',
  'spastic',
  'tranny',
]);
const swearing = new Set<Word>([
  'arse',
  'ass',
  'bastard',
  'bitch',
  'bollocks',
  'cuck',
  'cunt',
  'dick',
  'fuck',
  'piss',
  'prick',
  'shit',
  'turd',
  'twat',
]);
// Every other word in obscenity's English dataset is sexual, so it is flagged as vulgarity.

const dataset = new DataSet<{ originalWord: Word }>()
  .addAll(englishDataset)
  .removePhrasesIf(
    (phrase) => phrase.metadata !== undefined && reportingWords.has(phrase.metadata.originalWord),
  );
const built = dataset.build();
const matcher = new RegExpMatcher({
  ...built,
  // Ordinary words the dataset's patterns would otherwise catch.
  whitelistedTerms: [...(built.whitelistedTerms ?? []), 'retardant', 'cumin'],
  ...englishRecommendedTransformers,
});

function categorise(word: Word | undefined): { category: FlagCategory; reason: string } {
  if (word === undefined || swearing.has(word))
    return { category: 'profanity', reason: `swearing (${word ?? 'unknown'})` };
  if (slurs.has(word)) return { category: 'abuse', reason: `slur (${word})` };
  return { category: 'vulgarity', reason: `sexual term (${word})` };
}

// obscenity does not skip spaces or dots between letters (its authors found that caused false
// matches), so "f u c k" and "f.u.c.k" are joined here: three or more lone characters in a row.
const lone = '[\\p{L}\\p{N}@$](?![\\p{L}\\p{N}])';
const spacedOut = new RegExp(`(?<![\\p{L}\\p{N}])${lone}(?:[\\s._-]{1,3}${lone}){2,}`, 'gu');

/** Flags swearing, sexual terms and slurs, including l33t, look-alike letters and spaced-out spellings. */
export const profanityPhase: Phase<'body'> = {
  name: 'profanity',
  run: ({ body }) => {
    // obscenity reads l33t and look-alike letters itself, but not hidden characters: "f\u200Buck"
    // and "fu\u00ADck" would pass. Scanning the folded text closes that; `folded.start` and
    // `folded.end` lead back to the body as written.
    const folded = mapText(body, (segment) => foldArabicScript(segment, 'other'));
    const flags: Flag[] = [];
    const seen = new Set<string>();
    // `at(i)` is where code unit i of the scanned text sits in the folded text.
    const scan = (text: string, at: (index: number) => number) => {
      for (const match of matcher.getAllMatches(text, true)) {
        const start = folded.start[at(match.startIndex)] ?? 0;
        // endIndex is inclusive (and points at the low surrogate when the last character needs two).
        const end = folded.end[at(match.endIndex)] ?? start;
        // Several patterns of one word can match the same text (`|shit` and `shit|`).
        if (seen.has(`${start}:${end}`)) continue;
        seen.add(`${start}:${end}`);
        const { phraseMetadata } = dataset.getPayloadWithPhraseMetadata(match);
        flags.push({
          phase: 'profanity',
          evidence: body.slice(start, end),
          ...categorise(phraseMetadata?.originalWord),
        });
      }
    };
    const text = folded.text;
    scan(text, (index) => index);
    for (const run of text.matchAll(spacedOut)) {
      const kept = Array.from(run[0].matchAll(/[\p{L}\p{N}@$]/gu), (c) => run.index + c.index);
      // Each kept character's code units, in order, so surrogate pairs map back correctly.
      const at = kept.flatMap((index) =>
        (text.codePointAt(index) ?? 0) > 0xffff ? [index, index + 1] : [index],
      );
      scan(at.map((index) => text[index] ?? '').join(''), (index) => at[index] ?? run.index);
    }
    return { flags };
  },
};
