import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { enhanceScriptUrl } from '@/lib/site/enhance-script';
import { themeAttribute } from '@/lib/site/theme';

test("the script's URL names its content, so browsers that keep it a year get a new one", () => {
  const digest = createHash('sha256')
    .update(readFileSync('public/enhance.js'))
    .digest('base64url')
    .slice(0, 12);
  expect(enhanceScriptUrl()).toBe(`/enhance.js?v=${digest}`);
});

test('the script and the inline one agree on the theme attribute', () => {
  // The storage keys and text size steps reach the script through the controls' data-
  // attributes; the attribute on <html> is written in it.
  expect(readFileSync('public/enhance.js', 'utf8')).toContain(`'${themeAttribute}'`);
});
