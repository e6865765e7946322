import { themeStorageKey, themes, type Theme } from '@/lib/site/theme';

type Labels = { group: string } & Record<Theme, string>;

/**
 * System / Light / Dark, as three radio buttons. The choice lives on <html data-theme>, set
 * before paint by the inline script; public/enhance.js checks the current one, applies a new
 * one and remembers it. Until then (and without JavaScript, where it could do nothing) the
 * control keeps its place but stays invisible and disabled, so the header does not move when it
 * appears.
 */
export function ThemeToggle({ labels }: { labels: Labels }) {
  return (
    <fieldset
      data-theme-toggle=""
      data-storage-key={themeStorageKey}
      className="invisible shrink-0 font-sans text-sm print:hidden"
    >
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
              disabled
              className="absolute inset-0 cursor-pointer appearance-none rounded"
            />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
