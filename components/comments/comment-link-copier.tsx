'use client';

import { useEffect, useState } from 'react';

/**
 * "Copy link" under each comment is a plain link to its permalink (#comment-<id>), which works
 * without JavaScript; with it, one listener for the whole list copies the full URL instead and
 * says so.
 */
export function CommentLinkCopier({ copiedLabel }: { copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onClick = async (event: MouseEvent) => {
      const link =
        event.target instanceof Element
          ? event.target.closest<HTMLAnchorElement>('a[data-copy-link]')
          : null;
      if (!link || !navigator.clipboard) return;
      event.preventDefault();
      const url = new URL(link.getAttribute('href') ?? '', window.location.href);
      url.search = '';
      try {
        await navigator.clipboard.writeText(url.toString());
        history.replaceState(null, '', url.hash);
        setCopied(true);
        clearTimeout(timer);
        timer = setTimeout(() => setCopied(false), 3000);
      } catch {
        window.location.hash = url.hash; // no clipboard: at least show the permalink in the address bar
      }
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      clearTimeout(timer);
    };
  }, []);
  return (
    <p
      role="status"
      className="fixed inset-x-0 bottom-4 mx-auto w-fit rounded bg-neutral-900 px-4 py-2 font-sans text-sm font-semibold text-white empty:hidden dark:bg-neutral-100 dark:text-neutral-900"
    >
      {copied ? copiedLabel : ''}
    </p>
  );
}
