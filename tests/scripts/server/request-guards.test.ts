import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  maxBodyBytes,
  refusal,
  siteHostOf,
  refusalPage,
} from '@/scripts/server/request-guards.mjs';

function post(headers: Record<string, string>, method = 'POST'): IncomingMessage {
  return { method, headers: { host: 'news.example', ...headers } } as never;
}

describe('refusal', () => {
  it('lets reads through whatever they carry', () => {
    expect(refusal(post({ origin: 'https://evil.example' }, 'GET'), { host: undefined })).toBe(
      undefined,
    );
  });

  it('lets a same-origin post of a normal size through', () => {
    expect(
      refusal(post({ origin: 'https://news.example', 'content-length': '5000' }), {
        host: undefined,
      }),
    ).toBe(undefined);
  });

  it('refuses a post from another origin with 403', () => {
    expect(
      refusal(post({ origin: 'https://evil.example', 'content-length': '10' }), {
        host: undefined,
      })?.status,
    ).toBe(403);
    expect(
      refusal(post({ origin: 'null', 'content-length': '10' }), { host: undefined })?.status,
    ).toBe(403);
  });

  it('compares with the host a trusted proxy forwarded', () => {
    expect(
      refusal(post({ origin: 'https://public.example', 'content-length': '10' }), {
        host: 'public.example',
      }),
    ).toBe(undefined);
  });

  it('behind nginx on its own port, compares the port too (deploy/nginx.conf forwards it)', () => {
    // nginx sends Host without the port and X-Forwarded-Host as the browser sent it.
    const through = (origin: string) =>
      refusal(post({ host: '127.0.0.1', origin, 'content-length': '10' }), {
        host: '127.0.0.1:8080',
      });
    expect(through('http://127.0.0.1:8080')).toBe(undefined);
    expect(through('http://127.0.0.1:9090')?.status).toBe(403);
    expect(through('http://evil.example')?.status).toBe(403);
  });

  it("accepts the site's own public host (SITE_URL) whatever the proxy passed, and nothing else", () => {
    const siteHost = siteHostOf('https://news.example.com/');
    expect(siteHost).toBe('news.example.com');
    const from = (origin: string) =>
      refusal(
        post({ host: '10.0.0.5:3000', origin, 'content-length': '10' }),
        { host: undefined },
        siteHost,
      );
    expect(from('https://news.example.com')).toBe(undefined);
    expect(from('https://news.example.com.evil.example')?.status).toBe(403);
    expect(from('https://evil.example')?.status).toBe(403);
    expect(siteHostOf(undefined)).toBe(undefined);
    expect(siteHostOf('not a url')).toBe(undefined);
  });

  it('refuses a body over the limit with 413 before reading it', () => {
    const refused = refusal(post({ 'content-length': String(maxBodyBytes + 1) }), {
      host: undefined,
    });
    expect(refused?.status).toBe(413);
    expect(refused?.message).toMatch(/3,000 characters/);
    expect(refusal(post({ 'content-length': String(maxBodyBytes) }), { host: undefined })).toBe(
      undefined,
    );
  });

  it('asks for a length when a post streams its body', () => {
    expect(refusal(post({ 'transfer-encoding': 'chunked' }), { host: undefined })?.status).toBe(
      411,
    );
  });
});

describe('refusalPage', () => {
  it('escapes what it shows', () => {
    const page = refusalPage({ title: '<b>x</b>', message: '"&' });
    expect(page).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(page).toContain('&quot;&amp;');
  });
});
