'use client';

import { useSyncExternalStore } from 'react';
import { parseTheme, themeAttribute, themeStorageKey, themes, type Theme } from '@/lib/site/theme';

type Labels = { group: string } & Record<Theme, string>;

const changeEvent = 'theme-change';

function readTheme(): Theme {
  return parseTheme(document.documentElement.getAttribute(themeAttribute));
}

function subscribe(onChange: () => void): () => void {
  // `storage` keeps other open tabs in step; the custom event covers this tab.
  const onStorage = (event: StorageEvent) => {
    if (event.key === themeStorageKey) applyTheme(parseTheme(event.newValue), false);
  };
  window.addEventListener(changeEvent, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(changeEvent, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

function applyTheme(theme: Theme, persist: boolean): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute(themeAttribute);
  else root.setAttribute(themeAttribute, theme);
  if (persist) {
    try {
      if (theme === 'system') localStorage.removeItem(themeStorageKey);
      else localStorage.setItem(themeStorageKey, theme);
    } catch {
      // Private mode or storage disabled: the theme still applies to this page.
    }
  }
  window.dispatchEvent(new Event(changeEvent));
}

/**
 * System / Light / Dark, as three radio buttons. The choice lives on <html data-theme>, set
 * before paint by the inline script; the page is prerendered, so the control only knows it once
 * running in the browser. Until then (and without JavaScript, where it could do nothing) it keeps
 * its place but stays invisible, so the header does not move when it appears.
 */
export function ThemeToggle({ labels }: { labels: Labels }) {
  const theme = useSyncExternalStore(subscribe, readTheme, () => null);
  return (
    <fieldset className={`shrink-0 font-sans text-sm print:hidden ${theme ? '' : 'invisible'}`}>
      <legend className="sr-only">{labels.group}</legend>
      <div className="flex rounded border border-neutral-400 p-0.5 dark:border-neutral-600">
        {themes.map((option) => (
          <label
            key={option}
            className="relative rounded px-2 py-1 font-semibold text-neutral-700 hover:bg-neutral-100 has-checked:bg-neutral-900 has-checked:text-white dark:text-neutral-300 dark:hover:bg-neutral-800 dark:has-checked:bg-neutral-100 dark:has-checked:text-neutral-900"
          >
            {/* The radio button itself covers its label, without its own drawing: it takes the
                click and shows the focus ring, and the label shows which one is chosen. */}
            <input
              type="radio"
              name="theme"
              value={option}
              checked={theme === option}
              disabled={theme === null}
              onChange={() => applyTheme(option, true)}
              className="absolute inset-0 cursor-pointer appearance-none rounded"
            />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
