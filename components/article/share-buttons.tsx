type Props = {
  url: string;
  title: string;
  labels: { copyLink: string; linkCopied: string; copyFallback: string; shareNative: string };
};

/**
 * Copy link (with a visible confirmation, or the link selected for copying by hand when the
 * clipboard is not available) and the device's own share sheet where it exists. Hidden until
 * public/enhance.js runs, which does both; the plain share links beside these work without it.
 */
export function ShareButtons({ url, title, labels }: Props) {
  const buttonClass =
    'rounded-full border border-neutral-300 px-3 py-1.5 font-semibold hover:border-brand hover:text-brand dark:border-neutral-600';
  return (
    <div data-share="" data-url={url} data-title={title} hidden className="contents">
      <ul className="flex flex-wrap items-center gap-2">
        <li>
          <button type="button" data-share-copy="" className={buttonClass}>
            {labels.copyLink}
          </button>
        </li>
        <li data-share-native="" hidden>
          <button type="button" className={buttonClass}>
            {labels.shareNative}
          </button>
        </li>
      </ul>
      {/* What the script writes here: the confirmation, or the link to copy by hand. */}
      <p
        role="status"
        data-share-status=""
        data-copied={labels.linkCopied}
        data-copied-class="font-semibold text-green-800 dark:text-green-300"
        data-fallback={labels.copyFallback}
        data-fallback-class="flex flex-wrap items-center gap-2"
        data-input-class="min-w-0 flex-1 rounded border border-neutral-400 bg-white px-2 py-1 dark:bg-neutral-900"
        className="basis-full empty:hidden"
      />
    </div>
  );
}
