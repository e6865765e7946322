import 'server-only';
import { statSync } from 'node:fs';
import path from 'node:path';

export type Enclosure = { url: string; type: string; length: number };

// The image extensions the front-matter schema allows. The feed package would guess
// `image/jpg` from the extension, which is not a registered type, so the type is named here.
const imageTypes: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
};

/** MIME type of an image path by its extension; a generic type for anything unexpected. */
export function imageType(src: string): string {
  return imageTypes[path.extname(src).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * An RSS enclosure for an image in public/. RSS requires its length in bytes, so the file is
 * measured on disk (content:check has already made sure it exists).
 */
export function imageEnclosure(src: string, siteUrl: string, publicDir: string): Enclosure {
  return {
    url: new URL(src, `${siteUrl}/`).toString(),
    type: imageType(src),
    length: statSync(path.join(publicDir, src)).size,
  };
}
