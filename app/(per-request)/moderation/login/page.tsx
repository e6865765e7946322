import { redirect } from 'next/navigation';
import { signInAction } from '@/components/moderation/actions';
import { SignInForm } from '@/components/moderation/sign-in-form';
import { consoleMessages as t } from '@/lib/messages';
import { routes } from '@/lib/routes';
import { getModerationConsole } from '@/lib/moderation';
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
  const moderation = await getModerationConsole();
  if (await moderation.whoIs(await currentModeratorRequest())) redirect(routes.moderation());
  return null;
}
