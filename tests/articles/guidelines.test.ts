import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { findGuidelinesProblems, readGuidelines } from '@/lib/articles/guidelines';

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

  test('getGuidelines reads CONTENT_DIR: every edition gets its own file, in its language', async () => {
    // A folder like the newsroom's, made here, so editing content/guidelines* cannot break this.
    const root = contentFolder({
      'guidelines.md': 'Every comment is read first.\n\n- no threats;\n- no abuse.\n',
      'guidelines.ckb.md': 'هەموو لێدوانێک دەخوێندرێتەوە.\n\n- هەڕەشە نا؛\n',
      'guidelines.ar.md': 'يقرأ مشرف كل تعليق.\n\n- لا تهديد؛\n',
      'guidelines.kmr.md': 'Her şîrove tê xwendin.\n',
      'guidelines.tr.md': 'Her yorum okunur.\n',
    });
    expect(findGuidelinesProblems(root)).toEqual([]);
    vi.resetModules();
    vi.stubEnv('CONTENT_DIR', root);
    try {
      const { getGuidelines } = await import('@/lib/articles/guidelines');
      expect(getGuidelines()).toEqual({
        html: '<p>Every comment is read first.</p>\n<ul>\n<li>no threats;</li>\n<li>no abuse.</li>\n</ul>',
        lang: 'en',
      });
      for (const lang of ['ckb', 'ar', 'kmr', 'tr'])
        expect(getGuidelines(lang)).toMatchObject({ lang });
      expect(getGuidelines('ckb').html).toContain('<li>هەڕەشە نا؛</li>');
      expect(getGuidelines('ar').html).toContain('<p>يقرأ مشرف كل تعليق.</p>');
      expect(getGuidelines('tr').html).toBe('<p>Her yorum okunur.</p>');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
