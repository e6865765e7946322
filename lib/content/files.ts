import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { ContentProblem } from './problems';

const utf8 = new TextDecoder('utf-8', { fatal: true });

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
  const file = displayPath(absolute);
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return {
      ok: false,
      problem: { file, field: 'file', message: `cannot be read (${errorCode(error)})` },
    };
  }
  try {
    return { ok: true, text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    return {
      ok: false,
      problem: {
        file,
        field: 'file',
        message: `is not valid UTF-8 text (first bad byte at offset ${offset}); save it as UTF-8`,
      },
    };
  }
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

// gray-matter also registers a JavaScript engine that runs the front matter with eval, chosen by
// the opening line (`---js`). Our opening-line check already refuses that line; these engines
// make sure that, should the check ever loosen, a file still cannot run code on the server.
class ForeignFrontMatter extends Error {
  constructor(readonly language: string) {
    super(`front matter in ${language} is not read`);
  }
}
function refuse(language: string) {
  return (): never => {
    throw new ForeignFrontMatter(language);
  };
}
/** Exported for its test: only YAML is parsed; every other language gray-matter knows throws. */
export const frontMatterEngines = {
  // YAML's default schema turns `2025-04-26` into a Date at UTC midnight and silently drops any
  // offset; the core schema keeps dates as the text the editor wrote, which the schema validates.
  // gray-matter wants an object back; the YAML may be anything, so it travels boxed and is checked below.
  yaml: (source: string): { yaml: unknown } => ({
    yaml: yaml.load(source, { schema: yaml.CORE_SCHEMA }),
  }),
  javascript: refuse('JavaScript'),
  js: refuse('JavaScript'),
  coffee: refuse('CoffeeScript'),
  coffeescript: refuse('CoffeeScript'),
  cson: refuse('CoffeeScript'),
  json: refuse('JSON'),
};

const onlyYaml = 'only YAML front matter is read: start the file with a line "---" alone';

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
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options also turns off gray-matter's cache, which would keep every file in memory twice.
    parsed = matter(text, { engines: frontMatterEngines });
  } catch (error) {
    if (error instanceof ForeignFrontMatter)
      return {
        ok: false,
        problem: { file, field: 'front matter', message: `is ${error.language}: ${onlyYaml}` },
      };
    return {
      ok: false,
      problem: { file, field: 'front matter', message: describeYamlError(error, 2) },
    };
  }
  // An empty front matter block gives gray-matter's own {} instead of our box.
  const data: unknown = 'yaml' in parsed.data ? parsed.data.yaml : {};
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
  const bodyStartLine = text.slice(0, text.length - parsed.content.length).split('\n').length;
  return { ok: true, data: { ...data }, body: parsed.content, bodyStartLine };
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
