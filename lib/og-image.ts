import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { ReactElement } from 'react';

export const ogImageSize = { width: 1200, height: 630 } as const;

// Fonts come from npm packages the project installs: next/og would otherwise download fonts for
// anything beyond its built-in Latin one, and this server may have no network. (woff: satori
// cannot read woff2.)
function font(pkg: string, file: string): Buffer {
  return readFileSync(path.join(process.cwd(), 'node_modules', '@fontsource', pkg, 'files', file));
}

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

let fonts: Font[] | undefined;

function loadFonts() {
  fonts ??= [
    {
      name: 'Serif',
      data: font('noto-serif', 'noto-serif-latin-700-normal.woff'),
      weight: 700,
      style: 'normal',
    },
    {
      name: 'Sans',
      data: font('noto-sans', 'noto-sans-latin-400-normal.woff'),
      weight: 400,
      style: 'normal',
    },
    {
      name: 'Sans',
      data: font('noto-sans', 'noto-sans-latin-700-normal.woff'),
      weight: 700,
      style: 'normal',
    },
  ];
  return fonts;
}

/** Renders a React element to PNG bytes with the project's own fonts. */
export async function renderPng(
  element: ReactElement,
  size: { width: number; height: number },
): Promise<Uint8Array> {
  const response = new ImageResponse(element, { ...size, fonts: loadFonts() });
  return new Uint8Array(await response.arrayBuffer());
}

export const logoSize = { width: 600, height: 60 } as const;
