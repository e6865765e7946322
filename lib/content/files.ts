import 'server-only';
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { ContentProblem } from './problems';

/** The path shown to editors: relative to the working directory when the file is inside it. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? absolute
    : relative.split(path.sep).join('/');
}

export type TextResult = { ok: true; text: string } | { ok: false; problem: ContentProblem };

/** Reads a file that must be UTF-8; other encodings are reported rather than decoded into mojibake. */
export function readUtf8(absolute: string): TextResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return {
      ok: false,
      problem: {
        file: displayPath(absolute),
        field: 'file',
        message: `cannot be read (${errorCode(error)})`,
      },
    };
  }
  // isUtf8 checks the bytes natively, so a valid file is decoded once, without a fatal decoder's
  // exception machinery; listing 10,000 articles reads 10,000 files through here.
  if (isUtf8(bytes)) return { ok: true, text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
  const offset = firstInvalidUtf8Byte(bytes);
  return {
    ok: false,
    problem: {
      file: displayPath(absolute),
      field: 'file',
      message: `is not valid UTF-8 text (first bad byte at offset ${offset}); save it as UTF-8`,
    },
  };
}

export type YamlResult = { ok: true; data: unknown } | { ok: false; problem: ContentProblem };

/** Reads a UTF-8 YAML file (core schema: dates stay text), reporting a bad file as a problem. */
export function readYaml(absolute: string): YamlResult {
  const read = readUtf8(absolute);
  if (!read.ok) return read;
  try {
    return { ok: true, data: yaml.load(read.text, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    return {
      ok: false,
      problem: { file: displayPath(absolute), field: 'file', message: describeYamlError(error, 1) },
    };
  }
}

export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; body: string; bodyStartLine: number }
  | { ok: false; problem: ContentProblem };

const onlyYaml = 'only YAML front matter is read: start the file with a line "---" alone';

/**
 * The front matter (YAML between the opening `---` line and the next line starting with `---`)
 * and the body after it. This is the split gray-matter makes, done here directly: gray-matter
 * copied every file into a Buffer and looked it up in its cache by its whole text, which made it
 * most of the cost of listing 10,000 articles. Only js-yaml's core schema ever reads the front
 * matter, so no file can choose a parser that runs code (gray-matter's `---js`).
 */
export function parseFrontMatter(text: string, file: string): FrontMatterResult {
  // `---js`, `--- javascript`, `---json`: gray-matter would pick another parser from this tag.
  const tagged = /^(---[ \t]*([^\s-][^\r\n]*?))[ \t]*\r?\n/.exec(text);
  if (tagged) {
    const script = /^(js|javascript)$/i.test(tagged[2] ?? '');
    return {
      ok: false,
      problem: {
        file,
        field: 'front matter',
        message: `first line "${tagged[1]}" asks for ${script ? 'JavaScript, which is never run' : 'another format'}; ${onlyYaml}`,
      },
    };
  }
  if (!/^---[ \t]*\r?\n/.test(text)) {
    return {
      ok: false,
      problem: {
        file,
        field: 'front matter',
        message: 'missing: the file must start with a line "---", the fields, then another "---"',
      },
    };
  }
  // After the opening `---`, up to the next line that starts with `---` (or the end of the file).
  const rest = text.slice(3);
  const close = rest.indexOf('\n---');
  // A copy, not a slice: V8 keeps a whole string alive while a slice of it lives, and the values
  // YAML reads are slices of its input. js-yaml happens to copy its input today; copying here
  // keeps a listed article's values to a few hundred bytes of front matter, not the whole file,
  // whatever the parser does (tests/articles/article-memory.test.ts).
  const block = detachedText(close === -1 ? rest : rest.slice(0, close));
  let body = close === -1 ? '' : rest.slice(close + 4);
  if (body.startsWith('\r')) body = body.slice(1);
  if (body.startsWith('\n')) body = body.slice(1);
  let data: unknown = {};
  // A block of only blanks and YAML comments is an empty front matter, as gray-matter read it.
  if (block.replace(/^\s*#[^\n]+/gm, '').trim() !== '') {
    try {
      // YAML's default schema turns `2025-04-26` into a Date at UTC midnight and silently drops
      // any offset; the core schema keeps dates as the text the editor wrote, which the schema
      // validates.
      data = yaml.load(block, { schema: yaml.CORE_SCHEMA });
    } catch (error) {
      return {
        ok: false,
        problem: { file, field: 'front matter', message: describeYamlError(error, 2) },
      };
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problem: {
        file,
        field: 'front matter',
        message: 'expected "field: value" lines between the --- lines',
      },
    };
  }
  const bodyStartLine = countLines(text, text.length - body.length);
  return { ok: true, data: { ...data }, body, bodyStartLine };
}

/**
 * `text` as a string of its own rather than a slice of a larger one (see parseFrontMatter).
 * Prepending a character makes V8 build a new flat string when it is sliced again.
 */
export function detachedText(text: string): string {
  return ` ${text}`.slice(1);
}

/** The line number of the character at `end`: one more than the line breaks before it. */
function countLines(text: string, end: number): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1))
    lines += 1;
  return lines;
}

/** `lineOffset` turns js-yaml's zero-based line into the file's line number. */
function describeYamlError(error: unknown, lineOffset: number): string {
  if (error instanceof yaml.YAMLException) {
    const line = error.mark
      ? ` at line ${error.mark.line + lineOffset}, column ${error.mark.column + 1}`
      : '';
    return `invalid YAML${line}: ${error.reason}`;
  }
  return `invalid YAML: ${error instanceof Error ? error.message : String(error)}`;
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8Byte(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}
