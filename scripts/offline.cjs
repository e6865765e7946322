// Preload (node --require=./scripts/offline.cjs, or NODE_OPTIONS) that makes this process and
// its children unable to reach anything but this machine: a connection to any other host throws
// an error naming the host. `npm test` runs the content check, the build and the end-to-end
// server under it, so a page, a share image or a font that reaches for the network fails the
// run instead of passing on a machine that happens to be online.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a --require preload is CommonJS: it must run before any ES module loads */

const dgram = require('node:dgram');
const dns = require('node:dns');
const net = require('node:net');
const tls = require('node:tls');

const loopbackNames = new Set(['localhost', 'localhost.', 'ip6-localhost', 'ip6-loopback']);

/** True for a host on this machine: 127.0.0.0/8, ::1 (also IPv4-mapped), `localhost`. */
function isLoopback(host) {
  if (host === undefined || host === null || host === '') return true; // Node's default: localhost
  const name = String(host)
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (loopbackNames.has(name) || name.endsWith('.localhost')) return true;
  if (net.isIPv4(name)) return name.startsWith('127.');
  if (net.isIPv6(name)) {
    if (name === '::1' || /^0*:(0*:){5}0*1$/.test(name) || name === '0:0:0:0:0:0:0:1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(name);
    return mapped !== null && mapped[1].startsWith('127.');
  }
  return false;
}

function refuse(host, port, via) {
  const where = port === undefined ? String(host) : `${host}:${port}`;
  const error = new Error(
    `offline: refused a network connection to ${where} (${via}); this run must not leave the machine`,
  );
  error.code = 'ERR_OFFLINE';
  return error;
}

/** Host and port from the many argument shapes of connect(): (port, host), (options), (path). */
function target(args) {
  const [first, second] = args;
  if (Array.isArray(first)) return target(first); // net's internal normalized form
  if (first !== null && typeof first === 'object') {
    const host = first.host ?? first.hostname;
    // A Unix socket path; an HTTP request's options also carry its URL path next to the host.
    if (typeof first.path === 'string' && host === undefined && first.port === undefined) {
      return { local: true };
    }
    return { host, port: first.port };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return { local: true }; // a socket path
  return { host: typeof second === 'string' ? second : undefined, port: first };
}

function guard(via, args) {
  const { local, host, port } = target(args);
  if (!local && !isLoopback(host)) throw refuse(host, port, via);
}

const socketConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  guard('net.Socket.connect', args);
  return socketConnect.apply(this, args);
};

for (const name of ['connect', 'createConnection']) {
  const original = net[name];
  net[name] = function (...args) {
    guard(`net.${name}`, args);
    return original.apply(this, args);
  };
}

const tlsConnect = tls.connect;
tls.connect = function connect(...args) {
  const options = args.find((arg) => arg !== null && typeof arg === 'object');
  if (!options?.socket) guard('tls.connect', args);
  return tlsConnect.apply(this, args);
};

// Name lookups are network traffic too (a DNS query), and the first step of every request.
function guardLookup(name, original, promise) {
  return function (hostname, ...rest) {
    if (isLoopback(hostname)) return original.call(this, hostname, ...rest);
    const error = refuse(hostname, undefined, name);
    if (promise) return Promise.reject(error);
    const callback = rest.findLast((arg) => typeof arg === 'function');
    if (!callback) throw error;
    process.nextTick(callback, error);
    return undefined;
  };
}

const resolvers = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveTxt'];
for (const name of ['lookup', ...resolvers]) {
  if (typeof dns[name] === 'function') dns[name] = guardLookup(`dns.${name}`, dns[name], false);
  if (typeof dns.promises[name] === 'function') {
    dns.promises[name] = guardLookup(`dns.promises.${name}`, dns.promises[name], true);
  }
}

const udpSend = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function send(...args) {
  const address = args.find((arg, i) => i > 0 && typeof arg === 'string');
  if (!isLoopback(address)) throw refuse(address, undefined, 'dgram.send');
  return udpSend.apply(this, args);
};

// Node's fetch (undici) opens its own sockets; refuse before it tries, with a clear message
// rather than undici's "fetch failed".
if (typeof globalThis.fetch === 'function') {
  const originalFetch = globalThis.fetch;
  globalThis.fetch = function fetch(input, init) {
    let url;
    try {
      url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    } catch {
      return originalFetch.call(this, input, init);
    }
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !isLoopback(url.hostname)) {
      return Promise.reject(refuse(url.hostname, url.port || undefined, 'fetch'));
    }
    return originalFetch.call(this, input, init);
  };
}

module.exports = { isLoopback };
