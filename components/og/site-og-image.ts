import { editionFor } from '@/lib/editions';
import type { Scene } from '@/lib/og';
import { ogImageSize } from '@/lib/share/og-image';
import { cardBandItem, cardContent, ink, lineHeightFor, mutedInk } from './card-frame';

type Props = { siteName: string; tagline: string; lang: string };

const nameSize = 110;
const taglineSize = 40;
const gap = 24;

/** The site's own share card, for pages that have no article image: name and tagline, centred. */
export function siteOgImage({ siteName, tagline, lang }: Props): Scene {
  const { dir, code } = editionFor(lang);
  const content = cardContent(ogImageSize);
  const lineHeight = lineHeightFor(dir, 1.36);
  const nameLine = nameSize * lineHeight;
  const taglineLine = taglineSize * lineHeight;
  // The pair sits in the middle of the card as one block, one line each; a longer tagline
  // wraps downwards.
  const top = content.y + (content.height - nameLine - gap - taglineLine) / 2;
  const taglineTop = top + nameLine + gap;
  const common = { dir, lang: code, align: 'start' as const, verticalAlign: 'top' as const };
  return {
    ...ogImageSize,
    background: '#ffffff',
    items: [
      cardBandItem(ogImageSize),
      {
        kind: 'text',
        ...common,
        text: siteName,
        style: 'serif-bold',
        sizes: [nameSize, 88, 72],
        lineHeight,
        color: ink,
        box: { ...content, y: top, height: nameLine },
      },
      {
        kind: 'text',
        ...common,
        text: tagline,
        style: 'sans-regular',
        sizes: [taglineSize, 34, 28],
        lineHeight,
        color: mutedInk,
        box: { ...content, y: taglineTop, height: content.y + content.height - taglineTop },
      },
    ],
  };
}
