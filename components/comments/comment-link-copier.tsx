/**
 * "Copy link" under each comment is a plain link to its permalink (#comment-<id>), which works
 * without JavaScript; with it, public/enhance.js copies the full URL instead and says so here.
 */
export function CommentLinkCopier({ copiedLabel }: { copiedLabel: string }) {
  return (
    <p
      role="status"
      data-link-copied={copiedLabel}
      className="fixed inset-x-0 bottom-4 mx-auto w-fit rounded bg-neutral-900 px-4 py-2 font-sans text-sm font-semibold text-white empty:hidden dark:bg-neutral-100 dark:text-neutral-900"
    />
  );
}
