import type { SectionArticlesPage, TopicArticlesPage } from '@/lib/pages/list-pages';
import { getMessages } from '@/lib/messages';
import { routes } from '@/lib/routes';
import { listSections } from '@/lib/sections';
import { ArticleListPage } from './article-list-page';

/** Any page of a section's articles. */
export function SectionListing({ found, lang }: { found: SectionArticlesPage; lang: string }) {
  const messages = getMessages(lang);
  return (
    <ArticleListPage
      kind={messages.sectionLabel}
      title={found.section.name}
      description={found.section.description}
      page={found.page}
      sections={listSections(lang)}
      messages={messages}
      hrefFor={(n) => routes.section(found.section.slug, lang, n)}
    />
  );
}

/** Any page of a topic's articles. */
export function TopicListing({ found, lang }: { found: TopicArticlesPage; lang: string }) {
  const messages = getMessages(lang);
  return (
    <ArticleListPage
      kind={messages.topicLabel}
      title={found.topic.name}
      page={found.page}
      sections={listSections(lang)}
      messages={messages}
      hrefFor={(n) => routes.topic(found.topic.slug, lang, n)}
    />
  );
}
