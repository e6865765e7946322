// Prints which folders import which: app, components/<feature>, lib/<module>, scripts and the
// root files (proxy.ts, instrumentation.ts), with the number of file-to-file imports between them.
// An edge is flagged "up" when a lower layer imports a higher one, "mutual" when the two folders
// import each other directly, and "cycle" when they reach each other through other folders. Run from the project root: node scripts/import-layers.mjs
// It uses the project's .dependency-cruiser.cjs for resolution (the @/ alias, type-only imports),
// not its rules: `npm run lint` enforces those; this shows the shape they protect.
import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const root = process.cwd();

/** The folder a file counts under, or undefined for what the table leaves out (tests, bench, tooling). */
function folderOf(file) {
  const parts = file.split('/');
  if (parts[0] === 'app') return 'app';
  if (parts[0] === 'components' || parts[0] === 'lib') return parts.slice(0, 2).join('/');
  if (parts[0] === 'scripts') return 'scripts';
  if (parts.length === 1 && /^(proxy|instrumentation)\.ts$/.test(file)) return file;
  return undefined;
}

// Layers from the bottom: lib, then components, then the edge (routes and the root files).
// scripts are callers of lib like the edge, but scripts/server/ also serves proxy.ts: no layer.
function tierOf(folder) {
  if (folder.startsWith('lib/')) return 0;
  if (folder.startsWith('components/')) return 1;
  if (folder === 'app' || folder === 'proxy.ts' || folder === 'instrumentation.ts') return 2;
  return undefined;
}

// Inside lib, the order the house style names: screening <- comments <- moderation, auth <- moderation.
const above = new Map([
  ['lib/comments', ['lib/screening']],
  ['lib/moderation', ['lib/comments', 'lib/auth', 'lib/screening']],
]);

function isUpwards(from, to) {
  const fromTier = tierOf(from);
  const toTier = tierOf(to);
  if (fromTier !== undefined && toTier !== undefined && fromTier < toTier) return true;
  return above.get(to)?.includes(from) ?? false;
}

/** Folders that reach each other, found as the strongly connected components of the folder graph. */
function cycleGroups(edges) {
  const next = new Map();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groupOf = new Map();
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node), low.get(target)));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node), index.get(target)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) for (const folder of group) groupOf.set(folder, node);
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return groupOf;
}

const options = await extractDepcruiseOptions(path.join(root, '.dependency-cruiser.cjs'));
const { output } = await cruise(
  ['.'],
  { ...options, ruleSet: undefined, validate: false, baseDir: root },
  undefined,
  { tsConfig: extractTSConfig(path.join(root, 'tsconfig.json')) },
);
if (typeof output === 'string') throw new Error('dependency-cruiser returned text, not a result');

const counts = new Map();
for (const cruised of output.modules) {
  const from = folderOf(cruised.source);
  if (from === undefined) continue;
  for (const dependency of cruised.dependencies) {
    const to = folderOf(dependency.resolved);
    if (to === undefined || to === from) continue;
    const key = `${from}\u0000${to}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}

const edges = [...counts].map(([key, count]) => {
  const [from, to] = key.split('\u0000');
  return { from, to, count };
});
const groups = cycleGroups(edges);
const rank = (folder) => -(tierOf(folder) ?? 3);
edges.sort(
  (a, b) => rank(a.from) - rank(b.from) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
);

const rows = edges.map(({ from, to, count }) => {
  const flags = [];
  if (isUpwards(from, to)) flags.push('up');
  if (counts.has(`${to}\u0000${from}`)) flags.push('mutual');
  else if (groups.has(from) && groups.get(from) === groups.get(to)) flags.push('cycle');
  return [from, to, String(count), flags.join(', ')];
});
const header = ['from', 'imports', 'edges', 'flag'];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column].length)),
);
const line = (cells) =>
  `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(row));
const flagged = rows.filter((row) => row[3] !== '');
console.log(
  `\n${edges.length} folder-to-folder edges, ${edges.reduce((sum, edge) => sum + edge.count, 0)} imports; ${flagged.length} flagged.`,
);
const members = new Map();
for (const [folder, group] of groups) members.set(group, [...(members.get(group) ?? []), folder]);
for (const folders of members.values())
  console.log(`Folders that reach each other: ${folders.sort().join(', ')}`);
