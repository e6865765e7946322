import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';

// The preload runs in a child process, as `npm test` uses it: patching this test process would
// cut vitest off from its own workers.

const preload = path.resolve('scripts/offline.cjs');

const outcome = z.object({ refused: z.boolean(), message: z.string() });

/** Runs `attempt` (an async function body) under the preload; it settles within two seconds. */
function underPreload(attempt: string): z.infer<typeof outcome> {
  const script = `
    const net = require('node:net');
    const report = (refused, message) => { console.log(JSON.stringify({ refused, message })); process.exit(0); };
    setTimeout(() => report(false, 'timed out: the connection was attempted'), 2000);
    (async () => { ${attempt} })().then(
      (message) => report(false, String(message)),
      (error) => report(error.code === 'ERR_OFFLINE', error.message),
    );`;
  const stdout = execFileSync(process.execPath, ['--require', preload, '-e', script], {
    encoding: 'utf8',
  });
  return outcome.parse(JSON.parse(stdout));
}

describe('scripts/offline.cjs', () => {
  test('refuses a TCP connection to a non-loopback address, naming it', () => {
    const result = underPreload(`net.connect(443, '10.255.255.1'); return 'connecting';`);
    expect(result).toEqual({ refused: true, message: expect.stringContaining('10.255.255.1:443') });
  });

  test('refuses TLS, HTTP, fetch and DNS to outside hosts', () => {
    const attempts = {
      tls: `require('node:tls').connect(443, 'fonts.gstatic.com'); return 'connecting';`,
      http: `require('node:http').get('http://203.0.113.7/'); return 'connecting';`,
      fetch: `await fetch('https://cdn.jsdelivr.net/x.png'); return 'fetched';`,
      dns: `await require('node:dns').promises.lookup('example.com'); return 'resolved';`,
    };
    for (const [name, attempt] of Object.entries(attempts)) {
      const result = underPreload(attempt);
      expect(result.refused, `${name}: ${result.message}`).toBe(true);
    }
    expect(underPreload(attempts.fetch).message).toContain('cdn.jsdelivr.net');
  });

  test('allows connections to 127.0.0.1 and localhost', () => {
    const serve = (host: string) => `
      const server = net.createServer((socket) => socket.end('hi'));
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const socket = net.connect(server.address().port, '${host}');
      const data = await new Promise((resolve, reject) => {
        socket.on('data', (chunk) => resolve(String(chunk)));
        socket.on('error', reject);
      });
      server.close();
      return data;`;
    expect(underPreload(serve('127.0.0.1'))).toEqual({ refused: false, message: 'hi' });
    expect(underPreload(serve('localhost')).refused).toBe(false);
  });
});
