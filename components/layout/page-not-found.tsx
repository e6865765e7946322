// The 404 page body, for unknown articles, sections and topics and for URLs that match no route.
import { defaultEdition, textDirection } from '@/lib/editions';
import { getMessages } from '@/lib/messages';
import { routes } from '@/lib/routes';

/**
 * In the edition's language when the page knows it (a comment page does); otherwise in the
 * default edition's, marked as such, since a not-found page cannot read the URL's edition.
 */
export function PageNotFound({ lang = defaultEdition }: { lang?: string }) {
  const messages = getMessages(lang);
  return (
    <div lang={lang} dir={textDirection(lang)} className="mx-auto max-w-2xl py-16 text-center">
      <p className="font-sans text-sm font-bold tracking-wide text-brand uppercase dark:text-brand-dark">
        404
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold">{messages.notFoundTitle}</h1>
      <p className="mt-4 text-lg text-neutral-600 dark:text-neutral-400">{messages.notFoundBody}</p>
      <p className="mt-8">
        <a
          href={routes.home(lang)}
          className="font-sans font-semibold text-brand underline underline-offset-4 dark:text-brand-dark"
        >
          {messages.backToFront}
        </a>
      </p>
    </div>
  );
}
