import type { Flag, Phase } from '../types';

// Top-level domains seen in comment spam. Ones that are also English words (in, it, me, us, to)
// are left out: "…said it.In fact" must not read as a web address.
const tlds =
  'com|net|org|info|biz|io|co|uk|de|fr|ru|cn|eu|ca|au|iq|tr|ir|ae|sa|xyz|online|site|shop|store|app|link|click|top|live|ly|tv|gg';
const tail = `(?:${tlds})(?![\\p{L}\\p{N}_-])`;

type Kind = {
  reason: string;
  pattern: RegExp;
  isLink: boolean;
  accept?: (text: string) => boolean;
};

// Earlier kinds win where matches overlap: the domain inside a URL or an email is not flagged again.
const kinds: Kind[] = [
  { reason: 'link', isLink: true, pattern: /\bhttps?:\/\/[^\s<>"'`]+/giu },
  { reason: 'link', isLink: true, pattern: /(?<![\p{L}\p{N}./@])www\.[^\s<>"'`]+/giu },
  {
    reason: 'email address',
    isLink: false,
    pattern:
      /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
  },
  {
    reason: 'link',
    isLink: true,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}@._/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+${tail}(?:/[^\\s<>"'\`]*)?`,
      'giu',
    ),
    // "U.K." and "U.S.A." are abbreviations, not addresses.
    accept: (text) => !/^(?:[a-z]\.)+[a-z]{2}$/i.test(text),
  },
  {
    reason: 'link',
    isLink: true,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}-]+\\s*[([{]?\\s*dot\\s*[)\\]}]?\\s*${tail}`,
      'giu',
    ),
    // "the dot com bubble" is economics, "shop dot com" is an address spelled out to dodge filters.
    accept: (text) => !/^(?:the|a|an|this|that)\s/i.test(text),
  },
  {
    reason: 'phone number',
    isLink: false,
    pattern: /(?<![\p{L}\p{N}+])\+?\(?\p{Nd}(?:[ \t\u00A0()-]{0,2}\p{Nd}){6,}/gu,
    accept: isPhoneNumber,
  },
];

/** Seven or more digits in phone-like groups, but not dates, runs of years or amounts like 1 500 000. */
function isPhoneNumber(text: string): boolean {
  const groups = text.split(/[^\p{Nd}]+/u).filter((group) => group !== '');
  if (!text.startsWith('+') && groups.length === 1) return text.startsWith('0');
  if (groups.every((group) => /^(?:1[89]|20)\p{Nd}{2}$/u.test(group))) return false;
  if (/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$|^\p{Nd}{1,2}-\p{Nd}{1,2}-\p{Nd}{4}$/u.test(text))
    return false;
  return text.startsWith('+') || !/^\p{Nd}{1,3}(?: \p{Nd}{3})+$/u.test(text);
}

// The same address under different spellings (http://, www., a trailing slash) is the same link.
const linkKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');

/** Flags links, email addresses and phone numbers: the usual shapes of advertising in comments. */
export const promotionPhase: Phase<'body'> = {
  name: 'promotion',
  run: ({ body }) => {
    const found: { start: number; end: number; text: string; kind: Kind }[] = [];
    for (const kind of kinds) {
      for (const match of body.matchAll(kind.pattern)) {
        // Sentence punctuation after an address is not part of it.
        const text = match[0].replace(/[.,;:!?'")\]}>]+$/u, '');
        const start = match.index;
        const end = start + text.length;
        if (text === '' || kind.accept?.(text) === false) continue;
        if (found.some((other) => start < other.end && other.start < end)) continue;
        found.push({ start, end, text, kind });
      }
    }
    found.sort((a, b) => a.start - b.start);
    const flags: Flag[] = found.map(({ text, kind }) => ({
      phase: 'promotion',
      category: 'promotion',
      evidence: text,
      reason: kind.reason,
    }));
    const links = new Map<string, { first: string; count: number }>();
    for (const { text, kind } of found) {
      if (!kind.isLink) continue;
      const entry = links.get(linkKey(text)) ?? { first: text, count: 0 };
      links.set(linkKey(text), { ...entry, count: entry.count + 1 });
    }
    for (const { first, count } of links.values()) {
      if (count > 1)
        flags.push({
          phase: 'promotion',
          category: 'promotion',
          evidence: first,
          reason: `same link repeated ${count} times`,
        });
    }
    return { flags };
  },
};
