import net from 'node:net';

// Without a proxy in front, the server counts each connection's own address as one client, and
// ignores X-Forwarded-For. To act as several readers honestly, each reader's browser talks to a
// small TCP relay that connects to the server from its own loopback address (127.x.y.z: every
// address in 127.0.0.0/8 is this machine on Linux).

const testServerPort = Number(process.env.E2E_PORT ?? 3100);
let readers = 0;

export type Relay = { url: string; address: string; close: () => Promise<void> };

/**
 * A relay to a test server whose connections come from a loopback address of its own, or from
 * `from` (the same reader reaching a second server).
 */
export async function openRelay(port = testServerPort, from?: string): Promise<Relay> {
  readers += 1;
  const worker = Number(process.env.TEST_WORKER_INDEX ?? '0');
  // 127.20+worker.x.y: never 127.0.0.1, which the moderator and plain pages use.
  const address =
    from ?? `127.${20 + (worker % 200)}.${Math.floor(readers / 250) % 250}.${(readers % 250) + 1}`;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((incoming) => {
    const outgoing = net.connect({ host: '127.0.0.1', port, localAddress: address });
    for (const socket of [incoming, outgoing]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        incoming.destroy();
        outgoing.destroy();
      });
    }
    incoming.pipe(outgoing).pipe(incoming);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const relayPort = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${relayPort}`,
    address,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
