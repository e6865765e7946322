import { editionFor } from '@/lib/editions';
import type { Scene } from '@/lib/og';
import { logoSize } from '@/lib/share/og-image';
import { brandRed, ink } from './card-frame';

const band = 12;
const inset = band + 12;

/** The publisher logo for structured data: the site's name on a light ground, 600x60. */
export function logoImage({ siteName, lang }: { siteName: string; lang: string }): Scene {
  const { dir, code } = editionFor(lang);
  return {
    ...logoSize,
    background: '#ffffff',
    items: [
      {
        kind: 'rect',
        box: {
          x: dir === 'rtl' ? logoSize.width - band : 0,
          y: 0,
          width: band,
          height: logoSize.height,
        },
        fill: brandRed,
      },
      {
        kind: 'text',
        text: siteName,
        style: 'serif-bold',
        sizes: [40, 34, 28],
        lineHeight: 1.36,
        color: ink,
        box: { x: inset, y: 0, width: logoSize.width - 2 * inset, height: logoSize.height },
        dir,
        lang: code,
        align: 'start',
        verticalAlign: 'center',
      },
    ],
  };
}
