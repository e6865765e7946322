import { inflateSync } from 'node:zlib';

// The shipped fonts are WOFF 1.0 (the only format @fontsource ships besides WOFF2), and HarfBuzz
// reads plain OpenType only. WOFF 1.0 is an OpenType file whose tables are zlib-compressed one
// by one, so unpacking it takes a table directory and `inflate`: no font library at run time.

const woffSignature = 0x774f4646; // 'wOFF'
const woffHeaderBytes = 44;
const woffEntryBytes = 20;
const sfntEntryBytes = 16;

type TableEntry = {
  tag: number;
  offset: number;
  compressedLength: number;
  length: number;
  checksum: number;
};

const padded = (length: number) => (length + 3) & ~3;

/** The OpenType (sfnt) bytes of a WOFF 1.0 font. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const input = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < woffHeaderBytes || input.getUint32(0) !== woffSignature) {
    throw new Error('not a WOFF 1.0 font');
  }
  const flavor = input.getUint32(4);
  const tableCount = input.getUint16(12);
  const tables: TableEntry[] = [];
  for (let i = 0; i < tableCount; i++) {
    const at = woffHeaderBytes + i * woffEntryBytes;
    tables.push({
      tag: input.getUint32(at),
      offset: input.getUint32(at + 4),
      compressedLength: input.getUint32(at + 8),
      length: input.getUint32(at + 12),
      checksum: input.getUint32(at + 16),
    });
  }

  const directoryBytes = 12 + tableCount * sfntEntryBytes;
  const total = tables.reduce((sum, table) => sum + padded(table.length), directoryBytes);
  const output = new Uint8Array(total);
  const out = new DataView(output.buffer);
  // The binary-search fields of the sfnt header, as the OpenType spec defines them.
  const entrySelector = Math.floor(Math.log2(Math.max(tableCount, 1)));
  const searchRange = 2 ** entrySelector * sfntEntryBytes;
  out.setUint32(0, flavor);
  out.setUint16(4, tableCount);
  out.setUint16(6, searchRange);
  out.setUint16(8, entrySelector);
  out.setUint16(10, tableCount * sfntEntryBytes - searchRange);

  let offset = directoryBytes;
  tables.forEach((table, i) => {
    const stored = woff.subarray(table.offset, table.offset + table.compressedLength);
    // A table is stored uncompressed when compressing it would not make it smaller.
    const data = table.compressedLength < table.length ? inflateSync(stored) : stored;
    if (data.byteLength !== table.length) throw new Error('WOFF table has the wrong length');
    output.set(data, offset);
    const entry = 12 + i * sfntEntryBytes;
    out.setUint32(entry, table.tag);
    out.setUint32(entry + 4, table.checksum);
    out.setUint32(entry + 8, offset);
    out.setUint32(entry + 12, table.length);
    offset += padded(table.length);
  });
  return output;
}
