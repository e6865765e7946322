'use client';

import { useState, useSyncExternalStore } from 'react';
import { useHydrated } from '../hooks/use-hydrated';

type Props = {
  url: string;
  title: string;
  labels: { copyLink: string; linkCopied: string; copyFallback: string; shareNative: string };
};

const noSubscription = () => () => {};

/**
 * Copy link (with a visible confirmation, or the link selected for copying by hand when the
 * clipboard is not available) and the device's own share sheet where it exists. Rendered only
 * once JavaScript runs; the plain share links beside these work without it.
 */
export function ShareButtons({ url, title, labels }: Props) {
  const ready = useHydrated();
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  );
  const [state, setState] = useState<'idle' | 'copied' | 'fallback'>('idle');
  if (!ready) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('fallback');
    }
  };

  const buttonClass =
    'rounded-full border border-neutral-300 px-3 py-1.5 font-semibold hover:border-brand hover:text-brand dark:border-neutral-600';
  return (
    <>
      <ul className="flex flex-wrap items-center gap-2">
        <li>
          <button type="button" onClick={copy} className={buttonClass}>
            {labels.copyLink}
          </button>
        </li>
        {canShare && (
          <li>
            <button
              type="button"
              onClick={() => navigator.share({ url, title }).catch(() => undefined)}
              className={buttonClass}
            >
              {labels.shareNative}
            </button>
          </li>
        )}
      </ul>
      <p role="status" className="basis-full empty:hidden">
        {state === 'copied' && (
          <span className="font-semibold text-green-800 dark:text-green-300">
            {labels.linkCopied}
          </span>
        )}
        {state === 'fallback' && (
          <label className="flex flex-wrap items-center gap-2">
            {labels.copyFallback}
            <input
              readOnly
              value={url}
              autoFocus
              onFocus={(event) => event.currentTarget.select()}
              className="min-w-0 flex-1 rounded border border-neutral-400 bg-white px-2 py-1 dark:bg-neutral-900"
            />
          </label>
        )}
      </p>
    </>
  );
}
