import 'server-only';
import { Resvg } from './engines';
import { fontChain, type ShippedFont } from './fonts';
import { fitText } from './lines';
import { sanitizeText } from './sanitize';
import type { Scene, SceneRect, SceneText } from './scene';

// One renderer for every image (Latin, Arabic-script and emoji titles, the logo, the site card):
// text is shaped here and drawn as glyph outlines in an SVG, which resvg turns into a PNG. Unlike
// next/og (satori), nothing here lays text out left to right only, and nothing can fetch a font
// or an emoji image: a missing glyph is removed by the sanitizer, never looked up elsewhere.

const colorPattern = /^#[0-9a-f]{3,8}$/i;

function color(value: string): string {
  if (!colorPattern.test(value)) throw new Error(`not a hex colour: ${value}`);
  return value;
}

const round = (value: number) => Math.round(value * 100) / 100;

class GlyphDefs {
  private readonly ids = new Map<string, string>();
  private readonly fontIds = new Map<ShippedFont, number>();
  readonly paths: string[] = [];

  /** The id of a glyph's outline in <defs>, or undefined for a glyph that draws nothing. */
  idOf(font: ShippedFont, glyph: number): string | undefined {
    let fontId = this.fontIds.get(font);
    if (fontId === undefined) {
      fontId = this.fontIds.size;
      this.fontIds.set(font, fontId);
    }
    const key = `${fontId}-${glyph}`;
    if (!this.ids.has(key)) {
      const outline = font.font.glyphToPath(glyph);
      this.ids.set(key, outline ? `g${key}` : '');
      if (outline) this.paths.push(`<path id="g${key}" d="${outline}"/>`);
    }
    return this.ids.get(key) || undefined;
  }
}

function drawRect({ box, fill }: SceneRect): string {
  return `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="${color(fill)}"/>`;
}

function drawText(item: SceneText, defs: GlyphDefs): string {
  const chain = fontChain(item.style, item.dir);
  const { text } = sanitizeText(item.text, chain);
  if (!text) return '';
  const { lines, size } = fitText({
    text,
    chain,
    dir: item.dir,
    lang: item.lang,
    sizes: item.sizes,
    lineHeight: item.lineHeight,
    maxWidth: item.box.width,
    maxHeight: item.box.height,
    letterSpacing: item.letterSpacing,
  });
  // Half-leading as in CSS, from the metrics of the style's first font for this direction.
  const primary = chain[0];
  const ascent = primary ? (primary.ascender / primary.unitsPerEm) * size : size;
  const descent = primary ? (-primary.descender / primary.unitsPerEm) * size : 0;
  const lineHeight = size * item.lineHeight;
  const height = lines.length * lineHeight;
  const free = item.box.height - height;
  const top =
    item.box.y +
    (item.verticalAlign === 'top' ? 0 : item.verticalAlign === 'center' ? free / 2 : free);
  const rightAligned = (item.align === 'start') === (item.dir === 'rtl');
  const uses = lines.flatMap((line, index) => {
    const baseline = top + index * lineHeight + (lineHeight - ascent - descent) / 2 + ascent;
    const left = rightAligned ? item.box.x + item.box.width - line.width : item.box.x;
    return line.glyphs.flatMap(({ font, glyph, x, y }) => {
      const id = defs.idOf(font, glyph);
      if (!id) return [];
      const scale = round(size / font.unitsPerEm);
      return `<use href="#${id}" transform="translate(${round(left + x)} ${round(baseline + y)}) scale(${scale} ${-scale})"/>`;
    });
  });
  return `<g fill="${color(item.color)}">${uses.join('')}</g>`;
}

/** The scene as an SVG document of shapes only (no <text>: resvg needs no fonts). */
export function sceneToSvg(scene: Scene): string {
  const defs = new GlyphDefs();
  const body = scene.items
    .map((item) => (item.kind === 'rect' ? drawRect(item) : drawText(item, defs)))
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}">` +
    `<defs>${defs.paths.join('')}</defs>` +
    `<rect width="${scene.width}" height="${scene.height}" fill="${color(scene.background)}"/>` +
    `${body}</svg>`
  );
}

/** The scene as PNG bytes. */
export function renderScene(scene: Scene): Uint8Array {
  const resvg = new Resvg(sceneToSvg(scene), {
    font: { loadSystemFonts: false },
    fitTo: { mode: 'original' },
  });
  return new Uint8Array(resvg.render().asPng());
}
