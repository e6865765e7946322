import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  personalPageHeaders,
  securityHeaders,
  setsOwnPolicy,
} from '@/scripts/server/security-headers.mjs';

describe('securityHeaders', () => {
  it('sends HSTS only when the site is https', () => {
    const https = new Map(securityHeaders({ siteIsHttps: true }));
    expect(https.get('Strict-Transport-Security')).toMatch(/^max-age=63072000/);
    const http = new Map(securityHeaders({ siteIsHttps: false }));
    expect(http.has('Strict-Transport-Security')).toBe(false);
    for (const headers of [https, http]) {
      expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(headers.get('X-Frame-Options')).toBe('DENY');
      expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
      expect(headers.get('Permissions-Policy')).toContain('camera=()');
      // Only pages for one person keep their window from an opener (personalPageHeaders).
      expect(headers.has('Cross-Origin-Opener-Policy')).toBe(false);
    }
  });

  it('keeps openers away from the pages for one person', () => {
    expect(new Map(personalPageHeaders).get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  });
});

describe('contentSecurityPolicy', () => {
  it('allows inline scripts on prerendered pages and only the nonce on per-request ones', () => {
    expect(contentSecurityPolicy({ https: false })).toContain("script-src 'self' 'unsafe-inline'");
    const withNonce = contentSecurityPolicy({ https: false, nonce: 'abc123' });
    expect(withNonce).toContain("script-src 'self' 'nonce-abc123'");
    expect(withNonce).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(withNonce).not.toContain('unsafe-eval');
  });

  it('always locks down objects, base, forms and framing; upgrades requests on https', () => {
    for (const policy of [
      contentSecurityPolicy({ https: false }),
      contentSecurityPolicy({ https: true, nonce: 'n' }),
    ]) {
      for (const directive of [
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ])
        expect(policy).toContain(directive);
    }
    expect(contentSecurityPolicy({ https: true })).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy({ https: false })).not.toContain('upgrade-insecure-requests');
  });

  it('leaves the per-request paths to proxy.ts', () => {
    expect(setsOwnPolicy('/moderation')).toBe(true);
    expect(setsOwnPolicy('/moderation/log')).toBe(true);
    expect(setsOwnPolicy('/comments/status/x')).toBe(true);
    expect(setsOwnPolicy('/articles/x')).toBe(false);
    expect(setsOwnPolicy('/moderationx')).toBe(false);
  });
});
