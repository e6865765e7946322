// Servers a benchmark starts: each in its own process group, stopped on stop() or when the
// benchmark exits (normally, on an error or on SIGINT/SIGTERM), waited for until its port is
// free.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

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
  const child = spawn(command, args, {
    ...options,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  live.add(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
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
  };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`${command} exited while starting:\n${output.slice(-2000)}`);
    }
    try {
      const response = await fetch(url + (options.readyPath ?? '/'));
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${command} did not answer on ${url} in time:\n${output.slice(-2000)}`);
    }
    await sleep(200);
  }
  return { url, stop, output: () => output };
}
