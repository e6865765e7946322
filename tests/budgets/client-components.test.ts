import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { clientComponentFolders, clientComponents } from './client-components';
import { clientModuleProblems, directivesOf, findClientModules } from './client-modules';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('every client component of the site is on the list, and everything on the list is one', () => {
  const found = findClientModules(root, clientComponentFolders);
  // A scan that finds nothing has looked in the wrong place, which would pass any list.
  expect(found.length).toBeGreaterThan(0);
  expect(clientModuleProblems(found, clientComponents)).toEqual([]);
});

test('every listed client component says why it needs the browser, in one line', () => {
  for (const [file, reason] of Object.entries(clientComponents)) {
    expect(reason.trim(), file).not.toBe('');
    expect(reason, file).not.toMatch(/\n/);
  }
});

describe('the budget catches a change in the fixture tree', () => {
  const fixture = path.join(root, 'tests/budgets/fixtures/client-scan');
  const list = {
    'app/listed.tsx': 'Listed.',
    'components/was-client.tsx': 'Was a client component.',
    'components/gone.tsx': 'Deleted since.',
  };

  test('the scan finds the directives and nothing else', () => {
    expect(findClientModules(fixture, clientComponentFolders)).toEqual([
      'app/listed.tsx',
      'components/extra-widget.tsx',
    ]);
  });

  test('a new client module, one no longer client-side and a deleted one are each reported', () => {
    const problems = clientModuleProblems(findClientModules(fixture, clientComponentFolders), list);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^components\/extra-widget\.tsx says 'use client' but is not in/);
    expect(problems[1]).toMatch(/^components\/was-client\.tsx is in .* but is not a 'use client'/);
    expect(problems[2]).toMatch(/^components\/gone\.tsx is in .* but is not a 'use client'/);
  });
});

test('only the prologue holds directives', () => {
  expect(directivesOf('a.ts', "// note\n'use client';\nexport {};")).toEqual(['use client']);
  expect(directivesOf('a.ts', '\'use strict\';\n"use client";\n')).toEqual([
    'use strict',
    'use client',
  ]);
  expect(directivesOf('a.ts', "import x from 'y';\n'use client';\n")).toEqual([]);
  expect(directivesOf('a.ts', '`use client`;\n')).toEqual([]);
  expect(directivesOf('a.tsx', "('use client');\n")).toEqual([]);
});
