import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatProblem } from '@/lib/content';
import { loadSections, sectionDescription, sectionName } from '@/lib/sections';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function load(yaml: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'sections-'));
  folders.push(folder);
  const file = path.join(folder, 'sections.yaml');
  writeFileSync(file, yaml);
  const result = loadSections(file);
  // The folder's path changes with every run; the editor reads the file's name first.
  return { ...result, lines: result.problems.map((p) => formatProblem(p).replace(folder, '…')) };
}

describe('section names per edition', () => {
  const yaml = `- slug: kurdistan
  name: Kurdistan
  description: News from the Kurdistan Region.
  names: { ckb: کوردستان, tr: Kürdistan }
  descriptions: { ckb: هەواڵەکانی هەرێمی کوردستان. }
`;

  test('a translated name and description are used for their edition', () => {
    const [section] = load(yaml).sections;
    if (!section) throw new Error('no section loaded');
    expect(sectionName(section, 'ckb')).toBe('کوردستان');
    expect(sectionName(section, 'tr')).toBe('Kürdistan');
    expect(sectionDescription(section, 'ckb')).toBe('هەواڵەکانی هەرێمی کوردستان.');
  });

  test('a missing translation, English, and an unknown language fall back to English', () => {
    const [section] = load(yaml).sections;
    if (!section) throw new Error('no section loaded');
    expect(sectionName(section, 'ar')).toBe('Kurdistan');
    expect(sectionName(section)).toBe('Kurdistan');
    expect(sectionName(section, 'fr')).toBe('Kurdistan');
    expect(sectionDescription(section, 'tr')).toBe('News from the Kurdistan Region.');
  });

  test('an unknown language code names the file and the field', () => {
    const { lines, sections } = load(`- slug: iraq
  name: Iraq
  names: { ckb: عێراق, fa: عراق }
`);
    expect(sections).toEqual([]);
    expect(lines).toEqual([
      "…/sections.yaml: 0.names.fa: unknown language code: expected one of the site's other editions (ckb, kmr, ar, tr)",
    ]);
  });

  test('English belongs in name, not in names', () => {
    const { lines } = load(`- slug: iraq
  name: Iraq
  descriptions: { en: Politics. }
`);
    expect(lines).toEqual([
      "…/sections.yaml: 0.descriptions.en: English goes in the section's name and description fields, not here",
    ]);
  });

  test('an empty translation is refused', () => {
    const { lines } = load(`- slug: iraq
  name: Iraq
  names: { ar: '  ' }
`);
    expect(lines).toEqual(['…/sections.yaml: 0.names.ar: must not be empty']);
  });

  test('a misspelt key is still reported as an unknown field', () => {
    const { lines } = load(`- slug: iraq
  name: Iraq
  name_ckb: عێراق
`);
    expect(lines).toEqual([
      '…/sections.yaml: 0.name_ckb: unknown field (allowed: slug, name, description, names, descriptions)',
    ]);
  });
});
