// A bare Next.js app of the same version as the site, for baselines measured in the same run:
// a tiny page (/) and, optionally, pages padded with plain text to given HTML sizes
// (/padded/<name>). It lives inside the repository (bench/out/bare-next) with a node_modules
// symlink, because Turbopack's root must contain node_modules: a folder in /tmp fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
export const bareDir = path.join(root, 'bench/out/bare-next');
export const nextBin = path.join(root, 'node_modules/.bin/next');

/**
 * Characters of padding per page name. Plain ASCII letters appear twice in the HTML, once as
 * text and once in the inline RSC payload, with no escaping; see paddingFor.
 */
export type Paddings = Record<string, number>;

/** Padding that makes a padded page `targetBytes` long, given the tiny page's size. */
export function paddingFor(targetBytes: number, tinyBytes: number): number {
  return Math.max(0, Math.round((targetBytes - tinyBytes) / 2));
}

function writeApp(paddings: Paddings) {
  rmSync(bareDir, { recursive: true, force: true });
  mkdirSync(path.join(bareDir, 'app/padded/[name]'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(bareDir, 'node_modules'));
  writeFileSync(
    path.join(bareDir, 'package.json'),
    JSON.stringify({ name: 'bare-next', private: true, type: 'module' }),
  );
  writeFileSync(path.join(bareDir, 'next.config.mjs'), 'export default {};\n');
  writeFileSync(
    path.join(bareDir, 'app/layout.jsx'),
    'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  writeFileSync(
    path.join(bareDir, 'app/page.jsx'),
    'export default function Page() {\n  return <h1>Hello</h1>;\n}\n',
  );
  writeFileSync(
    path.join(bareDir, 'app/padded/[name]/page.jsx'),
    `const paddings = ${JSON.stringify(paddings)};
export const dynamicParams = false;
export function generateStaticParams() {
  return Object.keys(paddings).map((name) => ({ name }));
}
const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ';
export default async function Page({ params }) {
  const { name } = await params;
  const length = paddings[name] ?? 0;
  return <main><h1>Hello</h1><p>{words.repeat(Math.ceil(length / words.length)).slice(0, length)}</p></main>;
}
`,
  );
}

/** Builds the bare app unless the last build had the same paddings and Next.js version. */
export function buildBareNext(paddings: Paddings = {}): void {
  const config = JSON.stringify({
    paddings,
    next: JSON.parse(readFileSync(path.join(root, 'node_modules/next/package.json'), 'utf8'))
      .version,
  });
  const stamp = path.join(bareDir, 'bench-config.json');
  if (
    existsSync(path.join(bareDir, '.next/BUILD_ID')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === config
  )
    return;
  console.log('Building the bare Next.js app (bench/out/bare-next) ...');
  writeApp(paddings);
  const result = spawnSync(nextBin, ['build'], {
    cwd: bareDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`next build of the bare app failed (${result.status})`);
  writeFileSync(stamp, config);
}

/** The paddings of the last build, to try first: a page whose size has not changed reuses it. */
export function lastPaddings(): Paddings | undefined {
  try {
    const stamp: unknown = JSON.parse(
      readFileSync(path.join(bareDir, 'bench-config.json'), 'utf8'),
    );
    if (typeof stamp === 'object' && stamp !== null && 'paddings' in stamp) {
      const paddings = stamp.paddings;
      if (typeof paddings === 'object' && paddings !== null)
        return Object.fromEntries(
          Object.entries(paddings).filter(
            (entry): entry is [string, number] => typeof entry[1] === 'number',
          ),
        );
    }
  } catch {
    // no build yet
  }
  return undefined;
}
