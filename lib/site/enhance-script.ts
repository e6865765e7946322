import 'server-only';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The public pages' one script (public/enhance.js), as the file is named in public/. */
export const enhanceScriptPath = '/enhance.js';

let url: string | undefined;

/**
 * The script's URL with a digest of its content as the query: nginx and browsers keep public/
 * files for a year (deploy/nginx.conf), so a changed script must have a new URL. Read once per
 * process; pages are prerendered with it.
 */
export function enhanceScriptUrl(): string {
  if (url === undefined) {
    const file = path.join(process.cwd(), 'public', enhanceScriptPath);
    const digest = createHash('sha256').update(readFileSync(file)).digest('base64url');
    url = `${enhanceScriptPath}?v=${digest.slice(0, 12)}`;
  }
  return url;
}
