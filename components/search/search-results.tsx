import { ArticleCard } from '@/components/article-list/article-card';
import type { SearchHit } from '@/lib/search';
import type { Section } from '@/lib/sections';
import { Highlighted } from './highlighted';

type Props = { hits: readonly SearchHit[]; sections: readonly Section[]; label: string };

/** One page of results, best first: headline, section and date, and the words around the match. */
export function SearchResults({ hits, sections, label }: Props) {
  return (
    <ol aria-label={label} className="mt-6 flex max-w-3xl flex-col gap-6">
      {hits.map(({ article, title, excerpt }) => (
        <li key={article.slug}>
          <ArticleCard
            article={article}
            section={sections.find((section) => section.slug === article.section)}
            headingLevel={2}
            title={<Highlighted segments={title} />}
            summary={<Highlighted segments={excerpt} />}
          />
        </li>
      ))}
    </ol>
  );
}
