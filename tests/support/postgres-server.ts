// vitest global set-up: a real PostgreSQL for the store tests (and startTestPostgres, for the
// end-to-end tests that run the app on one). TEST_DATABASE_URL names one to use
// (its database must be one the tests may fill with throwaway schemas); without it, a throwaway
// server is made here from Debian's postgresql package (initdb into a temporary folder, a free
// port on loopback, fsync off) and stopped and deleted after the run. When neither is possible
// the PostgreSQL tests fail, each with the reason: a store that was never tried is not a pass.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { url: string } | { unavailable: string };
  }
}

/** The newest PostgreSQL server binaries Debian installed (initdb is not on PATH there). */
function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : path.join(root, versions[0], 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** initdb refuses to run as root: as root, the server runs as Debian's `postgres` user. */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
}

function postgresUid(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

export type TestPostgres = {
  url: string;
  /** Stops the server, as a database going down under the app (start() brings it back). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and deletes its folder. */
  close(): Promise<void>;
};

/**
 * A throwaway PostgreSQL server from Debian's package: initdb into a temporary folder, a free
 * port on loopback, fsync off. Throws with the reason when it cannot be made.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = postgresBin();
  if (!bin)
    throw new Error(
      'PostgreSQL is not installed: run "sudo apt-get install -y postgresql" or set TEST_DATABASE_URL (see README, "Tests")',
    );
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-test-'));
  const owner = postgresUid();
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, 'data');
  const port = await freePort();
  const run = (command: string, args: string[]) => {
    const [file, argv] = asServerUser(path.join(bin, command), args);
    const result = spawnSync(file, argv, { encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(
        `${command} failed: ${result.stderr || result.stdout || result.error?.message}`,
      );
  };
  const start = async () =>
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`,
      'start',
    ]);
  const stop = async () => run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
    await start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop,
    start,
    close: async () => {
      spawnSync(...asServerUser(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgres', { url: given });
    return;
  }
  let server: TestPostgres;
  try {
    server = await startTestPostgres();
  } catch (error) {
    project.provide('postgres', {
      unavailable: `could not start a throwaway PostgreSQL: ${error instanceof Error ? error.message : String(error)}`,
    });
    return;
  }
  project.provide('postgres', { url: server.url });
  return () => server.close();
}
