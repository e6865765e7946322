'use client';

import { Children, useState, type ReactNode } from 'react';
import { useHydrated } from '../hooks/use-hydrated';

/**
 * The "Newest first" toggle. The threads are rendered on the server, oldest first; this only
 * changes their order, so nothing is fetched again. Without JavaScript the toggle is not shown.
 */
export function CommentOrder({ label, children }: { label: string; children: ReactNode }) {
  const [newestFirst, setNewestFirst] = useState(false);
  const ready = useHydrated();
  const threads = Children.toArray(children);
  return (
    <>
      {ready && threads.length > 1 && (
        <button
          type="button"
          aria-pressed={newestFirst}
          onClick={() => setNewestFirst((value) => !value)}
          className="mb-4 rounded border border-neutral-400 px-3 py-1 text-sm font-semibold aria-pressed:bg-neutral-900 aria-pressed:text-white dark:border-neutral-600 dark:aria-pressed:bg-neutral-100 dark:aria-pressed:text-neutral-900"
        >
          {label}
        </button>
      )}
      <ol className="space-y-6">{newestFirst ? [...threads].reverse() : threads}</ol>
    </>
  );
}
