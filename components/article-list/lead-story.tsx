import { routes } from '@/lib/routes';
import { HeroImage } from '@/components/article/hero-image';
import type { Article, ImageSize } from '@/lib/articles';
import { formatDisplayDate } from '@/lib/text/dates';
import type { Messages } from '@/lib/messages';
import type { Section } from '@/lib/sections';

type Props = {
  article: Article;
  section: Section | undefined;
  imageSize: ImageSize | undefined;
  messages: Messages;
};

export function LeadStory({ article, section, imageSize, messages }: Props) {
  const hasImage = article.image !== undefined && imageSize !== undefined;
  return (
    <article
      lang={article.lang}
      aria-labelledby="lead-story-title"
      className={hasImage ? 'grid gap-6 lg:grid-cols-[3fr_2fr] lg:items-center' : 'max-w-3xl'}
    >
      {article.image && imageSize && (
        <div className="order-2 lg:order-1">
          <HeroImage
            image={{ src: article.image.src, alt: article.image.alt }}
            size={imageSize}
            priority
          />
        </div>
      )}
      <div className="order-1 lg:order-2">
        <p className="font-sans text-xs font-bold tracking-wide text-neutral-600 uppercase dark:text-neutral-400">
          <span className="sr-only">{messages.leadStory}: </span>
          {section && (
            <a
              href={routes.section(section.slug, article.lang)}
              className="text-brand underline underline-offset-2 hover:decoration-2 dark:text-brand-dark"
            >
              {section.name}
            </a>
          )}
          {section && ' · '}
          <time dateTime={article.date}>{formatDisplayDate(article.date, article.lang)}</time>
        </p>
        <h2
          id="lead-story-title"
          className="mt-2 font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl"
        >
          <a
            href={routes.article(article.slug, article.lang)}
            className="hover:text-brand hover:underline dark:hover:text-brand-dark"
          >
            {article.title}
          </a>
        </h2>
        <p className="mt-3 font-serif text-lg text-neutral-700 dark:text-neutral-300">
          {article.summary}
        </p>
      </div>
    </article>
  );
}
