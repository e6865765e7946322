// Who is on the other end of a request. Behind no proxy (the default) that is the connection's
// own address, whatever X-Forwarded-For says; behind proxies the operator names in
// TRUSTED_PROXIES, it is the nearest address that no trusted proxy vouches for.
import proxyaddr from 'proxy-addr';

/**
 * TRUSTED_PROXIES, parsed: empty (trust nobody), a hop count ("1": the connection comes from one
 * proxy, such as nginx on the same machine), or a comma-separated list of addresses, CIDR ranges
 * and proxy-addr's names (loopback, linklocal, uniquelocal). Throws a message that names the
 * setting, never its value, which may describe private infrastructure.
 * @param {string | undefined} setting
 * @returns {(address: string, hop: number) => boolean}
 */
export function parseTrustedProxies(setting) {
  const value = (setting ?? '').trim();
  if (value === '' || value === '0') return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyaddr.compile(entries);
  } catch {
    throw new Error(
      'TRUSTED_PROXIES: expected a hop count like 1, or addresses and CIDR ranges like 127.0.0.1,10.0.0.0/8',
    );
  }
}

/**
 * The client's address and protocol for this request, from the socket and the forwarded headers
 * that trusted proxies set. A header from anyone else is ignored.
 * @param {import('node:http').IncomingMessage} request
 * @param {(address: string, hop: number) => boolean} trust
 * @returns {{ address: string, proto: 'http' | 'https', host: string | undefined }}
 */
export function forwardedClient(request, trust) {
  const socketAddress = request.socket.remoteAddress ?? '';
  const encrypted = Boolean(/** @type {{ encrypted?: boolean }} */ (request.socket).encrypted);
  const viaTrustedProxy = socketAddress !== '' && trust(socketAddress, 0);
  const address = socketAddress === '' ? 'unknown' : proxyaddr(request, trust);
  let proto = /** @type {'http' | 'https'} */ (encrypted ? 'https' : 'http');
  let host;
  if (viaTrustedProxy) {
    // The nearest proxy writes the last value; earlier ones came from further away.
    const forwardedProto = lastValue(request.headers['x-forwarded-proto'])?.toLowerCase();
    if (forwardedProto === 'https' || forwardedProto === 'http') proto = forwardedProto;
    host = lastValue(request.headers['x-forwarded-host']);
  }
  return { address, proto, host };
}

/** @param {string | string[] | undefined} header */
function lastValue(header) {
  const joined = Array.isArray(header) ? header.join(',') : header;
  const value = joined?.split(',').at(-1)?.trim();
  return value || undefined;
}

const forwardedHeaders = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
  'x-forwarded-port',
  'x-real-ip',
  'x-client-ip',
];

/**
 * Replaces whatever forwarded headers arrived with the trusted values, so the app, which can
 * only read headers, sees one address it can rely on.
 * @param {import('node:http').IncomingMessage} request
 * @param {{ address: string, proto: string, host: string | undefined }} client
 */
export function rewriteForwardedHeaders(request, client) {
  for (const name of forwardedHeaders) delete request.headers[name];
  request.headers['x-forwarded-for'] = client.address;
  request.headers['x-forwarded-proto'] = client.proto;
  if (client.host) request.headers['x-forwarded-host'] = client.host;
}
