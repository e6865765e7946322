// Interface text per language: one catalog per edition. English, Sorani and Arabic are
// complete (the type says so, and tests/messages checks it key by key); Kurmanji and Turkish
// cover the article page and the comment form, and the rest of their interface falls back to
// English. The moderator console's text is consoleMessages, in English only.
//
// Components and pages take every word of interface text from here. What they still write as
// literals is not in any language: the share networks' brand names (components/article/
// share-bar.tsx), the A+ / A- glyphs of the text-size buttons (whose names come from here),
// separators such as " · " and "#" before a comment number, and data shown as it is stored (an
// edition's English name in the console, the moderation log's action word, a report reason
// that is no category).

import {
  defaultEdition,
  editionCodes,
  editionFor,
  formatNumber,
  type EditionCode,
} from '../editions';
import { ar } from './ar';
import { ckb } from './ckb';
import { en, type Messages, type PartialMessages } from './en';
import type { Format } from './format';
import { kmr } from './kmr';
import { tr } from './tr';

export { categoryNames, consoleMessages, type Messages, type PartialMessages } from './en';

type Catalog =
  | { complete: true; build: (f: Format) => Messages }
  | { complete: false; build: (f: Format) => PartialMessages };

const catalogs: Partial<Record<EditionCode, Catalog>> = {
  en: { complete: true, build: en },
  ckb: { complete: true, build: ckb },
  ar: { complete: true, build: ar },
  kmr: { complete: false, build: kmr },
  tr: { complete: false, build: tr },
};

const built = new Map<string, Messages>();

/** Interface text for a language's edition; keys a partial catalog lacks are English. */
export function getMessages(lang: string = defaultEdition): Messages {
  const edition = editionFor(lang);
  const cached = built.get(edition.code);
  if (cached) return cached;
  const format: Format = { number: (value) => formatNumber(value, edition.code) };
  const english = en(format);
  const catalog = catalogs[edition.code];
  const messages: Messages = catalog ? { ...english, ...catalog.build(format) } : english;
  built.set(edition.code, messages);
  return messages;
}

/** The languages whose catalog claims to be complete, for the completeness test. */
export function completeCatalogs(): { lang: EditionCode; messages: Partial<Messages> }[] {
  const format: Format = { number: String };
  return editionCodes().flatMap((lang) => {
    const catalog = catalogs[lang];
    return catalog?.complete ? [{ lang, messages: catalog.build(format) }] : [];
  });
}
