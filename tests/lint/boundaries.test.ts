import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, test } from 'vitest';

// The project's own .dependency-cruiser.cjs, run on each fake tree in fixtures/: every rule must
// catch its fixture, and only the imports each fixture's comments say break it.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = 'tests/lint/fixtures';

type Violation = { rule: string; from: string; to: string };

async function violationsIn(fixture: string): Promise<Violation[]> {
  const options = await extractDepcruiseOptions(path.join(root, '.dependency-cruiser.cjs'));
  const tsConfig = extractTSConfig(path.join(root, 'tsconfig.json'));
  // The lint excludes the fixtures from its cruise of the real tree; here they are the tree.
  const { output } = await cruise(
    [`${fixtures}/${fixture}`],
    { ...options, exclude: undefined, baseDir: root },
    undefined,
    { tsConfig },
  );
  // A string is what a text reporter returns; with no outputType the API returns the result.
  if (typeof output === 'string') throw new Error('dependency-cruiser returned text, not a result');
  const prefix = `${fixtures}/${fixture}/`;
  const local = (file: string) => (file.startsWith(prefix) ? file.slice(prefix.length) : file);
  return output.summary.violations
    .map((violation) => ({
      rule: violation.rule.name,
      from: local(violation.from),
      to: local(violation.to),
    }))
    .sort((a, b) => `${a.from} ${a.to}`.localeCompare(`${b.from} ${b.to}`));
}

// Violations listed sorted by from, then to.
const expected: Record<string, Violation[]> = {
  'lib-not-to-edge': [
    { rule: 'lib-not-to-edge', from: 'lib/site/title.ts', to: 'app/page.tsx' },
    { rule: 'lib-not-to-edge', from: 'lib/site/title.ts', to: 'components/layout/badge.tsx' },
    { rule: 'lib-not-to-edge', from: 'lib/site/title.ts', to: 'proxy.ts' },
  ],
  'screening-is-pure': [
    'lib/auth/index.ts',
    'lib/db/index.ts',
    'lib/moderation/index.ts',
    'lib/request/context.ts',
    'node_modules/better-sqlite3/lib/index.js',
    'node_modules/next/headers.js',
    'node_modules/react/index.js',
  ].map((to) => ({ rule: 'screening-is-pure', from: 'lib/screening/phases/stateful.ts', to })),
  'screening-below-comments': [
    {
      rule: 'screening-below-comments',
      from: 'lib/screening/pipeline.ts',
      to: 'lib/comments/index.ts',
    },
  ],
  'comments-below-moderation': [
    {
      rule: 'comments-below-moderation',
      from: 'lib/comments/submit.ts',
      to: 'lib/moderation/index.ts',
    },
  ],
  'comments-through-index': [
    { rule: 'comments-through-index', from: 'app/page.tsx', to: 'lib/comments/store.ts' },
    {
      rule: 'comments-through-index',
      from: 'components/comments/comment-item.tsx',
      to: 'lib/comments/types.ts',
    },
    { rule: 'comments-through-index', from: 'lib/messages/en.ts', to: 'lib/comments/store.ts' },
    { rule: 'comments-through-index', from: 'lib/messages/en.ts', to: 'lib/comments/types.ts' },
    { rule: 'comments-through-index', from: 'lib/routes/index.ts', to: 'lib/comments/types.ts' },
    { rule: 'comments-through-index', from: 'scripts/purge.ts', to: 'lib/comments/store.ts' },
  ],
  'auth-through-index': [
    { rule: 'auth-through-index', from: 'instrumentation.ts', to: 'lib/auth/announce.ts' },
    { rule: 'auth-through-index', from: 'lib/moderation/console.ts', to: 'lib/auth/store.ts' },
    { rule: 'auth-through-index', from: 'proxy.ts', to: 'lib/auth/sessions.ts' },
  ],
  'moderation-through-index': [
    {
      rule: 'moderation-through-index',
      from: 'app/moderation/page.tsx',
      to: 'lib/moderation/console.ts',
    },
    {
      rule: 'moderation-through-index',
      from: 'components/moderation/queue-item.tsx',
      to: 'lib/moderation/console.ts',
    },
  ],
  'no-circular': [
    { rule: 'no-circular', from: 'lib/screening/terms.ts', to: 'lib/screening/types.ts' },
  ],
  resolvable: [{ rule: 'resolvable', from: 'lib/site/title.mjs', to: './missing.mjs' }],
  clean: [],
};

describe('the boundaries in .dependency-cruiser.cjs', () => {
  test.each(Object.entries(expected))('fixture %s', async (fixture, violations) => {
    expect(await violationsIn(fixture)).toEqual(violations);
  });

  test('every rule in the config has a fixture that breaks it', async () => {
    const options = await extractDepcruiseOptions(path.join(root, '.dependency-cruiser.cjs'));
    const ruleNames = new Set(options.ruleSet?.forbidden?.map((rule) => rule.name));
    const caught = new Set(Object.values(expected).flatMap((list) => list.map((v) => v.rule)));
    expect([...ruleNames].sort()).toEqual([...caught].sort());
  });
});
