// The command `npm start` runs: package.json's start script, in the shell npm runs scripts with.
// A benchmark's server is then started as npm start starts it, its environment included
// (MALLOC_ARENA_MAX) and node's flags (see scripts/start.mjs), and the process started is the
// server itself, since the script ends by exec'ing node: its memory is the server's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const packageFile = z.object({ scripts: z.object({ start: z.string() }) });

/** `sh -c '<start script>'` for the checkout (or copy) in `dir`. */
export function npmStartCommand(dir = '.'): { command: string; args: string[] } {
  const file = path.join(dir, 'package.json');
  const script = packageFile.parse(JSON.parse(readFileSync(file, 'utf8'))).scripts.start;
  // Without exec, the shell would stay as the server's parent and the benchmark would measure
  // (and signal) the shell.
  if (!/\bexec node (--[\w-]+(=\S+)? )*scripts\/start\.mjs$/.test(script))
    throw new Error(
      `${file}: scripts.start must end in "exec node [node's flags] scripts/start.mjs"`,
    );
  return { command: 'sh', args: ['-c', script] };
}
