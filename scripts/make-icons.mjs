// Draws the site's icons from one hand-written SVG mark: app/icon.png (512 px, also the web app
// manifest's), app/apple-icon.png (180 px) and app/favicon.ico (16, 32 and 48 px). Next.js serves
// files with these names and links them from every page. Run from the project root:
// node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';

parseArgs({ options: {}, strict: true, allowPositionals: false });

const brand = '#b0141c';

// A folded newspaper page on the brand red: three lines of text under a bold headline bar.
// Shapes only, no text, so it draws the same without any font installed.
const mark = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="96" fill="${brand}"/>
  <rect x="112" y="104" width="288" height="304" rx="20" fill="#ffffff"/>
  <rect x="148" y="144" width="216" height="44" rx="8" fill="${brand}"/>
  <rect x="148" y="224" width="216" height="22" rx="11" fill="#3f3f46"/>
  <rect x="148" y="276" width="216" height="22" rx="11" fill="#3f3f46"/>
  <rect x="148" y="328" width="140" height="22" rx="11" fill="#3f3f46"/>
</svg>`;

const png = (size) =>
  sharp(Buffer.from(mark)).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

/** An ICO file holding PNG images (allowed since Windows Vista, read by every browser). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

const app = path.join(process.cwd(), 'app');
writeFileSync(path.join(app, 'icon.png'), await png(512));
writeFileSync(path.join(app, 'apple-icon.png'), await png(180));
const sizes = [16, 32, 48];
writeFileSync(
  path.join(app, 'favicon.ico'),
  ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))),
);
console.log('app/icon.png, app/apple-icon.png, app/favicon.ico written');
