import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findGuidelinesProblems, getGuidelines, readGuidelines } from '@/lib/content/guidelines';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function contentFolder(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'guidelines-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}

describe('community guidelines per language', () => {
  const folder = () =>
    contentFolder({ 'guidelines.md': 'Be kind.\n', 'guidelines.ckb.md': 'ڕێزدار بە.\n' });

  test('a language with its own file gets it', () => {
    expect(readGuidelines('ckb', folder())).toEqual({ html: '<p>ڕێزدار بە.</p>', lang: 'ckb' });
  });

  test('a language without one, or no language the site publishes in, gets English', () => {
    const root = folder();
    expect(readGuidelines('tr', root)).toEqual({ html: '<p>Be kind.</p>', lang: 'en' });
    expect(readGuidelines('fr', root).lang).toBe('en');
  });

  test('a broken translation is an error, not a quiet fallback', () => {
    const root = contentFolder({
      'guidelines.md': 'Be kind.\n',
      'guidelines.ar.md': Buffer.from([0xff, 0xfe, 0x41]),
    });
    expect(() => readGuidelines('ar', root)).toThrow(
      /guidelines\.ar\.md: file: is not valid UTF-8/,
    );
    expect(findGuidelinesProblems(root)).toHaveLength(1);
  });

  test('the newsroom’s files: every edition has its guidelines, each in its language', () => {
    expect(findGuidelinesProblems()).toEqual([]);
    expect(getGuidelines().lang).toBe('en');
    for (const lang of ['ckb', 'ar', 'kmr', 'tr'])
      expect(getGuidelines(lang)).toMatchObject({ lang });
    expect(getGuidelines('ckb').html).toContain('<li>');
    expect(getGuidelines('ckb').html).not.toBe(getGuidelines('ar').html);
  });
});
