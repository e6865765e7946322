'use client';

import { useActionState } from 'react';
import type { SetupFormState } from './form-state';

type Props = {
  token: string;
  action: (state: SetupFormState, form: FormData) => Promise<SetupFormState>;
  labels: {
    username: string;
    usernameRule: string;
    password: string;
    passwordRule: string;
    confirm: string;
    submit: string;
  };
};

const inputClass =
  'mt-1 block w-full rounded border border-neutral-400 bg-white px-3 py-2 dark:border-neutral-600 dark:bg-neutral-900';

export function SetupForm({ token, action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const error = state.status === 'error' ? state : undefined;
  return (
    <form action={formAction} className="mt-6 space-y-4">
      {error && !error.field && (
        <p
          role="alert"
          className="rounded border border-red-700 bg-red-50 p-3 font-semibold text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {error.message}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="username" className="font-semibold">
          {labels.username}
        </label>
        <input
          id="username"
          name="username"
          required
          autoComplete="username"
          defaultValue={error?.username}
          aria-describedby="username-hint"
          aria-invalid={error?.field === 'username'}
          className={inputClass}
        />
        <p id="username-hint" className="mt-1 text-sm">
          {labels.usernameRule}
        </p>
        {error?.field === 'username' && (
          <p role="alert" className="mt-1 text-sm font-semibold text-red-800 dark:text-red-300">
            {error.message}
          </p>
        )}
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
          autoComplete="new-password"
          aria-describedby="password-hint"
          aria-invalid={error?.field === 'password'}
          className={inputClass}
        />
        <p id="password-hint" className="mt-1 text-sm">
          {labels.passwordRule}
        </p>
        {error?.field === 'password' && (
          <p role="alert" className="mt-1 text-sm font-semibold text-red-800 dark:text-red-300">
            {error.message}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="confirm" className="font-semibold">
          {labels.confirm}
        </label>
        <input
          id="confirm"
          name="confirm"
          type="password"
          required
          autoComplete="new-password"
          aria-invalid={error?.field === 'confirm'}
          className={inputClass}
        />
        {error?.field === 'confirm' && (
          <p role="alert" className="mt-1 text-sm font-semibold text-red-800 dark:text-red-300">
            {error.message}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-neutral-900 px-5 py-2.5 font-semibold text-white disabled:opacity-60 dark:bg-neutral-100 dark:text-neutral-900"
      >
        {labels.submit}
      </button>
    </form>
  );
}
