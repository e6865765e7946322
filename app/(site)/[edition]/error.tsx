'use client';

import { defaultEdition } from '@/lib/editions';
import { getMessages } from '@/lib/messages';
import { routes } from '@/lib/routes';

/** Shown when a page fails to render: a plain apology, a retry, and the way home. */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const messages = getMessages();
  return (
    <div className="mx-auto max-w-2xl py-16 text-center">
      <h1 className="font-serif text-4xl font-bold">{messages.errorTitle}</h1>
      <p className="mt-4 text-lg text-neutral-600 dark:text-neutral-400">{messages.errorBody}</p>
      <p className="mt-8 flex justify-center gap-6 font-sans font-semibold">
        <button type="button" onClick={reset} className="underline underline-offset-4">
          {messages.tryAgain}
        </button>
        <a
          href={routes.home(defaultEdition)}
          className="text-brand underline underline-offset-4 dark:text-brand-dark"
        >
          {messages.backToFront}
        </a>
      </p>
    </div>
  );
}
