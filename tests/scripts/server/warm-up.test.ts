import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { KnownRoutes } from '@/lib/pages/known-routes';
import { warmUp, warmUpPaths } from '@/scripts/server/warm-up.mjs';

const known = (lists: KnownRoutes['lists'], articles = ['a', 'b', 'c']): KnownRoutes => ({
  version: 2,
  defaultEdition: 'en',
  editions: ['en', 'ckb'],
  reserved: [],
  articles,
  lists,
});

describe('warmUpPaths', () => {
  test('one deep page of each kind of list, and an article, in the default edition', () => {
    const paths = warmUpPaths(
      known({
        en: {
          frontPages: 401,
          sections: { iraq: 30, economy: 61, world: 2 },
          topics: { oil: 9, 'kurdî-zimanê': 12 },
        },
        ckb: { frontPages: 900, sections: { iraq: 900 }, topics: {} },
      }),
    );
    expect(paths).toEqual([
      '/page/201',
      '/sections/economy/page/31',
      `/topics/${encodeURIComponent('kurdî-zimanê')}/page/6`,
      '/articles/b',
      `/search?q=${encodeURIComponent('kurdî zimanê')}`,
    ]);
  });

  test('lists of one page are prerendered: only the article and a search are left to warm', () => {
    expect(
      warmUpPaths(known({ en: { frontPages: 1, sections: { iraq: 1 }, topics: { oil: 1 } } })),
    ).toEqual(['/articles/b', '/search?q=oil']);
  });

  test('a page 2 when a list has two or three pages, never page 1 (it redirects)', () => {
    expect(
      warmUpPaths(known({ en: { frontPages: 2, sections: { iraq: 3 }, topics: {} } }, [])),
    ).toEqual(['/page/2', '/sections/iraq/page/2']);
  });

  test('nothing for an edition the list does not have', () => {
    expect(warmUpPaths(known({}))).toEqual([]);
  });
});

describe('warmUp', () => {
  const servers: ReturnType<typeof createServer>[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
    vi.restoreAllMocks();
  });

  async function listen(handler: (request: IncomingMessage) => number) {
    const seen: string[] = [];
    const server = createServer((request, response) => {
      seen.push(request.url ?? '');
      response.writeHead(handler(request));
      response.end('page');
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
  }

  test('asks for every path in order, and a failing page does not stop it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { origin, seen } = await listen((request) => (request.url === '/b' ? 500 : 200));
    await warmUp(origin, ['/a', '/b', '/c']);
    expect(seen).toEqual(['/a', '/b', '/c']);
    expect(errors).toHaveBeenCalledWith('> Warm-up: /b answered 500');
  });

  test('a server that does not answer in time is given up on, and the start goes on', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const server = createServer(() => {});
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await warmUp(origin, ['/slow'], { timeoutMs: 100 });
    expect(errors).toHaveBeenCalledWith('> Warm-up: /slow failed:', expect.any(String));
    server.closeAllConnections();
  });
});
