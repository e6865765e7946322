// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { TextSizeControls } from '@/components/article/text-size-controls';
import { textSizeInlineScript, textSizeStorageKey } from '@/lib/site/text-size';

const labels = {
  group: 'Text size',
  increase: 'Increase text size',
  decrease: 'Decrease text size',
};

beforeEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-text-size');
});
afterEach(cleanup);

test('A+ steps up, saves the step, and is disabled at the largest size', () => {
  render(<TextSizeControls labels={labels} />);
  const bigger = screen.getByRole('button', { name: 'A+ Increase text size' });
  // Label in name (WCAG 2.5.3): the accessible name starts with the text the button shows.
  expect(bigger.textContent).toBe('A+ Increase text size');
  expect(bigger.querySelector('.sr-only')?.textContent).toBe('Increase text size');
  fireEvent.click(bigger);
  expect(document.documentElement.getAttribute('data-text-size')).toBe('2');
  expect(localStorage.getItem(textSizeStorageKey)).toBe('2');
  for (let i = 0; i < 10; i++) fireEvent.click(bigger);
  expect(document.documentElement.getAttribute('data-text-size')).toBe('5');
  expect((bigger as HTMLButtonElement).disabled).toBe(true);
});

test('A- steps down to the smallest size, then is disabled; the default has no attribute', () => {
  render(<TextSizeControls labels={labels} />);
  const smaller = screen.getByRole('button', { name: 'A- Decrease text size' });
  fireEvent.click(screen.getByRole('button', { name: 'A+ Increase text size' }));
  fireEvent.click(smaller);
  expect(document.documentElement.hasAttribute('data-text-size')).toBe(false);
  fireEvent.click(smaller);
  expect(document.documentElement.getAttribute('data-text-size')).toBe('0');
  expect((smaller as HTMLButtonElement).disabled).toBe(true);
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

test('the buttons follow a step set before they mounted and changes from other tabs', () => {
  document.documentElement.setAttribute('data-text-size', '5');
  render(<TextSizeControls labels={labels} />);
  expect(
    (screen.getByRole('button', { name: 'A+ Increase text size' }) as HTMLButtonElement).disabled,
  ).toBe(true);
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: textSizeStorageKey, newValue: '0' }));
  });
  expect(
    (screen.getByRole('button', { name: 'A- Decrease text size' }) as HTMLButtonElement).disabled,
  ).toBe(true);
});
