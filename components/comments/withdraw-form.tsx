type Props = {
  token: string;
  /** The second step: the reader has asked once and now confirms. */
  confirming: boolean;
  statusUrl: string;
  labels: { withdraw: string; confirmBody: string; confirm: string; cancel: string };
  action: (form: FormData) => Promise<never>;
};

/**
 * Withdrawing a comment from its status page, in two steps so one stray click erases nothing:
 * a plain GET form asks, a second form confirms. Both work without JavaScript.
 */
export function WithdrawForm({ token, confirming, statusUrl, labels, action }: Props) {
  if (!confirming) {
    return (
      <form method="get" action={statusUrl} className="mt-8">
        <input type="hidden" name="withdraw" value="confirm" />
        <button
          type="submit"
          className="rounded border border-neutral-400 px-3 py-1 font-semibold dark:border-neutral-600"
        >
          {labels.withdraw}
        </button>
      </form>
    );
  }
  return (
    <form action={action} className="mt-8 rounded border-2 border-red-700 p-4">
      <input type="hidden" name="token" value={token} />
      <p>{labels.confirmBody}</p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-red-700 px-3 py-1 font-semibold text-white">
          {labels.confirm}
        </button>
        <a href={statusUrl} className="underline">
          {labels.cancel}
        </a>
      </div>
    </form>
  );
}
