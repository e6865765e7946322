import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { formatProblem } from '@/lib/content';
import { getTermLists, loadTermLists } from '@/lib/moderation';

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Loads `yaml` as a terms file and returns its problems as `terms.yaml: field: message` lines. */
function load(yaml: string | Buffer) {
  const folder = mkdtempSync(path.join(tmpdir(), 'terms-'));
  folders.push(folder);
  const file = path.join(folder, 'terms.yaml');
  writeFileSync(file, yaml);
  const result = loadTermLists(file);
  return {
    ...result,
    lines: result.problems.map((problem) =>
      formatProblem({ ...problem, file: path.basename(problem.file) }),
    ),
  };
}

test('the real content/moderation/terms.yaml loads with no problems', () => {
  const { terms, problems } = loadTermLists();
  expect(problems.map(formatProblem)).toEqual([]);
  expect(terms.threat).toContain('kill you');
  expect(terms['personal-attack'].length).toBeGreaterThan(0);
  expect(Object.values(terms.abuse).every((list) => list.length > 0)).toBe(true);
  expect(terms.banned).toEqual([]);
  expect(getTermLists().shared).toEqual(terms);
});

test('a valid file is parsed, trimming terms; missing or empty lists are empty', () => {
  const { terms, problems } = load(
    'threat: ["  kill you "]\nabuse:\n  sexism: [typical woman]\nbanned:\n  - term: buy followers\n    category: promotion\npersonal-attack:\n',
  );
  expect(problems).toEqual([]);
  expect(terms).toEqual({
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
    'terms.yaml: personal-atack: unknown field; did you mean "personal-attack"? (allowed: threat, personal-attack, abuse, banned)',
  ]);
  expect(terms.threat).toEqual([]);
});

test('a missing, empty, non-UTF-8 or malformed file is a problem', () => {
  expect(loadTermLists(path.join(tmpdir(), 'no-such-folder', 'terms.yaml')).problems).toEqual([
    expect.objectContaining({ field: 'file', message: 'cannot be read (ENOENT)' }),
  ]);
  expect(load('').lines).toEqual([
    'terms.yaml: file: expected the lists threat, personal-attack, abuse, banned as "name: [terms]" lines',
  ]);
  expect(load(Buffer.from([0x74, 0x68, 0xff])).lines).toEqual([
    'terms.yaml: file: is not valid UTF-8 text (first bad byte at offset 2); save it as UTF-8',
  ]);
  expect(load('threat: [kill you').lines[0]).toMatch(
    /^terms\.yaml: file: invalid YAML at line \d+, column \d+: /,
  );
});
