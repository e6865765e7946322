import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatProblem } from '@/lib/content';
import { loadTermLists } from '@/lib/screening';
import { loadTermCatalog } from '@/lib/screening/terms';
import { termsFixture } from '../support/fixtures';

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folderOf(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'terms-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}

/** Loads `yaml` as a terms file and returns its problems as `terms.yaml: field: message` lines. */
function load(yaml: string | Buffer, name = 'terms.yaml') {
  const folder = folderOf({});
  const file = path.join(folder, name);
  writeFileSync(file, yaml);
  const result = loadTermLists(file);
  return {
    ...result,
    lines: result.problems.map((problem) =>
      formatProblem({ ...problem, file: path.basename(problem.file) }),
    ),
  };
}

test('by default the lists are read from CONTENT_DIR/moderation, once for the process', async () => {
  // The fixture's folder stands in for content/, so the newsroom's edits cannot change this test.
  vi.resetModules();
  vi.stubEnv('CONTENT_DIR', path.dirname(termsFixture));
  try {
    const screening = await import('@/lib/screening');
    const { terms, problems } = screening.loadTermLists();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(terms.threat).toEqual(['kill you', 'kill yourself', 'i know where you live']);
    expect(terms['personal-attack'].length).toBeGreaterThan(0);
    expect(Object.values(terms.abuse).every((list) => list.length > 0)).toBe(true);
    expect(terms.banned).toEqual([]);
    const catalog = screening.getTermLists();
    expect(catalog.shared).toEqual(terms);
    expect(Object.keys(catalog.byLanguage).sort()).toEqual(['ar', 'ckb']);
    expect(screening.getTermLists()).toBe(catalog);
  } finally {
    vi.unstubAllEnvs();
  }
});

test('a valid file is parsed, trimming terms; missing or empty lists are empty', () => {
  const { terms, problems } = load(
    'threat: ["  kill you "]\nabuse:\n  sexism: [typical woman]\nbanned:\n  - term: buy followers\n    category: promotion\npersonal-attack:\n',
  );
  expect(problems).toEqual([]);
  expect(terms).toEqual({
    profanity: [],
    threat: ['kill you'],
    'personal-attack': [],
    abuse: { sexism: ['typical woman'], racism: [], homophobia: [], xenophobia: [] },
    banned: [{ term: 'buy followers', category: 'promotion' }],
  });
});

test('a bad file gives one exact line per problem', () => {
  const { lines, terms } = load(
    [
      'threat: [kill you, Kill  You]',
      'personal-atack: [you idiot]',
      'abuse:',
      '  sexism: typical woman',
      '  racism: ["  "]',
      '  religion: [x]',
      'banned:',
      '  - term: buy followers',
      '    category: spam',
      '  - category: other',
    ].join('\n'),
  );
  expect(lines).toEqual([
    'terms.yaml: threat.1: "Kill  You" is listed twice',
    'terms.yaml: abuse.sexism: expected a list, got "typical woman"',
    'terms.yaml: abuse.racism.0: must not be empty',
    'terms.yaml: abuse.religion: unknown field (allowed: sexism, racism, homophobia, xenophobia)',
    'terms.yaml: banned.0.category: expected one of profanity, threat, personal-attack, vulgarity, abuse, promotion, off-topic, other, got "spam"',
    'terms.yaml: banned.1.term: is required',
    'terms.yaml: personal-atack: unknown field; did you mean "personal-attack"? (allowed: profanity, threat, personal-attack, abuse, banned)',
  ]);
  expect(terms.threat).toEqual([]);
});

test('a missing, empty, non-UTF-8 or malformed file is a problem', () => {
  expect(loadTermLists(path.join(tmpdir(), 'no-such-folder', 'terms.yaml')).problems).toEqual([
    expect.objectContaining({ field: 'file', message: 'cannot be read (ENOENT)' }),
  ]);
  expect(load('').lines).toEqual([
    'terms.yaml: file: expected the lists profanity, threat, personal-attack, abuse, banned as "name: [terms]" lines',
  ]);
  expect(load(Buffer.from([0x74, 0x68, 0xff])).lines).toEqual([
    'terms.yaml: file: is not valid UTF-8 text (first bad byte at offset 2); save it as UTF-8',
  ]);
  expect(load('threat: [kill you').lines[0]).toMatch(
    /^terms\.yaml: file: invalid YAML at line \d+, column \d+: /,
  );
});

describe('language files', () => {
  test('terms.<code>.yaml beside terms.yaml adds lists for that edition', () => {
    const { catalog, problems } = loadTermCatalog(
      folderOf({
        'terms.yaml': 'threat: [kill you]\n',
        'terms.ckb.yaml': 'personal-attack: [گەمژە]\n',
        'terms.ar.yaml': 'personal-attack: [يا غبي]\n',
        'notes.txt': 'not a term file',
      }),
    );
    expect(problems).toEqual([]);
    expect(catalog.shared.threat).toEqual(['kill you']);
    expect(catalog.byLanguage.ckb?.['personal-attack']).toEqual(['گەمژە']);
    expect(catalog.byLanguage.ar?.['personal-attack']).toEqual(['يا غبي']);
    expect(catalog.byLanguage.kmr).toBeUndefined();
  });

  test('a file for a language that is not an edition, and a bad entry, name the file and field', () => {
    const { problems } = loadTermCatalog(
      folderOf({
        'terms.yaml': 'threat: [kill you]\n',
        'terms.fa.yaml': 'threat: [x]\n',
        'terms.ckb.yaml': 'threat: [دەتکوژم]\npersonal-attak: [گەمژە]\n',
      }),
    );
    expect(
      problems.map((problem) => formatProblem({ ...problem, file: path.basename(problem.file) })),
    ).toEqual([
      'terms.ckb.yaml: personal-attak: unknown field; did you mean "personal-attack"? (allowed: profanity, threat, personal-attack, abuse, banned)',
      'terms.fa.yaml: file: "fa" is not an edition: name the file terms.<code>.yaml with one of en, ckb, kmr, ar, tr',
    ]);
  });

  test('two spellings that differ only in keyboard variants are one term listed twice', () => {
    // ك and ک, ي and ی are one letter in Sorani; ه and ە are two.
    expect(load('personal-attack: [كوڕي سەگ, کوڕی سەگ]\n', 'terms.ckb.yaml').lines).toEqual([
      'terms.ckb.yaml: personal-attack.1: "کوڕی سەگ" is listed twice',
    ]);
    expect(load('personal-attack: [گەمژە, گهمژه]\n', 'terms.ckb.yaml').problems).toEqual([]);
    // In Arabic, hamza on alef does not make a different word.
    expect(load('profanity: [يلعن أبوك, يلعن ابوك]\n', 'terms.ar.yaml').lines).toEqual([
      'terms.ar.yaml: profanity.1: "يلعن ابوك" is listed twice',
    ]);
  });
});
