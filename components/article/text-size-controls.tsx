import { defaultTextSize, textSizeSteps, textSizeStorageKey } from '@/lib/site/text-size';

type Labels = { group: string; increase: string; decrease: string };

/**
 * The A+ / A- buttons. The step lives on <html data-text-size>, set before paint by the inline
 * script; public/enhance.js changes it, remembers it and disables a button at either end, from
 * what these data- attributes say. Each button's name starts with what it shows ("A+ Increase
 * text size"), so a reader who says what they see (voice control) reaches it, and a screen
 * reader still hears what it does.
 */
export function TextSizeControls({ labels }: { labels: Labels }) {
  const buttonClass =
    'min-h-9 min-w-11 rounded border border-neutral-300 px-2 font-sans text-sm font-semibold hover:bg-neutral-100 disabled:cursor-not-allowed disabled:opacity-40 dark:border-neutral-600 dark:hover:bg-neutral-800';
  return (
    <div
      role="group"
      aria-label={labels.group}
      data-text-size-controls=""
      data-steps={textSizeSteps}
      data-default={defaultTextSize}
      data-storage-key={textSizeStorageKey}
      className="flex gap-2 print:hidden"
    >
      <button type="button" data-change="1" className={buttonClass}>
        A+ <span className="sr-only">{labels.increase}</span>
      </button>
      <button type="button" data-change="-1" className={buttonClass}>
        A- <span className="sr-only">{labels.decrease}</span>
      </button>
    </div>
  );
}
