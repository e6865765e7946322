import { describe, expect, test } from 'vitest';
import { excerptAround, excerptStart, highlight, type Segment } from '@/lib/search/highlight';

/** Segments as one string with the marked words in brackets, for readable expectations. */
const show = (segments: Segment[]) =>
  segments.map((segment) => (segment.match ? `[${segment.text}]` : segment.text)).join('');

const words = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `w${from + i}`).join(' ');

describe('highlight', () => {
  test('marks each word whose term matched, keeping the text exactly', () => {
    const segments = highlight('Hussein, Rubio discuss Iraq-US ties', new Set(['rubio', 'iraq']));
    expect(segments).toEqual([
      { text: 'Hussein, ', match: false },
      { text: 'Rubio', match: true },
      { text: ' discuss ', match: false },
      { text: 'Iraq', match: true },
      { text: '-US ties', match: false },
    ]);
  });

  test('matches words written with accents or in capitals', () => {
    expect(show(highlight('Flights to ERBIL and Erbîl resume', new Set(['erbil'])))).toBe(
      'Flights to [ERBIL] and [Erbîl] resume',
    );
  });

  test('leaves text without a match as one unmarked run', () => {
    expect(highlight('Nothing here', new Set(['rubio']))).toEqual([
      { text: 'Nothing here', match: false },
    ]);
    expect(highlight('', new Set(['rubio']))).toEqual([]);
  });
});

describe('excerpts', () => {
  test('show about 30 words starting a little before the first match', () => {
    const body = `${words(1, 50)} Rubio ${words(51, 100)}.`;
    expect(show(excerptAround(body, new Set(['rubio'])) ?? [])).toBe(
      `… ${words(43, 50)} [Rubio] ${words(51, 71)} …`,
    );
  });

  test('are not cut where the text starts or ends', () => {
    const terms = new Set(['rubio']);
    expect(show(excerptAround('Rubio met Hussein.', terms) ?? [])).toBe('[Rubio] met Hussein.');
    const body = `${words(1, 40)} Rubio met Hussein.`;
    expect(show(excerptAround(body, terms) ?? [])).toBe(`… ${words(14, 40)} [Rubio] met Hussein.`);
  });

  test('mark every match they show', () => {
    expect(
      show(excerptAround('Rubio and Hussein; later Rubio again.', new Set(['rubio'])) ?? []),
    ).toBe('[Rubio] and Hussein; later [Rubio] again.');
  });

  test('are undefined for a text without a match', () => {
    expect(excerptAround('A summary about Hussein.', new Set(['rubio']))).toBeUndefined();
  });

  test('can be the start of a text, when the match was in the title or tags', () => {
    const summary = `${words(1, 40)}.`;
    expect(show(excerptStart(summary, new Set(['rubio'])))).toBe(`${words(1, 30)} …`);
    expect(show(excerptStart('Short.', new Set(['rubio'])))).toBe('Short.');
  });
});
