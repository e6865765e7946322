// Servers a benchmark starts: each in its own process group, stopped on stop() or when the
// benchmark exits (normally, on an error or on SIGINT/SIGTERM), waited for until its port is
// free.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const live = new Set<ChildProcess>();

function killGroup(child: ChildProcess) {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

process.once('exit', () => {
  for (const child of live) killGroup(child);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    for (const child of live) killGroup(child);
    process.exit(130);
  });

export type Server = { url: string; stop: () => Promise<void>; output: () => string };

export { freePort } from './ports';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `command` and waits until `readyPath` answers 200 on the port (at most `timeoutMs`).
 * SIGTERM on stop(), SIGKILL to the group after 5 s.
 */
export async function startServer(
  command: string,
  args: string[],
  options: SpawnOptions & { port: number; readyPath?: string; timeoutMs?: number },
): Promise<Server> {
  const url = `http://127.0.0.1:${options.port}`;
  // The server writes to a file, not a pipe: benchmarks run wrk with spawnSync, and nothing
  // reads a pipe meanwhile, so a server that logs under load blocked on a full pipe (bench/http.ts
  // measured that stall once instead of posting).
  const logDir = mkdtempSync(path.join(tmpdir(), 'bench-server-'));
  const logFile = path.join(logDir, 'output.log');
  const log = openSync(logFile, 'a');
  const child = spawn(command, args, {
    ...options,
    stdio: ['ignore', log, log],
    detached: true,
  });
  closeSync(log);
  live.add(child);
  /** The last 20,000 characters the server printed. */
  const output = () => {
    try {
      return readFileSync(logFile, 'utf8').slice(-20_000);
    } catch {
      return '';
    }
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => killGroup(child), 5000);
      await exited;
      clearTimeout(timer);
    }
    killGroup(child);
    live.delete(child);
    rmSync(logDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`${command} exited while starting:\n${output().slice(-2000)}`);
    }
    try {
      const response = await fetch(url + (options.readyPath ?? '/'));
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${command} did not answer on ${url} in time:\n${output().slice(-2000)}`);
    }
    await sleep(50);
  }
  return { url, stop, output };
}
