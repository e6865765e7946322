import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import {
  currentVersionedUrls,
  enhanceScriptPath,
  versionedUrl,
} from '@/scripts/server/versioned-files.mjs';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

it("names a file by its content: a changed file gets a new URL, the server's set follows", () => {
  root = mkdtempSync(path.join(tmpdir(), 'versioned-'));
  mkdirSync(path.join(root, 'public'));
  const file = path.join(root, 'public', 'enhance.js');
  writeFileSync(file, 'one();');
  const first = versionedUrl(root, enhanceScriptPath);
  expect(first).toMatch(/^\/enhance\.js\?v=[\w-]{12}$/);
  expect(versionedUrl(root, enhanceScriptPath)).toBe(first);
  expect([...currentVersionedUrls(root)]).toEqual([first]);

  writeFileSync(file, 'two();');
  const second = versionedUrl(root, enhanceScriptPath);
  expect(second).not.toBe(first);
  expect(currentVersionedUrls(root).has(first)).toBe(false);
  expect(currentVersionedUrls(root).has(second)).toBe(true);
});
