import type { Phase } from '../types';

const minimumCasedLetters = 12;
const uppercaseShare = 0.7;
const evidenceLength = 60;

// Runs of text with no lowercase letter, from one capital to the last. \p{Lu} and \p{Ll} only
// cover scripts with case (Latin, Cyrillic, Greek, Armenian...), so Arabic or Sorani Kurdish,
// which have none, can never look like shouting.
const shoutedRun = /\p{Lu}(?:[^\p{Ll}]*\p{Lu})?/gu;

/** Flags comments written mostly in capitals; a few acronyms (US, ISIS, UN) in a sentence are not shouting. */
export const shoutingPhase: Phase<'body'> = {
  name: 'shouting',
  run: ({ body }) => {
    const upper = body.match(/[\p{Lu}\p{Lt}]/gu)?.length ?? 0;
    const lower = body.match(/\p{Ll}/gu)?.length ?? 0;
    const cased = upper + lower;
    if (cased < minimumCasedLetters || upper / cased < uppercaseShare) return { flags: [] };
    return {
      flags: [
        {
          phase: 'shouting',
          category: 'shouting',
          evidence: excerpt(body),
          reason: 'mostly capitals',
        },
      ],
    };
  },
};

function excerpt(body: string): string {
  const whole = body.trim();
  if (whole.length <= evidenceLength) return whole;
  const longest = (body.match(shoutedRun) ?? []).reduce(
    (a, b) => (b.length > a.length ? b : a),
    '',
  );
  if (longest.length <= evidenceLength) return longest;
  // Cut between words (or at least between code points) so the excerpt is still real text.
  const cut = Array.from(longest).slice(0, evidenceLength).join('');
  const space = cut.lastIndexOf(' ');
  const midWord = /\S/u.test(longest.charAt(cut.length));
  return midWord && space > evidenceLength / 2 ? cut.slice(0, space) : cut;
}
