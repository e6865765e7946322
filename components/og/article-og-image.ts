import { editionFor } from '@/lib/editions';
import type { Scene } from '@/lib/og';
import { ogImageSize } from '@/lib/share/og-image';
import { brandRed, cardBandItem, cardContent, ink, lineHeightFor, mutedInk } from './card-frame';

// An article's generated share card: the section at the top, the headline in the middle, the
// site's name and the date at the bottom. A right-to-left edition's card is the mirror image:
// everything starts at the right edge.

type Props = { title: string; section: string; date: string; siteName: string; lang: string };

const metaSize = 30;

/** The headline's size: long headlines start smaller, as on the site; any size shrinks to fit. */
function titleSizes(title: string): number[] {
  const preferred = title.length > 90 ? 56 : title.length > 60 ? 66 : 78;
  return [78, 66, 56, 48, 42].filter((size) => size <= preferred);
}

export function articleOgImage({ title, section, date, siteName, lang }: Props): Scene {
  const { dir, code } = editionFor(lang);
  const content = cardContent(ogImageSize);
  const metaLineHeight = lineHeightFor(dir, 1.36);
  const metaLine = metaSize * metaLineHeight;
  const common = { dir, lang: code, align: 'start' as const };
  const footer = { ...content, y: content.y + content.height - metaLine, height: metaLine };
  return {
    ...ogImageSize,
    background: '#ffffff',
    items: [
      cardBandItem(ogImageSize),
      {
        kind: 'text',
        ...common,
        // The edition's own casing rules: Turkish i becomes İ, not I.
        text: section.toLocaleUpperCase(code),
        style: 'sans-bold',
        sizes: [metaSize],
        lineHeight: metaLineHeight,
        letterSpacing: 2,
        color: brandRed,
        box: { ...content, height: metaLine },
        verticalAlign: 'top',
      },
      {
        kind: 'text',
        ...common,
        text: title,
        style: 'serif-bold',
        sizes: titleSizes(title),
        lineHeight: lineHeightFor(dir, 1.15),
        color: ink,
        box: { ...content, y: content.y + metaLine, height: content.height - 2 * metaLine },
        verticalAlign: 'center',
      },
      {
        kind: 'text',
        ...common,
        text: siteName,
        style: 'serif-bold',
        sizes: [metaSize],
        lineHeight: metaLineHeight,
        color: ink,
        box: footer,
        verticalAlign: 'bottom',
      },
      {
        kind: 'text',
        ...common,
        align: 'end',
        text: date,
        style: 'sans-regular',
        sizes: [metaSize],
        lineHeight: metaLineHeight,
        color: mutedInk,
        box: footer,
        verticalAlign: 'bottom',
      },
    ],
  };
}
