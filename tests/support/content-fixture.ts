import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { loadArticles } from '@/lib/articles/load';
import { loadSections } from '@/lib/sections';

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

export const sectionsYaml = `- slug: iraq
  name: Iraq
- slug: world
  name: World
`;

/** A valid article file; `fields` replaces or adds front-matter lines, `null` removes one. */
export function articleFile(
  fields: Record<string, string | null> = {},
  body = 'Iraq and the US met in Washington on Friday.\n',
): string {
  const base: Record<string, string | null> = {
    title: 'Hussein, Rubio discuss ties',
    date: '2025-04-26',
    source: 'Rudaw',
    section: 'iraq',
    ...fields,
  };
  const lines = Object.entries(base)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

/** Writes a content folder in a temporary directory and loads it as the app would. */
export function loadFixture(files: Record<string, string | Buffer>, sections = sectionsYaml) {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  folders.push(root);
  const articles = path.join(root, 'articles');
  mkdirSync(articles);
  writeFileSync(path.join(root, 'sections.yaml'), sections);
  for (const [name, content] of Object.entries(files))
    writeFileSync(path.join(articles, name), content);
  const loadedSections = loadSections(path.join(root, 'sections.yaml'));
  const result = loadArticles(loadedSections.sections, articles);
  return {
    ...result,
    sectionProblems: loadedSections.problems,
    /** Problems as `name.md: field: message` lines, the way content:check prints them. */
    lines: result.problems.map((p) => `${path.basename(p.file)}: ${p.field}: ${p.message}`),
  };
}
