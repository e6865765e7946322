'use client';

import { useActionState, useId } from 'react';
import type { ReportFormState } from './form-state';

type Props = {
  commentId: number;
  labels: { reasonLabel: string; send: string };
  reasons: { value: string; label: string }[];
  action: (state: ReportFormState, form: FormData) => Promise<ReportFormState>;
};

/** Reporting a comment: a reason and a button, usable without JavaScript. */
export function ReportForm({ commentId, labels, reasons, action }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const id = useId();
  if (state.status !== 'idle' && state.status !== 'error') {
    return (
      <p role="status" className="font-semibold">
        {state.message}
      </p>
    );
  }
  return (
    <form action={formAction} className="mt-2 flex flex-wrap items-end gap-2">
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
        disabled={pending}
        className="rounded border border-neutral-400 px-3 py-1 font-semibold dark:border-neutral-600"
      >
        {labels.send}
      </button>
      {state.status === 'error' && (
        <p role="alert" className="w-full text-red-800 dark:text-red-300">
          {state.message}
        </p>
      )}
    </form>
  );
}
