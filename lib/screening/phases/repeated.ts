import type { Phase } from '../types';

const day = 24 * 60 * 60 * 1000;

// Copy-paste campaigns change spacing and case, rarely the words.
const normalise = (text: string) =>
  text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Flags the same text posted again by the same email address or client within 24 hours. */
export const repeatedPhase: Phase<'body' | 'recent' | 'now'> = {
  name: 'repeated',
  run: ({ body, recent, now }) => {
    const text = normalise(body);
    if (text === '') return { flags: [] };
    const earlier = recent.filter(
      (comment) => now - comment.createdAt <= day && normalise(comment.body) === text,
    ).length;
    if (earlier === 0) return { flags: [] };
    return {
      flags: [
        {
          phase: 'repeated',
          category: 'repeated',
          evidence: body.trim(),
          reason: `same text posted ${earlier + 1} times in 24 hours`,
        },
      ],
    };
  },
};
