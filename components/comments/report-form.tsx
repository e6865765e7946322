import { useId } from 'react';

type Props = {
  commentId: number;
  labels: { reasonLabel: string; send: string };
  reasons: { value: string; label: string }[];
  action: (form: FormData) => Promise<never>;
};

/** Reporting a comment: a reason and a button. A plain form, the same with or without JavaScript. */
export function ReportForm({ commentId, labels, reasons, action }: Props) {
  const id = useId();
  return (
    <form action={action} className="mt-2 flex flex-wrap items-end gap-2">
      <input type="hidden" name="commentId" value={commentId} />
      <div>
        <label htmlFor={`${id}-reason`} className="block">
          {labels.reasonLabel}
        </label>
        <select
          id={`${id}-reason`}
          name="reason"
          required
          className="mt-1 rounded border border-neutral-400 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900"
        >
          {reasons.map((reason) => (
            <option key={reason.value} value={reason.value}>
              {reason.label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded border border-neutral-400 px-3 py-1 font-semibold dark:border-neutral-600"
      >
        {labels.send}
      </button>
    </form>
  );
}
