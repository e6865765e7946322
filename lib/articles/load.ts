import 'server-only';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  contentPath,
  detachedText,
  displayPath,
  parseFrontMatter,
  problemsFromIssues,
  readUtf8,
  type ContentProblem,
} from '../content';
import { toInstant } from '../text/dates';
import type { Section } from '../sections';
import {
  frontMatterFields,
  frontMatterSchema,
  imageFields,
  slugProblem,
  type FrontMatter,
} from './schema';
import { deriveSummary } from './text';

export type Article = Omit<FrontMatter, 'summary'> & {
  slug: string;
  /** Where the article came from, as shown in error messages. */
  file: string;
  /**
   * The file's absolute path. The body is read from it when the article is shown
   * (`readArticleBody`), not kept: on a 10,000-article site the bodies, and the whole files
   * their slices pointed into, were about 36 MB of the server's heap.
   */
  path: string;
  /** Line of the file on which the body starts, so body problems can name a file line. */
  bodyStartLine: number;
  /** The front-matter summary, or the first paragraph when none is given. */
  summary: string;
  /** The summary the editor wrote, shown under the headline; absent when the summary is derived. */
  standfirst: string | undefined;
  /** `date` as milliseconds since the epoch, for ordering and embargo checks. */
  publishedAt: number;
};

export type LoadResult = { articles: Article[]; problems: ContentProblem[] };

/** Reads and validates every article file. Problems are collected, never thrown, so all are reported at once. */
export function loadArticles(
  sections: readonly Section[],
  folder: string = contentPath('articles'),
): LoadResult {
  return startArticleLoad(sections, folder).finish();
}

/**
 * A read of the articles folder that can be done a few files at a time: the server reads at
 * start-up with `readSome` between turns of the event loop, and a page that needs the articles
 * before that is done calls `finish`, which reads the rest at once. Pages never wait on the
 * event loop for articles: under Cache Components, that would make them dynamic.
 */
export type ArticleLoad = {
  /** Reads up to `count` more files; true when every file is read. */
  readSome: (count: number) => boolean;
  /** Reads whatever is left and returns the result (the same one on every call). */
  finish: () => LoadResult;
};

export function startArticleLoad(
  sections: readonly Section[],
  folder: string = contentPath('articles'),
): ArticleLoad {
  const problems: ContentProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    const missing: LoadResult = {
      articles: [],
      problems: [
        {
          file: displayPath(folder),
          field: 'file',
          message: 'folder is missing: articles live in content/articles/<slug>.md',
        },
      ],
    };
    return { readSome: () => true, finish: () => missing };
  }
  const schema = frontMatterSchema(sections.map((section) => section.slug));
  const articles: Article[] = [];
  // The folder's shown path is worked out once: per file it was a measurable part of a cold
  // listing of 10,000 articles.
  const shownFolder = displayPath(folder);
  const read = (name: string) => {
    // Dotfiles are editor and OS litter (.DS_Store, .swp), never articles.
    if (name.startsWith('.')) return;
    const absolute = path.join(folder, name);
    const file =
      shownFolder === ''
        ? name
        : path.isAbsolute(shownFolder)
          ? path.join(shownFolder, name)
          : `${shownFolder}/${name}`;
    if (!name.endsWith('.md')) {
      problems.push({
        file,
        field: 'file',
        message: 'is not an article: article files are named <slug>.md',
      });
      return;
    }
    const result = loadArticle(absolute, file, name.slice(0, -3), schema);
    problems.push(...result.problems);
    if (result.article) articles.push(result.article);
  };
  let next = 0;
  let result: LoadResult | undefined;
  const readSome = (count: number) => {
    const end = Math.min(names.length, next + count);
    for (; next < end; next += 1) read(names[next] as string);
    return next >= names.length;
  };
  return {
    readSome,
    finish: () => {
      if (result) return result;
      readSome(names.length);
      problems.push(...crossCheck(articles));
      result = { articles, problems };
      return result;
    },
  };
}

function loadArticle(
  absolute: string,
  file: string,
  slug: string,
  schema: ReturnType<typeof frontMatterSchema>,
): { article?: Article; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const badSlug = slugProblem(slug);
  if (badSlug) problems.push({ file, field: 'file', message: badSlug });

  const read = readUtf8(absolute);
  if (!read.ok) return { problems: [...problems, read.problem] };
  const parsed = parseFrontMatter(read.text, file);
  if (!parsed.ok) return { problems: [...problems, parsed.problem] };

  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    problems.push(
      ...problemsFromIssues(file, result.error.issues, {
        '': frontMatterFields,
        image: imageFields,
      }),
    );
  }
  if (parsed.body.trim() === '')
    problems.push({
      file,
      field: 'body',
      message: 'is empty: write the article text after the closing ---',
    });
  if (
    result.success &&
    result.data.image &&
    !existsSync(path.join(process.cwd(), 'public', result.data.image.src))
  ) {
    problems.push({
      file,
      field: 'image.src',
      message: `file public${result.data.image.src} does not exist`,
    });
  }
  if (!result.success || problems.length > 0) return { problems };

  const data = result.data;
  // No field may be a slice of the file's text, which would keep the whole file in memory for
  // as long as the article is listed: the front matter's values are slices of a copy of its own
  // block (parseFrontMatter), and a summary taken from the body is copied here.
  const article: Article = {
    ...data,
    slug,
    file,
    path: path.resolve(absolute),
    bodyStartLine: parsed.bodyStartLine,
    summary: data.summary ?? detachedText(deriveSummary(parsed.body)),
    standfirst: data.summary,
    publishedAt: toInstant(data.date),
  };
  return { problems, article };
}

/**
 * The article's Markdown body exactly as written, read from its file. In production the files
 * are the ones `npm run build` read (`npm start` builds again when they change); a file that
 * can no longer be read as an article is an error naming it.
 */
export function readArticleBody(article: Pick<Article, 'file' | 'path'>): string {
  const read = readUtf8(article.path);
  const parsed = read.ok ? parseFrontMatter(read.text, article.file) : read;
  if (!parsed.ok)
    throw new Error(`${article.file}: ${parsed.problem.field}: ${parsed.problem.message}`);
  return parsed.body;
}

/**
 * Rules that span files: an old URL must lead to exactly one article, and a story has at most
 * one version per language and at least one other version to link to.
 */
function crossCheck(articles: readonly Article[]): ContentProblem[] {
  return [...aliasProblems(articles), ...storyProblems(articles)];
}

function storyProblems(articles: readonly Article[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const stories = new Map<string, Article[]>();
  for (const article of articles) {
    if (article.story === undefined) continue;
    stories.set(article.story, [...(stories.get(article.story) ?? []), article]);
  }
  for (const [story, versions] of stories) {
    if (versions.length === 1) {
      const [only] = versions as [Article];
      problems.push({
        file: only.file,
        field: 'story',
        message: `"${story}" links to translations that do not exist: no other article has this story key (check its spelling, or remove it until a translation is written)`,
      });
      continue;
    }
    const byLanguage = new Map<string, Article>();
    for (const version of versions) {
      const first = byLanguage.get(version.lang);
      if (first) {
        problems.push({
          file: version.file,
          field: 'story',
          message: `"${story}" already has a ${version.lang} version (${first.slug}.md): a story has one article per language`,
        });
      } else {
        byLanguage.set(version.lang, version);
      }
    }
  }
  return problems;
}

function aliasProblems(articles: readonly Article[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const slugs = new Set(articles.map((article) => article.slug));
  const aliasOwner = new Map<string, Article>();
  for (const article of articles) {
    for (const alias of article.aliases) {
      if (alias === article.slug) {
        problems.push({
          file: article.file,
          field: 'aliases',
          message: `"${alias}" is this article's own slug`,
        });
      } else if (slugs.has(alias)) {
        problems.push({
          file: article.file,
          field: 'aliases',
          message: `"${alias}" is the slug of another article (${alias}.md)`,
        });
      }
      const owner = aliasOwner.get(alias);
      if (owner) {
        problems.push({
          file: article.file,
          field: 'aliases',
          message: `"${alias}" is also an alias of ${owner.slug}.md`,
        });
      } else {
        aliasOwner.set(alias, article);
      }
    }
  }
  return problems;
}
