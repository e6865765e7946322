// @vitest-environment jsdom
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { allowedProtocols, renderMarkdown, sanitizeSchema } from '@/lib/articles/render';

// Whatever an article's Markdown holds, the HTML that reaches the page has only the sanitizer's
// tags and attributes, and no link or image that runs script. Checked on the DOM a browser
// parser builds from the output, not on the string, so entity and nesting tricks count.

const urls = fc.constantFrom(
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#x6A;avascript&#58;alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  '<javascript:alert(1)>',
  'javascript%3Aalert(1)',
  'https://news.example/a?b=c#d',
  'http://x.example',
  '/relative/path',
  '#section',
  '//other.example/x',
  'mailto:desk@news.example',
  'tel:+9647501234567',
  'irc://chat.example',
  'file:///etc/passwd',
);

const rawHtml = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://x.example"></iframe>',
  '<svg><a xlink:href="javascript:alert(1)"><text>t</text></a></svg>',
  '<math><mi href="javascript:alert(1)">m</mi></math>',
  '<style>*{color:red}</style>',
  '<div style="color:red" onclick="x()" class="c" id="top">d</div>',
  '<details open><summary>s</summary>t</details>',
  '<input type="text" value="v" onfocus="x()" autofocus>',
  '<form action="javascript:alert(1)"><button formaction="javascript:x">b</button></form>',
  '<object data="x.swf"></object>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)/">',
  '<!-- c --><![CDATA[x]]>',
  '</p><script>x</script><p>',
  '<a name="x" id="clobber">n</a>',
  '<table><tr><td background="javascript:x">t</td></tr></table>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><script>x</script></template>',
);

const words = fc.constantFrom(
  'Erbil',
  'سڵاو',
  'news',
  '🙂',
  '*',
  '_',
  '`',
  '\\',
  '<',
  '&amp;',
  '"',
);

const inline: fc.Arbitrary<string> = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'xsmall', withCrossShrink: true },
    words,
    rawHtml,
    urls.map((url) => `<${url}>`),
    fc.tuple(tie('inline'), urls).map(([text, url]) => `[${text}](${url})`),
    fc.tuple(tie('inline'), urls).map(([text, url]) => `[${text}](${url} "t")`),
    fc.tuple(words, urls).map(([alt, url]) => `![${alt}](${url})`),
    tie('inline').map((text) => `*${text}*`),
    tie('inline').map((text) => `**${text}**`),
    tie('inline').map((text) => `~~${text}~~`),
    tie('inline').map((text) => `\`${text}\``),
    fc.array(tie('inline'), { maxLength: 3 }).map((parts) => parts.join(' ')),
  ),
})).inline;

const block = fc.oneof(
  inline,
  inline.map((text) => `# ${text}`),
  inline.map((text) => `> ${text}\n> > ${text}`),
  fc
    .array(inline, { minLength: 1, maxLength: 3 })
    .map((items) => items.map((i) => `- ${i}`).join('\n')),
  inline.map((text) => `- [ ] ${text}\n- [x] done`),
  inline.map((text) => `| a | b |\n| - | - |\n| ${text} | x |`),
  fc.tuple(inline, urls).map(([text, url]) => `[${text}][r]\n\n[r]: ${url}`),
  inline.map((text) => `Note[^1].\n\n[^1]: ${text}`),
  rawHtml.map((html) => `${html}\n`),
  inline.map((text) => `\`\`\`html\n${text}\n\`\`\``),
);

const markdown = fc
  .array(block, { minLength: 1, maxLength: 6 })
  .map((blocks) => blocks.join('\n\n'));

/** hast property name -> HTML attribute name, for the names the schema uses. */
function attributeName(property: string): string {
  const special: Record<string, string> = {
    className: 'class',
    htmlFor: 'for',
    acceptCharset: 'accept-charset',
  };
  if (special[property]) return special[property];
  if (property.startsWith('aria')) return `aria-${property.slice(4).toLowerCase()}`;
  if (property.startsWith('data')) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

const allowedTags = new Set(sanitizeSchema.tagNames ?? []);
const attributeEntry = (entry: string | [string, ...unknown[]]) =>
  attributeName(typeof entry === 'string' ? entry : entry[0]);
const forAll = (sanitizeSchema.attributes?.['*'] ?? []).map(attributeEntry);
// Added by our own plugins after sanitizing (see render.ts): trusted, so not in the schema.
const addedAfter: Record<string, string[]> = { img: ['loading', 'decoding'], span: ['class'] };
function allowedAttributes(tag: string): Set<string> {
  return new Set([
    ...forAll,
    ...(sanitizeSchema.attributes?.[tag] ?? []).map(attributeEntry),
    ...(addedAfter[tag] ?? []),
  ]);
}

const urlProtocols: Record<string, readonly string[]> = {
  href: allowedProtocols,
  src: ['http', 'https'],
  cite: ['http', 'https'],
  longdesc: ['http', 'https'],
};

/** The scheme a browser would see: it drops tabs and newlines anywhere, controls and spaces at the edges. */
function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

test(
  'rendered Markdown holds only allowlisted tags and attributes and no script URL',
  { timeout: 30_000 },
  () => {
    fc.assert(
      fc.property(markdown, fc.boolean(), (source, withDateline) => {
        const html = renderMarkdown(source, withDateline ? { dateline: 'ERBIL' } : {});
        const template = document.createElement('template');
        template.innerHTML = html;
        for (const element of template.content.querySelectorAll('*')) {
          const tag = element.localName;
          expect(allowedTags, `tag <${tag}> in ${html}`).toContain(tag);
          expect(element.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
          const allowed = allowedAttributes(tag);
          for (const { name, value } of element.attributes) {
            expect(allowed, `attribute ${name} on <${tag}> in ${html}`).toContain(name);
            const protocols = urlProtocols[name];
            const scheme = protocols ? schemeOf(value) : undefined;
            if (protocols && scheme !== undefined)
              expect(protocols, `${name}="${value}" in ${html}`).toContain(scheme);
            if (name === 'id' || name === 'name')
              expect(value.startsWith(sanitizeSchema.clobberPrefix ?? '')).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  },
);
