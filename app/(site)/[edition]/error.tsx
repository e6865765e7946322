'use client';

import { useParams } from 'next/navigation';
import { defaultEdition, findEdition } from '@/lib/editions';
import { errorPageText } from '@/lib/messages/error-page';
import { routes } from '@/lib/routes';

/** Shown when a page fails to render: a plain apology, a retry, and the way home, in the edition's language. */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const params = useParams<{ edition?: string }>();
  const code = findEdition(params.edition ?? '')?.code ?? defaultEdition;
  const text = errorPageText[code];
  return (
    <div className="mx-auto max-w-2xl py-16 text-center">
      <h1 className="font-serif text-4xl font-bold">{text.errorTitle}</h1>
      <p className="mt-4 text-lg text-neutral-600 dark:text-neutral-400">{text.errorBody}</p>
      <p className="mt-8 flex justify-center gap-6 font-sans font-semibold">
        <button type="button" onClick={reset} className="underline underline-offset-4">
          {text.tryAgain}
        </button>
        <a
          href={routes.home(code)}
          className="text-brand underline underline-offset-4 dark:text-brand-dark"
        >
          {text.backToFront}
        </a>
      </p>
    </div>
  );
}
