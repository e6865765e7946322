'use client';

import { useActionState } from 'react';
import { Field, FormMessage, inputClass } from '../forms/field';
import { SubmitButton } from '../forms/submit-button';
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

export function SetupForm({ token, action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const error = state.status === 'error' ? state : undefined;
  const errorFor = (field: 'username' | 'password' | 'confirm') =>
    error?.field === field ? error.message : undefined;
  return (
    <form action={formAction} className="mt-6 space-y-4">
      {error && !error.field && <FormMessage tone="error">{error.message}</FormMessage>}
      <input type="hidden" name="token" value={token} />
      <Field
        id="username"
        label={labels.username}
        hint={labels.usernameRule}
        error={errorFor('username')}
      >
        {(control) => (
          <input
            {...control}
            name="username"
            required
            autoComplete="username"
            defaultValue={error?.username}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        id="password"
        label={labels.password}
        hint={labels.passwordRule}
        error={errorFor('password')}
      >
        {(control) => (
          <input
            {...control}
            name="password"
            type="password"
            required
            autoComplete="new-password"
            className={inputClass}
          />
        )}
      </Field>
      <Field id="confirm" label={labels.confirm} error={errorFor('confirm')}>
        {(control) => (
          <input
            {...control}
            name="confirm"
            type="password"
            required
            autoComplete="new-password"
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
