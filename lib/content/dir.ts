import 'server-only';
import path from 'node:path';
import { getEnv } from '../env';

/** Absolute path of a file or folder inside the content folder (CONTENT_DIR, default ./content). */
export function contentPath(...parts: string[]): string {
  // Chosen at run time (tests and benchmarks point it at generated content), so the bundler
  // must not try to trace it into the build output.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), getEnv().CONTENT_DIR, ...parts);
}

/** True while `next dev` runs: content is then re-read on every request and drafts are shown. */
export function isDevelopment(): boolean {
  return getEnv().NODE_ENV === 'development';
}
