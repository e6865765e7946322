import type { ReactNode } from 'react';

/**
 * The "Newest first" toggle. The threads are rendered on the server, oldest first;
 * public/enhance.js only changes their order, so nothing is fetched again. Hidden until the
 * script runs (and shows it for more than one thread): without JavaScript it could do nothing.
 */
export function CommentOrder({
  label,
  listId,
  children,
}: {
  label: string;
  /** The list's id, which the button names as what it controls. */
  listId: string;
  children: ReactNode;
}) {
  return (
    <>
      <button
        type="button"
        data-comment-order=""
        aria-controls={listId}
        aria-pressed="false"
        hidden
        className="mb-4 rounded border border-neutral-400 px-3 py-1 text-sm font-semibold aria-pressed:bg-neutral-900 aria-pressed:text-white dark:border-neutral-600 dark:aria-pressed:bg-neutral-100 dark:aria-pressed:text-neutral-900"
      >
        {label}
      </button>
      <ol id={listId} className="space-y-6">
        {children}
      </ol>
    </>
  );
}
