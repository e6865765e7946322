import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site/config';
import { getReadingStats, type Article, type ImageSize } from '@/lib/articles';
import type { Messages } from '@/lib/messages';
import { editionFor, textDirection } from '@/lib/editions';
import type { Section } from '@/lib/sections';
import { ArticleMeta } from './article-meta';
import { HeroImage } from './hero-image';
import { TextSizeControls } from './text-size-controls';

type Props = {
  article: Article;
  html: string;
  section: Section | undefined;
  imageSize: ImageSize | undefined;
  messages: Messages;
  /** The same story in the site's other languages, for "Read in". */
  translations: readonly Article[];
};

export function ArticleView({ article, html, section, imageSize, messages, translations }: Props) {
  return (
    <article lang={article.lang} dir={textDirection(article.lang)} className="mx-auto max-w-3xl">
      {article.draft && (
        <p
          role="note"
          className="mb-4 rounded border border-amber-400 bg-amber-50 px-3 py-2 font-sans text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          {messages.draft}
        </p>
      )}
      <header className="border-b border-neutral-200 pb-4 dark:border-neutral-800">
        {section && (
          <p className="mb-2 font-sans text-sm font-bold tracking-wide text-brand uppercase dark:text-brand-dark">
            <a href={routes.section(section.slug, article.lang)} className="hover:underline">
              {section.name}
            </a>
          </p>
        )}
        <h1 className="font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl lg:text-5xl">
          {article.title}
        </h1>
        {article.standfirst && (
          <p className="mt-3 font-serif text-xl leading-snug text-neutral-700 dark:text-neutral-300">
            {article.standfirst}
          </p>
        )}
        <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
          <ArticleMeta
            date={article.date}
            updated={article.updated}
            source={article.source}
            author={article.author}
            readingMinutes={getReadingStats(article).readingMinutes}
            messages={messages}
            lang={article.lang}
          />
          <TextSizeControls
            labels={{
              group: messages.textSize,
              increase: messages.increaseTextSize,
              decrease: messages.decreaseTextSize,
            }}
          />
        </div>
        {translations.length > 0 && <ReadIn translations={translations} label={messages.readIn} />}
      </header>
      {/* On paper the link is gone: the address is printed instead, for finding it again. */}
      <p className="hidden font-sans text-sm print:block" dir="ltr">
        {absoluteUrl(routes.article(article.slug, article.lang))}
      </p>
      {article.image && imageSize && <HeroImage image={article.image} size={imageSize} priority />}
      <div
        className="reader-text prose prose-neutral mt-6 max-w-none font-serif leading-relaxed dark:prose-invert prose-a:text-brand prose-a:underline-offset-2 dark:prose-a:text-brand-dark"
        dangerouslySetInnerHTML={{ __html: html }}
      />
      {article.tags.length > 0 && (
        <footer className="mt-10 border-t border-neutral-200 pt-4 dark:border-neutral-800">
          <h2 className="sr-only">{messages.tags}</h2>
          <ul className="flex flex-wrap gap-2 font-sans text-sm">
            {article.tags.map((tag) => (
              <li key={tag}>
                <a
                  href={routes.topic(tag, article.lang)}
                  className="block rounded-full bg-neutral-100 px-3 py-1 text-neutral-700 hover:bg-neutral-200 dark:bg-neutral-800 dark:text-neutral-200 dark:hover:bg-neutral-700"
                >
                  {tag}
                </a>
              </li>
            ))}
          </ul>
        </footer>
      )}
    </article>
  );
}

/** "Read in: کوردی · العربية": each version's language named in its own script and direction. */
function ReadIn({ translations, label }: { translations: readonly Article[]; label: string }) {
  return (
    <nav aria-label={label} className="mt-3 font-sans text-sm print:hidden">
      <span className="font-semibold">{label}:</span>{' '}
      <ul className="inline">
        {translations.map((version, index) => {
          const edition = editionFor(version.lang);
          return (
            <li key={version.slug} className="inline">
              {index > 0 && <span aria-hidden="true"> · </span>}
              <a
                href={routes.article(version.slug, version.lang)}
                hrefLang={edition.code}
                lang={edition.code}
                dir={edition.dir}
                className="text-brand underline underline-offset-2 dark:text-brand-dark"
              >
                {edition.name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
