// The production server as `npm start` runs it (its own command, bench/support/npm-start.ts),
// started and stopped by the crash benchmark. The script execs node, and start.mjs serves
// in-process, so its pid is the process that holds the database: SIGKILL on it is the crash. It runs in its own process group, so that stopping it
// also stops a build it started (which would otherwise run on and overwrite .next).
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { npmStartCommand } from '../support/npm-start';

export type RunningServer = {
  pid: number;
  output: () => string;
  /** SIGKILL, then wait until the process is gone and nothing answers on the port. */
  crash: () => Promise<void>;
  /** SIGTERM, as an operator stops it; SIGKILL if it has not exited after 10 s. */
  stop: () => Promise<void>;
};

const live = new Set<() => void>();

/** For an interrupted benchmark: SIGKILL every server still running, with what it started. */
export function killAllServers() {
  for (const kill of live) kill();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export { freePort } from '../support/ports';

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<RunningServer> {
  if (await portAnswers(port)) throw new Error(`port ${port} is already taken`);
  const { command, args } = npmStartCommand();
  const child = spawn(command, args, {
    env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pid = child.pid ?? 0;
  let groupKilled = false;
  // Once only: a second signal, later, could reach a new process that reused the number.
  const killGroup = () => {
    if (groupKilled) return;
    groupKilled = true;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // The group is already gone.
    }
  };
  live.add(killGroup);
  child.once('exit', () => live.delete(killGroup));
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const server: RunningServer = {
    pid,
    output: () => output,
    crash: async () => {
      child.kill('SIGKILL');
      await exited(child);
      if (await portAnswers(port))
        throw new Error(`something still answers on port ${port} after SIGKILL of ${child.pid}`);
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const timer = setTimeout(killGroup, 10_000);
        child.kill('SIGTERM');
        await exited(child);
        clearTimeout(timer);
      }
      killGroup();
    },
  };
  try {
    const deadline = Date.now() + 120_000;
    while (!/Ready on/.test(output)) {
      if (/Building first/.test(output))
        throw new Error('the server rebuilt: the build does not match its settings');
      if (child.exitCode !== null) throw new Error('the server exited while starting');
      if (Date.now() > deadline) throw new Error('the server did not start in 120 s');
      await sleep(50);
    }
  } catch (error) {
    killGroup();
    await exited(child);
    throw new Error(`${error instanceof Error ? error.message : error}\n${output}`);
  }
  return server;
}
