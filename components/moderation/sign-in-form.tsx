'use client';

import { useActionState } from 'react';
import { Field, FormMessage, inputClass } from '../forms/field';
import { SubmitButton } from '../forms/submit-button';
import type { SignInFormState } from './form-state';

type Props = {
  action: (state: SignInFormState, form: FormData) => Promise<SignInFormState>;
  labels: { username: string; password: string; submit: string; submitting: string };
};

export function SignInForm({ action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  return (
    <form action={formAction} className="mt-6 space-y-4">
      {state.status === 'error' && <FormMessage tone="error">{state.message}</FormMessage>}
      <Field id="username" label={labels.username}>
        {(control) => (
          <input
            {...control}
            name="username"
            required
            autoComplete="username"
            defaultValue={state.status === 'error' ? state.username : ''}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="password" label={labels.password}>
        {(control) => (
          <input
            {...control}
            name="password"
            type="password"
            required
            autoComplete="current-password"
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton pending={pending}>{pending ? labels.submitting : labels.submit}</SubmitButton>
    </form>
  );
}
