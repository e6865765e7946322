'use client';

import { useSyncExternalStore } from 'react';
import {
  clampTextSize,
  defaultTextSize,
  parseTextSize,
  textSizeSteps,
  textSizeStorageKey,
} from '@/lib/site/text-size';

type Labels = { group: string; increase: string; decrease: string };

const changeEvent = 'text-size-change';

function readStep(): number {
  return parseTextSize(document.documentElement.getAttribute('data-text-size'));
}

function subscribe(onChange: () => void): () => void {
  // `storage` keeps other open tabs in step; the custom event covers this tab.
  const onStorage = (event: StorageEvent) => {
    if (event.key === textSizeStorageKey) applyStep(parseTextSize(event.newValue), false);
  };
  window.addEventListener(changeEvent, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(changeEvent, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

function applyStep(step: number, persist: boolean): void {
  const root = document.documentElement;
  if (step === defaultTextSize) root.removeAttribute('data-text-size');
  else root.setAttribute('data-text-size', String(step));
  if (persist) {
    try {
      localStorage.setItem(textSizeStorageKey, String(step));
    } catch {
      // Private mode or storage disabled: the size still applies to this page.
    }
  }
  window.dispatchEvent(new Event(changeEvent));
}

/**
 * The A+ / A- buttons. The step lives on <html data-text-size>, set before paint by the inline
 * script. Each button's name starts with what it shows ("A+ Increase text size"), so a reader
 * who says what they see (voice control) reaches it, and a screen reader still hears what it does.
 */
export function TextSizeControls({ labels }: { labels: Labels }) {
  const step = useSyncExternalStore(subscribe, readStep, () => defaultTextSize);
  const change = (delta: number) => applyStep(clampTextSize(step + delta), true);
  const buttonClass =
    'min-h-9 min-w-11 rounded border border-neutral-300 px-2 font-sans text-sm font-semibold hover:bg-neutral-100 disabled:cursor-not-allowed disabled:opacity-40 dark:border-neutral-600 dark:hover:bg-neutral-800';
  return (
    <div role="group" aria-label={labels.group} className="flex gap-2 print:hidden">
      <button
        type="button"
        className={buttonClass}
        disabled={step >= textSizeSteps - 1}
        onClick={() => change(1)}
      >
        A+ <span className="sr-only">{labels.increase}</span>
      </button>
      <button type="button" className={buttonClass} disabled={step <= 0} onClick={() => change(-1)}>
        A- <span className="sr-only">{labels.decrease}</span>
      </button>
    </div>
  );
}
