'use client';

import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { FormMessage } from '../forms/field';
import type { ConsoleFormState } from './form-state';
import { RejectReason } from './reject-reason';

type Props = {
  action: (state: ConsoleFormState, form: FormData) => Promise<ConsoleFormState>;
  labels: {
    selectAll: string;
    bulkApprove: string;
    bulkReject: string;
    rejectReason: string;
    chooseReason: string;
    shortcuts: string;
  };
  categories: { value: string; label: string }[];
  /** Whether the bulk buttons apply to this queue (not to rejected comments, say). */
  bulk: { approve: boolean; reject: boolean };
  /** The queue shown: a decision applies only to comments still in it when it arrives. */
  queue: string;
  children: ReactNode;
};

/**
 * The queue as one form: each comment's buttons submit it with their own intent, the bulk
 * buttons with the ticked comments. Keyboard: j / k move, a approves, r goes to the reason.
 */
export function QueueForm({ action, labels, categories, bulk, queue, children }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const items = () => [...form.querySelectorAll<HTMLElement>('[data-queue-item]')];
    const current = () =>
      document.activeElement instanceof HTMLElement
        ? document.activeElement.closest<HTMLElement>('[data-queue-item]')
        : null;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (
        target instanceof HTMLSelectElement &&
        event.key === 'Enter' &&
        target.dataset.shortcut === 'reject-reason'
      ) {
        event.preventDefault();
        target
          .closest('[data-queue-item]')
          ?.querySelector<HTMLButtonElement>('[data-shortcut="reject"]')
          ?.click();
        return;
      }
      if (target instanceof HTMLInputElement && target.type !== 'checkbox') return;
      if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
      const list = items();
      const here = current();
      const index = here ? list.indexOf(here) : -1;
      if (event.key === 'j' || event.key === 'k') {
        event.preventDefault();
        const next =
          list[Math.min(list.length - 1, Math.max(0, index + (event.key === 'j' ? 1 : -1)))] ??
          list[0];
        next?.focus();
        next?.scrollIntoView({ block: 'nearest' });
      } else if (event.key === 'a' && here) {
        event.preventDefault();
        here.querySelector<HTMLButtonElement>('[data-shortcut="approve"]')?.click();
      } else if (event.key === 'r' && here) {
        event.preventDefault();
        here.querySelector<HTMLSelectElement>('[data-shortcut="reject-reason"]')?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const selectAll = (checked: boolean) =>
    formRef.current?.querySelectorAll<HTMLInputElement>('input[name="ids"]').forEach((box) => {
      box.checked = checked;
    });

  return (
    <form ref={formRef} action={formAction} aria-busy={pending} className="mt-4">
      <input type="hidden" name="queue" value={queue} />
      <p className="text-sm text-neutral-600 dark:text-neutral-400">{labels.shortcuts}</p>
      {state.status !== 'idle' && (
        <div className="mt-3">
          <FormMessage tone={state.status === 'error' ? 'error' : 'success'}>
            {state.message}
          </FormMessage>
        </div>
      )}
      {(bulk.approve || bulk.reject) && (
        <div className="mt-3 flex flex-wrap items-end gap-3 rounded bg-neutral-100 p-3 dark:bg-neutral-900">
          <label className="flex items-center gap-2">
            <input type="checkbox" onChange={(event) => selectAll(event.target.checked)} />
            {labels.selectAll}
          </label>
          {bulk.approve && (
            <button
              type="submit"
              name="intent"
              value="bulk-approve"
              className="rounded bg-green-800 px-3 py-1.5 font-semibold text-white"
            >
              {labels.bulkApprove}
            </button>
          )}
          {bulk.reject && (
            <>
              <RejectReason
                name="bulk-category"
                label={labels.rejectReason}
                placeholder={labels.chooseReason}
                categories={categories}
              />
              <button
                type="submit"
                name="intent"
                value="bulk-reject"
                className="rounded bg-red-800 px-3 py-1.5 font-semibold text-white"
              >
                {labels.bulkReject}
              </button>
            </>
          )}
        </div>
      )}
      {children}
    </form>
  );
}
