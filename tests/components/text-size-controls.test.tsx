// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { TextSizeControls } from '@/components/article/text-size-controls';
import { textSizeInlineScript, textSizeStorageKey } from '@/lib/site/text-size';
import { loadEnhanceScript, settle } from '../support/enhance';

const labels = {
  group: 'Text size',
  increase: 'Increase text size',
  decrease: 'Decrease text size',
};

beforeAll(loadEnhanceScript);
beforeEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-text-size');
});
afterEach(cleanup);

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

test('A+ steps up, saves the step, and is disabled at the largest size', async () => {
  render(<TextSizeControls labels={labels} />);
  await settle();
  const bigger = button('A+ Increase text size');
  // Label in name (WCAG 2.5.3): the accessible name starts with the text the button shows.
  expect(bigger.textContent).toBe('A+ Increase text size');
  expect(bigger.querySelector('.sr-only')?.textContent).toBe('Increase text size');
  fireEvent.click(bigger);
  expect(document.documentElement.getAttribute('data-text-size')).toBe('2');
  expect(localStorage.getItem(textSizeStorageKey)).toBe('2');
  for (let i = 0; i < 10; i++) fireEvent.click(bigger);
  expect(document.documentElement.getAttribute('data-text-size')).toBe('5');
  expect(bigger.disabled).toBe(true);
});

test('A- steps down to the smallest size, then is disabled; the default has no attribute', async () => {
  render(<TextSizeControls labels={labels} />);
  await settle();
  const smaller = button('A- Decrease text size');
  fireEvent.click(button('A+ Increase text size'));
  fireEvent.click(smaller);
  expect(document.documentElement.hasAttribute('data-text-size')).toBe(false);
  fireEvent.click(smaller);
  expect(document.documentElement.getAttribute('data-text-size')).toBe('0');
  expect(smaller.disabled).toBe(true);
});

test('the inline script applies a saved step and ignores a tampered one', () => {
  localStorage.setItem(textSizeStorageKey, '4');
  new Function(textSizeInlineScript)();
  expect(document.documentElement.getAttribute('data-text-size')).toBe('4');

  document.documentElement.removeAttribute('data-text-size');
  localStorage.setItem(textSizeStorageKey, '9"><script>');
  new Function(textSizeInlineScript)();
  expect(document.documentElement.hasAttribute('data-text-size')).toBe(false);
});

test('the buttons follow a step set before they appeared and changes from other tabs', async () => {
  document.documentElement.setAttribute('data-text-size', '5');
  render(<TextSizeControls labels={labels} />);
  await settle();
  expect(button('A+ Increase text size').disabled).toBe(true);
  window.dispatchEvent(new StorageEvent('storage', { key: textSizeStorageKey, newValue: '0' }));
  expect(document.documentElement.getAttribute('data-text-size')).toBe('0');
  expect(button('A- Decrease text size').disabled).toBe(true);
  expect(button('A+ Increase text size').disabled).toBe(false);
});
