// @vitest-environment jsdom
import { beforeEach, expect, test } from 'vitest';
import { themeAttribute, themeInlineScript, themeStorageKey } from '@/lib/site/theme';

beforeEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute(themeAttribute);
});

test('the inline script applies a saved choice before paint and ignores a tampered one', () => {
  localStorage.setItem(themeStorageKey, 'dark');
  new Function(themeInlineScript)();
  expect(document.documentElement.getAttribute(themeAttribute)).toBe('dark');

  document.documentElement.removeAttribute(themeAttribute);
  localStorage.setItem(themeStorageKey, 'dark" onload="alert(1)');
  new Function(themeInlineScript)();
  expect(document.documentElement.hasAttribute(themeAttribute)).toBe(false);
});

test('the inline script never throws, even when storage is refused', () => {
  const storage = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('denied', 'SecurityError');
    },
  });
  try {
    expect(() => new Function(themeInlineScript)()).not.toThrow();
    expect(document.documentElement.hasAttribute(themeAttribute)).toBe(false);
  } finally {
    if (storage) Object.defineProperty(window, 'localStorage', storage);
  }
});
