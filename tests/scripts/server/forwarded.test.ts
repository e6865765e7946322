import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  forwardedClient,
  parseTrustedProxies,
  rewriteForwardedHeaders,
} from '@/scripts/server/forwarded.mjs';

function request(
  socketAddress: string,
  headers: Record<string, string> = {},
  encrypted = false,
): IncomingMessage {
  return { socket: { remoteAddress: socketAddress, encrypted }, headers } as never;
}

describe('parseTrustedProxies', () => {
  it('trusts nobody by default', () => {
    const trust = parseTrustedProxies(undefined);
    expect(trust('127.0.0.1', 0)).toBe(false);
    expect(parseTrustedProxies('')('10.0.0.1', 0)).toBe(false);
    expect(parseTrustedProxies('0')('10.0.0.1', 0)).toBe(false);
  });

  it('takes a hop count', () => {
    const trust = parseTrustedProxies('2');
    expect(trust('203.0.113.9', 0)).toBe(true);
    expect(trust('203.0.113.9', 1)).toBe(true);
    expect(trust('203.0.113.9', 2)).toBe(false);
  });

  it('takes addresses, CIDR ranges and names', () => {
    const trust = parseTrustedProxies('10.0.0.0/8, 192.0.2.7, loopback');
    expect(trust('10.1.2.3', 0)).toBe(true);
    expect(trust('192.0.2.7', 0)).toBe(true);
    expect(trust('::1', 0)).toBe(true);
    expect(trust('192.0.2.8', 0)).toBe(false);
  });

  it('names the setting, never its value, when it cannot be read', () => {
    expect(() => parseTrustedProxies('10.0.0.0/99,secret-host')).toThrow(/^TRUSTED_PROXIES: /);
    try {
      parseTrustedProxies('10.0.0.0/99,secret-host');
    } catch (error) {
      expect(String(error)).not.toContain('secret-host');
    }
  });
});

describe('forwardedClient', () => {
  it('ignores forwarded headers from a client nobody trusts', () => {
    const trust = parseTrustedProxies(undefined);
    const client = forwardedClient(
      request('198.51.100.4', {
        'x-forwarded-for': '203.0.113.1, 203.0.113.2',
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'evil.example',
      }),
      trust,
    );
    expect(client).toEqual({ address: '198.51.100.4', proto: 'http', host: undefined });
  });

  it('rotating a forged header does not change who the client is', () => {
    const trust = parseTrustedProxies(undefined);
    const seen = new Set(
      Array.from(
        { length: 20 },
        (_, i) =>
          forwardedClient(request('198.51.100.4', { 'x-forwarded-for': `10.0.0.${i}` }), trust)
            .address,
      ),
    );
    expect([...seen]).toEqual(['198.51.100.4']);
  });

  it('behind one trusted proxy, takes the address it appended and its protocol', () => {
    const trust = parseTrustedProxies('127.0.0.1');
    const client = forwardedClient(
      request('127.0.0.1', {
        // The first entry is whatever the client claimed; nginx appended the real one.
        'x-forwarded-for': '10.9.9.9, 203.0.113.50',
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'news.example',
      }),
      trust,
    );
    expect(client).toEqual({ address: '203.0.113.50', proto: 'https', host: 'news.example' });
  });

  it('with a hop count, skips exactly that many proxies', () => {
    const trust = parseTrustedProxies('2');
    const client = forwardedClient(
      request('10.0.0.2', { 'x-forwarded-for': '10.9.9.9, 203.0.113.50, 10.0.0.1' }),
      trust,
    );
    expect(client.address).toBe('203.0.113.50');
  });

  it('an https connection is https without any proxy', () => {
    expect(forwardedClient(request('198.51.100.4', {}, true), () => false).proto).toBe('https');
  });
});

describe('rewriteForwardedHeaders', () => {
  it('leaves only the trusted values for the app to read', () => {
    const incoming = request('198.51.100.4', {
      'x-forwarded-for': '1.2.3.4',
      'x-real-ip': '1.2.3.4',
      forwarded: 'for=1.2.3.4',
      'x-forwarded-host': 'evil.example',
    });
    rewriteForwardedHeaders(incoming, { address: '198.51.100.4', proto: 'http', host: undefined });
    expect(incoming.headers).toEqual({
      'x-forwarded-for': '198.51.100.4',
      'x-forwarded-proto': 'http',
    });
  });
});
