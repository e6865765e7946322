// wrk (Debian package `wrk`) run for a bounded time, its figures parsed.
import { spawnSync } from 'node:child_process';

export type WrkResult = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx/3xx responses plus socket errors: a figure with errors is not a clean one. */
  errors: number;
};

export function requireWrk(): void {
  if (spawnSync('wrk', ['--version']).error)
    throw new Error('wrk is not installed: apt-get install -y wrk');
}

const unitMs: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

export function parseLatency(text: string | undefined): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text ?? '');
  if (!match) return Number.NaN;
  return Number(match[1]) * (unitMs[match[2] ?? ''] ?? Number.NaN);
}

/** Parses wrk --latency output. Throws when the figures are missing. */
export function parseWrk(stdout: string): WrkResult {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1];
  const requests = /(\d+) requests in/.exec(stdout)?.[1];
  if (rps === undefined || requests === undefined)
    throw new Error(`wrk printed no figures:\n${stdout}`);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    stdout,
  );
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    requestsPerSecond: Number(rps),
    p50Ms: parseLatency(/\s50%\s+([\d.]+\w+)/.exec(stdout)?.[1]),
    p99Ms: parseLatency(/\s99%\s+([\d.]+\w+)/.exec(stdout)?.[1]),
    requests: Number(requests),
    errors: non2xx + socketErrors,
  };
}

export function wrk(
  url: string,
  options: { seconds: number; connections: number; threads?: number; args?: string[] },
): WrkResult {
  const result = spawnSync(
    'wrk',
    [
      `-t${options.threads ?? 1}`,
      `-c${options.connections}`,
      `-d${options.seconds}s`,
      '--timeout',
      '10s',
      '--latency',
      ...(options.args ?? []),
      url,
    ],
    { encoding: 'utf8', timeout: (options.seconds + 30) * 1000 },
  );
  if (result.status !== 0) throw new Error(`wrk failed: ${result.stderr || result.error?.message}`);
  return parseWrk(result.stdout);
}
