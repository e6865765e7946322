import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// Finds the modules that start with a 'use client' directive, the way the bundler decides: a
// string-literal statement in the file's directive prologue (before any other statement), not a
// mention of the words in a comment, a string or a later line.

const sourceFile = /\.(?:[cm]?[jt]sx?)$/;

/** The directives of a module's prologue: `['use client']` for a client component. */
export function directivesOf(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const directives: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    directives.push(statement.expression.text);
  }
  return directives;
}

function filesUnder(root: string, folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(root, folder), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(root, relative);
    return entry.isFile() && sourceFile.test(entry.name) ? [relative] : [];
  });
}

/** Every module under `folders` of `root` whose prologue says 'use client', relative and sorted. */
export function findClientModules(root: string, folders: readonly string[]): string[] {
  return folders
    .flatMap((folder) => filesUnder(root, folder))
    .filter((file) =>
      directivesOf(file, readFileSync(path.join(root, file), 'utf8')).includes('use client'),
    )
    .sort();
}

/**
 * What is wrong with `list` as the account of the client modules `found`: one line per module
 * that is client-side without being listed, and per listed module that is not (any longer).
 */
export function clientModuleProblems(
  found: readonly string[],
  list: Readonly<Record<string, string>>,
): string[] {
  const listed = Object.keys(list);
  return [
    ...found
      .filter((file) => !listed.includes(file))
      .map(
        (file) =>
          `${file} says 'use client' but is not in tests/budgets/client-components.ts: every client component ships JavaScript to every reader of its pages. Render it on the server, or add it to the list with the reason it needs the browser.`,
      ),
    ...listed
      .filter((file) => !found.includes(file))
      .map(
        (file) =>
          `${file} is in tests/budgets/client-components.ts but is not a 'use client' module (moved, deleted or now on the server): take it off the list.`,
      ),
  ];
}
