'use client';

import { useActionState } from 'react';
import type { SignInFormState } from './form-state';

type Props = {
  action: (state: SignInFormState, form: FormData) => Promise<SignInFormState>;
  labels: { username: string; password: string; submit: string; submitting: string };
};

const inputClass =
  'mt-1 block w-full rounded border border-neutral-400 bg-white px-3 py-2 dark:border-neutral-600 dark:bg-neutral-900';

export function SignInForm({ action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  return (
    <form action={formAction} className="mt-6 space-y-4">
      {state.status === 'error' && (
        <p
          role="alert"
          className="rounded border border-red-700 bg-red-50 p-3 font-semibold text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {state.message}
        </p>
      )}
      <div>
        <label htmlFor="username" className="font-semibold">
          {labels.username}
        </label>
        <input
          id="username"
          name="username"
          required
          autoComplete="username"
          defaultValue={state.status === 'error' ? state.username : ''}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="password" className="font-semibold">
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          required
          autoComplete="current-password"
          className={inputClass}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-neutral-900 px-5 py-2.5 font-semibold text-white disabled:opacity-60 dark:bg-neutral-100 dark:text-neutral-900"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
