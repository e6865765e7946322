import { LatestArticles } from '@/components/article-list/latest-articles';
import { listArticles } from '@/lib/articles';
import { getMessages } from '@/lib/messages';
import { paginate } from '@/lib/pagination';
import { listSections } from '@/lib/sections';
import { getSite } from '@/lib/site';
import { routes } from '@/lib/routes';

export default async function FrontPage() {
  const site = getSite();
  const page = paginate(await listArticles(), 1, site.pageSize);
  const messages = getMessages(site.defaultLanguage);
  if (!page) return null;
  return (
    <>
      <h1 className="sr-only">{site.name}</h1>
      <LatestArticles
        page={page}
        sections={listSections()}
        messages={messages}
        hrefFor={routes.frontPage}
      />
    </>
  );
}
