import type { Element, Root as HastRoot } from 'hast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Link and image protocols an article may use; anything else (javascript:, data:, vbscript:) is removed. */
export const allowedProtocols = ['http', 'https', 'mailto', 'tel'] as const;

/** The sanitizer's allowlist: every tag and attribute an article's HTML may contain (tests check against it). */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // remark-rehype already prefixes the only ids an article can have (footnotes, with their
  // links); prefixing them again here broke every footnote link. Raw HTML, the way a writer could
  // set an id of their own, never reaches this point.
  clobberPrefix: '',
  protocols: {
    ...defaultSchema.protocols,
    href: [...allowedProtocols],
    cite: ['http', 'https'],
    src: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
};

export type RenderOptions = {
  /** Printed at the start of the first paragraph, as newspapers do: "ERBIL, Kurdistan Region - ". */
  dateline?: string;
};

/**
 * Markdown to HTML that is safe to put on the page. Raw HTML is never passed through
 * (remark-rehype drops it) and the sanitizer strips scripts, event handlers and unsafe URLs
 * even if a later change lets raw HTML in.
 */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeSanitize, sanitizeSchema)
      // After sanitizing: these add our own trusted markup, which the sanitizer would strip.
      .use(rehypeDateline, options.dateline)
      .use(rehypeLazyImages)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

export function parseMarkdown(markdown: string): MdastRoot {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

function rehypeDateline(dateline: string | undefined) {
  return (tree: HastRoot) => {
    if (!dateline) return;
    const first = tree.children.find(
      (node): node is Element => node.type === 'element' && node.tagName === 'p',
    );
    first?.children.unshift(
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['dateline'] },
        children: [{ type: 'text', value: `${dateline} -` }],
      },
      { type: 'text', value: ' ' },
    );
  };
}

function rehypeLazyImages() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'img') {
        node.properties.loading = 'lazy';
        node.properties.decoding = 'async';
      }
    });
  };
}
