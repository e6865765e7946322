import { defaultEdition, editionFor, formatDigits } from '../editions';

// Article dates are kept as the text the newsroom wrote (a date, or a date-time with its own
// offset) so the calendar day shown is the newsroom's day, not the server's time zone's.

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2})))?$/;

/** True for `2025-04-26` and `2025-04-26T09:30:00+03:00` (any offset, or Z), on a real calendar day. */
export function isIsoDate(text: string): boolean {
  const match = isoPattern.exec(text);
  if (!match) return false;
  const [, y, m, d, hh, mm, ss, , oh, om] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  if (hh !== undefined && (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59))
    return false;
  if (oh !== undefined && (Number(oh) > 23 || Number(om) > 59)) return false;
  return true;
}

/** Milliseconds since the epoch; a bare date counts from midnight UTC. */
export function toInstant(isoDate: string): number {
  return Date.parse(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
}

/** The calendar day as written: `2025-04-26`, for `<time datetime>` and sitemaps. */
export function calendarDay(isoDate: string): string {
  return isoDate.slice(0, 10);
}

/**
 * The day as the edition prints it (lib/editions/index.ts): `26-04-2025` in English, `٢٦/٠٤/٢٠٢٥` in
 * Sorani and Arabic, `26.04.2025` in Kurmanji and Turkish.
 */
export function formatDisplayDate(isoDate: string, lang: string = defaultEdition): string {
  const [year, month, day] = calendarDay(isoDate).split('-').map(Number) as [
    number,
    number,
    number,
  ];
  return joinDate(day, month, year, lang);
}

function joinDate(day: number, month: number, year: number, lang: string): string {
  const { dateSeparator } = editionFor(lang);
  return [
    formatDigits(day, lang, 2),
    formatDigits(month, lang, 2),
    formatDigits(year, lang, 4),
  ].join(dateSeparator);
}

/**
 * A moment as the edition prints it, in the site's time zone: `26-04-2025, 14:05 GMT+3`, with
 * the edition's digits and date rule.
 */
export function formatDateTime(
  instant: number,
  timeZone: string,
  lang: string = defaultEdition,
): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'shortOffset',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const zone =
    parts.timeZoneName === 'GMT' || parts.timeZoneName === 'GMT+0' ? 'UTC' : parts.timeZoneName;
  const date = joinDate(Number(parts.day), Number(parts.month), Number(parts.year), lang);
  const time = `${formatDigits(Number(parts.hour), lang, 2)}:${formatDigits(Number(parts.minute), lang, 2)}`;
  return `${date}, ${time} ${zone}`;
}
