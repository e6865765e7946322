// The codebase's boundaries, checked by `npm run lint` (depcruise) and proven by the fixtures in
// tests/lint/fixtures/, one fake tree per rule. Every path pattern starts with `prefix` so that the
// same rule matches the real tree (lib/comments/store.ts) and a fixture's copy of it
// (tests/lint/fixtures/<rule>/lib/comments/store.ts).

/** @typedef {import('dependency-cruiser').IConfiguration} Configuration */
/** @typedef {import('dependency-cruiser').IForbiddenRuleType} Rule */

// (An empty alternative rather than `(...)?`: dependency-cruiser refuses nested quantifiers.)
const prefix = '^(tests/lint/fixtures/[^/]+/|)';

/** Edge code: routes, UI, and the root files Next.js runs beside app/ (proxy.ts, instrumentation.ts). */
const edge = [`${prefix}(app|components)/`, `${prefix}(proxy|instrumentation)\\.[cm]?[jt]sx?$`];

/** Every caller outside a module that must use its index.ts: edge code, other lib modules, scripts. */
const facadeCallers = [...edge, `${prefix}(lib|scripts)/`];

/** @param {string} name @returns {Rule} */
function facadeRule(name, why) {
  return {
    name: `${name}-through-index`,
    severity: 'error',
    comment: `Callers reach lib/${name} only through its index.ts (@/lib/${name}), ${why}. tests/ may reach the insides to test them, and bench/ to measure them.`,
    from: { path: facadeCallers, pathNot: `${prefix}lib/${name}/` },
    to: { path: `${prefix}lib/${name}/`, pathNot: `${prefix}lib/${name}/index\\.ts$` },
  };
}

/**
 * The one exception to comments-through-index: the interface text catalogs (lib/messages) key
 * their labels by the comment vocabulary (statuses, queues, report reasons) and take those types
 * from lib/comments/types.ts itself, type-only. Through the index they would loop: the index
 * answers a reader in the article's language, so it imports the catalogs.
 * @type {Rule[]}
 */
const commentRules = (() => {
  const rule = facadeRule(
    'comments',
    'the one door to comment data: it owns the store, cache invalidation and the public shapes',
  );
  const catalogs = `${prefix}lib/messages/`;
  return [
    { ...rule, from: { ...rule.from, pathNot: [`${prefix}lib/comments/`, catalogs] } },
    {
      ...rule,
      from: { path: catalogs },
      to: {
        path: rule.to.path,
        pathNot: [`${prefix}lib/comments/index\\.ts$`, `${prefix}lib/comments/types\\.ts$`],
      },
    },
    {
      ...rule,
      from: { path: catalogs },
      to: { path: `${prefix}lib/comments/types\\.ts$`, dependencyTypesNot: ['type-only'] },
    },
  ];
})();

/** @type {Rule[]} */
const rules = [
  {
    name: 'lib-not-to-edge',
    severity: 'error',
    comment:
      'lib/ is the code the routes and the UI stand on: an import back up into app/, components/, proxy.ts or instrumentation.ts makes a loop between layers and drags UI or request code into scripts and tests.',
    from: { path: `${prefix}lib/` },
    to: { path: edge },
  },
  {
    name: 'screening-is-pure',
    severity: 'error',
    comment:
      "Screening judges a comment's text and nothing else, so it runs the same in a test, a script or a request. It may read the newsroom's term files (content/moderation/terms*.yaml, through lib/content and node:fs: read-only input, like articles), but it touches no store and no framework: not the database (lib/db, better-sqlite3), not the auth or moderator side (lib/auth, lib/moderation), not the request (lib/request), not Next.js or React. lib/comments is kept out by screening-below-comments.",
    from: { path: `${prefix}lib/screening/` },
    to: {
      path: [
        `${prefix}lib/(auth|db|moderation|request)/`,
        '^node_modules/(next|react|react-dom|better-sqlite3|pg|postgres)/',
      ],
    },
  },
  {
    name: 'screening-below-comments',
    severity: 'error',
    comment:
      'Dependencies run one way: screening <- comments <- moderation. Comments call screening on the way in; screening never reaches back for comment data or the store.',
    from: { path: `${prefix}lib/screening/` },
    to: { path: `${prefix}lib/comments/` },
  },
  {
    name: 'comments-below-moderation',
    severity: 'error',
    comment:
      "Dependencies run one way: screening <- comments <- moderation. The moderator's service (lib/moderation) stands on comments; comments never import it back, or the two loop.",
    from: { path: `${prefix}lib/comments/` },
    to: { path: `${prefix}lib/moderation/` },
  },
  ...commentRules,
  facadeRule('auth', 'the one door to moderator accounts, passwords and sessions'),
  facadeRule('moderation', "the one door to the moderator's console service"),
  {
    name: 'no-circular',
    severity: 'error',
    comment:
      'A cycle, type-only imports included, means neither module can be read, tested or moved without the other: pull the shared part down into its own file.',
    from: {},
    to: { circular: true },
  },
  {
    name: 'resolvable',
    severity: 'error',
    comment:
      'An import dependency-cruiser cannot resolve is one no rule above can see: a broken @/ alias would silently pass every boundary. (tsc reports the same import for the code it checks.)',
    from: {},
    to: { couldNotResolve: true },
  },
];

/** @type {Configuration} */
module.exports = {
  forbidden: rules,
  options: {
    // Generated or output folders, and the fixtures: they break the rules on purpose and are
    // cruised one by one by tests/lint/boundaries.test.ts. node_modules is not excluded, only not
    // followed: excluding it would drop the edges to next, react or better-sqlite3 that
    // screening-is-pure forbids.
    exclude: {
      path: '^(\\.next|bench/out|test-results|playwright-report|data|tests/lint/fixtures)/',
    },
    doNotFollow: { path: '(^|/)node_modules/' },
    // Type-only imports are edges too: a type cycle still ties two files together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
