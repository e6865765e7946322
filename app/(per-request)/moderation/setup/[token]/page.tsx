import { setupAction } from '@/components/moderation/actions';
import { SetupForm } from '@/components/moderation/setup-form';
import { connection } from 'next/server';
import { FormMessage } from '@/components/forms/field';
import { checkSetupLink, minimumPasswordLength } from '@/lib/auth';
import { consoleMessages as t } from '@/lib/messages';

export default function SetupPage({ params }: PageProps<'/moderation/setup/[token]'>) {
  return (
    <div className="mx-auto max-w-md py-8">
      <h1 className="text-2xl font-bold">{t.setupTitle}</h1>
      <p className="mt-2">{t.setupIntro}</p>
      <Form params={params} />
    </div>
  );
}

// A used, expired or wrong link shows why instead of a form. The token is checked again when
// the form is sent (before any hashing), and once more atomically with creating the account.
async function Form({ params }: Pick<PageProps<'/moderation/setup/[token]'>, 'params'>) {
  await connection(); // whether the link still works changes when an account is made
  const { token } = await params;
  if ((await checkSetupLink(token)) !== 'valid')
    return (
      <div className="mt-6">
        <FormMessage tone="error">{t.setupInvalid}</FormMessage>
      </div>
    );
  return (
    <SetupForm
      token={token}
      action={setupAction}
      labels={{
        username: t.username,
        usernameRule: t.usernameRule,
        password: t.password,
        passwordRule: `At least ${minimumPasswordLength} characters; a passphrase of several words is best.`,
        confirm: t.confirmPassword,
        submit: t.createAccount,
      }}
    />
  );
}
