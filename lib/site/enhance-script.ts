import 'server-only';
import { enhanceScriptPath, versionedUrl } from '@/scripts/server/versioned-files.mjs';

let url: string | undefined;

/**
 * The public pages' one script (public/enhance.js), asked for with a digest of its content as the
 * query: browsers and nginx keep the answer for a year (scripts/server/versioned-files.mjs), so a
 * changed script must have a new URL. Read once per process; pages are prerendered with it.
 */
export function enhanceScriptUrl(): string {
  url ??= versionedUrl(process.cwd(), enhanceScriptPath);
  return url;
}
