import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './servers';

// Debian's nginx running deploy/nginx.conf itself, in front of test servers: the file is read
// and only its lines marked "# EDIT" are changed (port, instances, folders), so the rules the
// tests check are the ones an operator installs. nginx runs in the foreground as a child of the
// test, with its pid, logs, temporary files and cache in a temporary folder deleted after.

const nginxBinary = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export type TestNginx = { url: string; port: number; stop: () => Promise<void> };

/**
 * deploy/nginx.conf with the values an operator edits replaced: the listen address, the app
 * instances, the app's folder and the cache folder. An EDIT line this does not know fails the
 * run, so the test never runs a config that differs from the file in some unchecked way.
 */
export function adaptDeployConfig(
  config: string,
  values: { port: number; instances: string[]; appDir: string; cacheDir: string },
): string {
  let instancesWritten = false;
  const seen = new Set<string>();
  const lines = config.split('\n').flatMap((line) => {
    const marker = /#\s*EDIT: ([a-z ]+)/i.exec(line)?.[1]?.trim();
    if (marker === undefined) return [line];
    seen.add(marker);
    const replace = (pattern: RegExp, value: string) => {
      if (!pattern.test(line)) throw new Error(`deploy/nginx.conf: no ${pattern} on: ${line}`);
      return line.replace(pattern, value);
    };
    switch (marker) {
      case 'app instance':
        if (instancesWritten) return [];
        instancesWritten = true;
        return values.instances.map((instance) =>
          replace(/server \S+/, `server ${instance}`).replace(/#.*$/, ''),
        );
      case 'public port':
        return [replace(/listen [^;]+;/, `listen 127.0.0.1:${values.port};`)];
      case 'app folder':
        return [replace(/\/srv\/newsroom/, values.appDir)];
      case 'cache folder':
        return [replace(/proxy_cache_path \S+/, `proxy_cache_path ${values.cacheDir}`)];
      case 'site host':
        // The test's nginx has one server on its port: it answers whatever the host.
        return [line];
      default:
        throw new Error(`deploy/nginx.conf: tests/e2e/nginx.ts does not know "EDIT: ${marker}"`);
    }
  });
  for (const marker of ['app instance', 'public port', 'app folder', 'cache folder'])
    if (!seen.has(marker)) throw new Error(`deploy/nginx.conf: no line marked "EDIT: ${marker}"`);
  return lines.join('\n');
}

/**
 * Writes deploy/nginx.conf, adapted, into `dir`, with what Debian's /etc/nginx/nginx.conf
 * provides around a site file, every path in `dir`.
 */
function writeConfig(dir: string, port: number, instances: string[], appDir: string): void {
  const site = adaptDeployConfig(readFileSync('deploy/nginx.conf', 'utf8'), {
    port,
    instances,
    appDir,
    cacheDir: path.join(dir, 'cache'),
  });
  writeFileSync(path.join(dir, 'site.conf'), site);
  // As root, nginx would run its workers as nobody, who may not read the checkout or write
  // `dir`: they run as the user running the tests instead.
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      ...(asRoot ? ['user root root;'] : []),
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${dir}/access.log;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${dir}/${kind};`,
      ),
      `  include ${dir}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
}

/**
 * Starts nginx with deploy/nginx.conf in front of `instances` (host:port of app servers),
 * serving built and public files from `appDir` (this checkout by default).
 */
export async function startNginx(
  instances: string[],
  { appDir = process.cwd() }: { appDir?: string } = {},
): Promise<TestNginx> {
  if (!existsSync(nginxBinary))
    throw new Error(
      `nginx not found at ${nginxBinary}: run "sudo apt-get install -y nginx" (or set NGINX_PATH)`,
    );
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'nginx-test-'));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  try {
    writeConfig(dir, port, instances, appDir);
  } catch (error) {
    cleanUp();
    throw error;
  }
  const child = spawn(
    nginxBinary,
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  child.once('error', (error) => (output += String(error)));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));

  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      cleanUp();
      throw new Error(`nginx did not start: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stop: async () => {
      // SIGTERM: nginx's fast shutdown (open connections are closed, not waited for).
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      cleanUp();
    },
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
