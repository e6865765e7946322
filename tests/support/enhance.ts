import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Runs public/enhance.js in the test's document, as the page's <script defer> would: once per
 * document (the script itself refuses a second run), with its listeners on the document, so
 * controls rendered afterwards by each test are enhanced as the page's would be.
 */
export function loadEnhanceScript(): void {
  const source = readFileSync(path.join(process.cwd(), 'public/enhance.js'), 'utf8');
  new Function(source)();
}

/** Lets the script's MutationObserver see what a test just rendered. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
