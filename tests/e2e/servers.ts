import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

// A second server from the same build, for tests that need settings the main test server does
// not have (a trusted proxy) or must watch the server process itself (its memory).

export type TestServer = {
  url: string;
  port: number;
  pid: number;
  /** The server's inspector (when started with `inspect`), for heap measurements. */
  inspector: string | undefined;
  /** What the server printed so far (standard output and error). */
  output: () => string;
  stop: () => Promise<void>;
};

/** A port nothing listens on yet, on loopback. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startServer(
  env: Record<string, string> = {},
  options: { inspect?: boolean; cwd?: string } = {},
): Promise<TestServer> {
  const port = await freePort();
  const args = [...(options.inspect ? ['--inspect=127.0.0.1:0'] : []), 'scripts/start.mjs'];
  const child: ChildProcess = spawn('node', args, {
    cwd: options.cwd,
    // The build's own settings (SITE_URL, DATABASE_URL) come from the test run's environment,
    // so the build stamp matches and nothing is rebuilt.
    env: {
      ...process.env,
      SITE_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`,
      DATABASE_URL: `file:${process.env.E2E_DATABASE ?? 'data/e2e.db'}`,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      // As the first server: no connection may leave the machine (scripts/offline.cjs).
      NODE_OPTIONS: [process.env.NODE_OPTIONS, '--require=./scripts/offline.cjs']
        .filter(Boolean)
        .join(' '),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    if (/Ready on/.test(output)) break;
    if (/Building first/.test(output)) {
      child.kill('SIGKILL');
      throw new Error(`a second server must not rebuild under the running one: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!/Ready on/.test(output)) {
    child.kill('SIGKILL');
    throw new Error(`server did not start in time: ${output}`);
  }
  return {
    url,
    port,
    pid: child.pid ?? 0,
    inspector: /ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/.exec(output)?.[0],
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The tested build deployed in a folder of its own, as it would be copied to an app server: the
 * sources linked, `.next` copied as the build left it. The pages the main test server rendered
 * again since (.next/server/app/route-cache, from its own SQLite database) and the build's
 * compiler cache stay behind.
 */
export function deployBuild(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'deployed-'));
  const own = new Set([
    '.next',
    '.git',
    '.build-lock',
    'data',
    'test-results',
    'playwright-report',
  ]);
  for (const entry of readdirSync('.'))
    if (!own.has(entry)) symlinkSync(path.resolve(entry), path.join(dir, entry));
  const skipped = [path.resolve('.next/cache'), path.resolve('.next/server/app/route-cache')];
  cpSync('.next', path.join(dir, '.next'), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !skipped.some((skip) => path.resolve(source).startsWith(skip)),
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Resident memory of a process in bytes (Linux). */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (!kib) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) * 1024;
}

/**
 * Bytes of JavaScript heap in use after a full garbage collection, through the server's
 * inspector: what the process really keeps, unlike resident memory, which also counts heap the
 * garbage collector has not given back yet.
 */
export async function heapUsedAfterGc(inspector: string): Promise<number> {
  const socket = new WebSocket(inspector);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let id = 0;
  const send = (method: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const callId = ++id;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data)) as {
          id?: number;
          result?: Record<string, unknown>;
          error?: unknown;
        };
        if (message.id !== callId) return;
        socket.off('message', onMessage);
        if (message.error) reject(new Error(JSON.stringify(message.error)));
        else resolve(message.result ?? {});
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id: callId, method }));
    });
  try {
    await send('HeapProfiler.collectGarbage');
    const usage = await send('Runtime.getHeapUsage');
    const used = usage.usedSize;
    if (typeof used !== 'number') throw new Error('no heap usage from the inspector');
    return used;
  } finally {
    socket.close();
  }
}
