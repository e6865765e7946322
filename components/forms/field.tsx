import type { ReactNode } from 'react';

export const inputClass =
  'mt-1 block w-full rounded border border-neutral-400 bg-white px-3 py-2 text-base text-neutral-900 aria-[invalid=true]:border-red-700 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100 dark:aria-[invalid=true]:border-red-400';

type Props = {
  id: string;
  label: string;
  /** The visible "Required" beside the label; the control itself carries `required` for assistive technology. */
  requiredLabel?: string;
  hint?: string;
  error?: string;
  /** The control, given its ids for aria-describedby and aria-invalid. */
  children: (control: {
    id: string;
    'aria-describedby': string | undefined;
    'aria-invalid': boolean;
  }) => ReactNode;
};

/** A labelled form control with its hint and its error message, wired for screen readers. */
export function Field({ id, label, requiredLabel, hint, error, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div>
      <div className="flex items-baseline justify-between">
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        {requiredLabel && (
          <span aria-hidden="true" className="text-xs text-neutral-600 dark:text-neutral-400">
            {requiredLabel}
          </span>
        )}
      </div>
      {children({
        id,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
        'aria-invalid': Boolean(error),
      })}
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm font-semibold text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}

/** A message about the whole form: an error (announced at once) or a confirmation. */
export function FormMessage({
  tone,
  children,
}: {
  tone: 'error' | 'success';
  children: ReactNode;
}) {
  return (
    <p
      role={tone === 'error' ? 'alert' : 'status'}
      // Focusable by script only, so a form can move focus to its answer.
      tabIndex={-1}
      className={
        tone === 'error'
          ? 'rounded border border-red-700 bg-red-50 p-3 font-semibold text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100'
          : 'rounded border border-green-700 bg-green-50 p-3 font-semibold text-green-900 dark:bg-green-950 dark:text-green-100'
      }
    >
      {children}
    </p>
  );
}
