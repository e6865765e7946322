import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { articleFile, sectionsYaml } from '../support/content-fixture';

const root = mkdtempSync(path.join(tmpdir(), 'check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function runCheck(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(root, 'c-'));
  mkdirSync(path.join(dir, 'articles'));
  writeFileSync(path.join(dir, 'sections.yaml'), sectionsYaml);
  writeFileSync(path.join(dir, 'guidelines.md'), 'Be kind.\n');
  mkdirSync(path.join(dir, 'moderation'));
  writeFileSync(path.join(dir, 'moderation', 'terms.yaml'), 'threat: [kill you]\n');
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(dir, 'articles', name), text);
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'scripts/check-content.ts'],
    {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, dir };
}

test('npm run content:check prints every problem, one line each, and fails', () => {
  const { status, stderr, dir } = runCheck({
    'good.md': articleFile(),
    'bad-date.md': articleFile({ date: '26-04-2025' }),
    'raw-html.md': articleFile({}, 'Text.\n\n<iframe src="https://x"></iframe>\n'),
    'typo.md': articleFile({ titel: 'x' }),
  });
  expect(status).toBe(1);
  const file = (name: string) => path.join(dir, 'articles', name);
  expect(stderr.trim().split('\n')).toEqual([
    `${file('bad-date.md')}: date: expected an ISO 8601 date like 2025-04-26, got "26-04-2025"`,
    `${file('typo.md')}: titel: unknown field; did you mean "title"? (allowed: title, date, updated, source, author, dateline, summary, section, tags, image, lang, story, comments, draft, aliases)`,
    `${file('raw-html.md')}: body: raw HTML is not allowed and is left out of the page (line 10): <iframe src="https://x"></iframe>`,
    'content:check: 3 problems found.',
  ]);
}, 30_000);

test('valid content passes', () => {
  const { status, stdout } = runCheck({ 'good.md': articleFile() });
  expect(status).toBe(0);
  expect(stdout).toContain('1 articles, no problems');
}, 30_000);
