import { redirect } from 'next/navigation';
import { signInAction } from '@/components/moderation/actions';
import { SignInForm } from '@/components/moderation/sign-in-form';
import { consoleMessages as t } from '@/lib/messages';
import { getModerationConsole } from '@/lib/moderation/console';
import { currentModeratorRequest } from '@/lib/request/context';

export default function SignInPage() {
  return (
    <div className="mx-auto max-w-sm py-8">
      <h1 className="text-2xl font-bold">{t.signInTitle}</h1>
      <AlreadySignedIn />
      <SignInForm
        action={signInAction}
        labels={{
          username: t.username,
          password: t.password,
          submit: t.signIn,
          submitting: t.signingIn,
        }}
      />
    </div>
  );
}

async function AlreadySignedIn() {
  const console = await getModerationConsole();
  if (await console.whoIs(await currentModeratorRequest())) redirect('/moderation');
  return null;
}
