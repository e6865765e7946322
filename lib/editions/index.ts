// The language editions the newsroom publishes. This list is the one place to add an edition:
// its URLs (/<code>/…), its direction, how it writes digits and dates, and its name in its own
// script all come from here. An edition without a message catalog of its own (lib/messages)
// shows the interface in English until one is written.

export type DateOrder = 'day-month-year';

export type EditionConfig = {
  /** BCP 47 code, as in an article's `lang` and the first URL segment (`/ckb/…`). */
  code: string;
  /** The language's name in its own script, for "Read in" and the language menu. */
  name: string;
  /** English name, for the newsroom's tools and error messages. */
  englishName: string;
  dir: 'ltr' | 'rtl';
  /** Locale for `Intl`, with the region whose conventions the newsroom follows. */
  locale: string;
  /**
   * The one rule for digits and dates: which digits (`latn` 0-9, `arab` ٠-٩) and the separator
   * between day, month and year, always day first. English prints the seed's `26-04-2025`.
   */
  digits: 'latn' | 'arab';
  dateSeparator: '-' | '.' | '/';
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: string;
};

export const editions = [
  {
    code: 'en',
    name: 'English',
    englishName: 'English',
    dir: 'ltr',
    locale: 'en-GB',
    digits: 'latn',
    dateSeparator: '-',
    ogLocale: 'en_US',
  },
  {
    code: 'ckb',
    name: 'کوردی',
    englishName: 'Sorani Kurdish',
    dir: 'rtl',
    locale: 'ckb-IQ',
    // Sorani print (Rudaw's own included) uses Eastern Arabic digits; the slash keeps the date
    // one left-to-right run of digits inside right-to-left text, as readers expect.
    digits: 'arab',
    dateSeparator: '/',
    ogLocale: 'ckb_IQ',
  },
  {
    code: 'kmr',
    name: 'Kurmancî',
    englishName: 'Kurmanji Kurdish',
    dir: 'ltr',
    locale: 'kmr-TR',
    digits: 'latn',
    dateSeparator: '.',
    ogLocale: 'kmr_TR',
  },
  {
    code: 'ar',
    name: 'العربية',
    englishName: 'Arabic',
    dir: 'rtl',
    locale: 'ar-IQ',
    digits: 'arab',
    dateSeparator: '/',
    ogLocale: 'ar_IQ',
  },
  {
    code: 'tr',
    name: 'Türkçe',
    englishName: 'Turkish',
    dir: 'ltr',
    locale: 'tr-TR',
    digits: 'latn',
    dateSeparator: '.',
    ogLocale: 'tr_TR',
  },
] as const satisfies readonly EditionConfig[];

export type EditionCode = (typeof editions)[number]['code'];
export type Edition = EditionConfig & { code: EditionCode };

/** The edition whose pages keep the URLs without a language prefix (`/`, `/articles/…`). */
export const defaultEdition: EditionCode = 'en';

const byCode = new Map<string, Edition>(editions.map((edition) => [edition.code, edition]));

export function listEditions(): readonly Edition[] {
  return editions;
}

export function editionCodes(): EditionCode[] {
  return editions.map((edition) => edition.code);
}

export function isEditionCode(value: string): value is EditionCode {
  return byCode.has(value);
}

/** The edition of a code, or undefined for a language the site does not publish in. */
export function findEdition(code: string): Edition | undefined {
  return byCode.get(code);
}

/** The edition for a language tag (`ckb`, `ckb-IQ`), falling back to the default edition. */
export function editionFor(lang: string): Edition {
  return (
    byCode.get(lang) ??
    byCode.get(lang.split('-')[0]?.toLowerCase() ?? '') ??
    (byCode.get(defaultEdition) as Edition)
  );
}

/** Writing direction of a language, for `dir` attributes. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  const edition = byCode.get(lang) ?? byCode.get(lang.split('-')[0]?.toLowerCase() ?? '');
  if (edition) return edition.dir;
  return rightToLeftLanguages.has(lang.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}

// Right-to-left languages the site does not publish in but a comment's `lang` might name.
const rightToLeftLanguages = new Set(['ar', 'ckb', 'fa', 'he', 'ur', 'ps', 'sd', 'yi', 'dv']);

// The URL prefix of an edition's pages ('' for the default edition, `/ckb` for Sorani), written
// once in codes.mjs, which next.config.mjs reads too.
export { editionPrefix } from './codes.mjs';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A whole number in the edition's digits, grouped as its locale groups them: `١٬٢٣٤`. */
export function formatNumber(value: number, lang: string): string {
  const edition = editionFor(lang);
  const key = `${edition.code}:grouped`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(edition.locale, { numberingSystem: edition.digits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** Digits only, zero-padded, never grouped: the parts of a date or a time. */
export function formatDigits(value: number, lang: string, width = 1): string {
  const edition = editionFor(lang);
  const key = `${edition.code}:${width}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(edition.locale, {
      numberingSystem: edition.digits,
      useGrouping: false,
      minimumIntegerDigits: width,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** Position of a language in the editions' list, for listing versions in a stable order. */
export function editionRank(lang: string): number {
  const index = editions.findIndex((edition) => edition.code === lang);
  return index < 0 ? editions.length : index;
}
