// The baseline of the JavaScript budget (tests/e2e/budgets.spec.ts): a bare Next.js app, a root
// layout with <html><body> and a page with <h1>Hello</h1>, built with this repository's Next.js.
// It lives inside the repository, with a symlink to its node_modules, because Turbopack's root
// must contain node_modules (a copy in /tmp does not build).
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the bare app is written and built, relative to the repository. */
export const bareNextDir = 'bench/out/budget-bare-next';

/** Writes the bare app afresh under `root`, so no earlier build can stand in for this one. */
export function writeBareNext(root) {
  const dir = path.join(root, bareNextDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bare-next', private: true, type: 'module' })}\n`,
  );
  writeFileSync(path.join(dir, 'next.config.mjs'), 'export default {};\n');
  writeFileSync(
    path.join(dir, 'app/layout.jsx'),
    [
      'export default function RootLayout({ children }) {',
      '  return (',
      '    <html lang="en">',
      '      <body>{children}</body>',
      '    </html>',
      '  );',
      '}',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'app/page.jsx'),
    'export default function Page() {\n  return <h1>Hello</h1>;\n}\n',
  );
  return dir;
}
