// The part of fontkit (a dev dependency without types) the coverage tests use: an independent
// reader of the same font files the renderer draws from.
declare module 'fontkit' {
  export type FontkitFont = { hasGlyphForCodePoint(codePoint: number): boolean };
  export function create(data: Uint8Array): FontkitFont | { fonts: FontkitFont[] };
}
