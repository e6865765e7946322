import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '@/lib/articles/render';

describe('renderMarkdown', () => {
  test('removes script tags and raw HTML', () => {
    const html = renderMarkdown(
      'Before\n\n<script>alert(1)</script>\n\nAfter <b onclick="x()">bold</b>',
    );
    expect(html).not.toMatch(/<script|alert\(1\)|onclick|<b>/i);
    expect(html).toContain('<p>Before</p>');
    expect(html).toContain('After');
  });

  test('removes event-handler attributes such as onerror', () => {
    const html = renderMarkdown('<img src="x" onerror="alert(1)">\n\n![ok](/images/a.jpg "t")');
    expect(html).not.toMatch(/onerror|alert/);
    expect(html).toContain('<img src="/images/a.jpg" alt="ok" title="t"');
  });

  test.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox',
  ])('drops the %s link target but keeps the text', (url) => {
    const html = renderMarkdown(`[click me](${url})`);
    expect(html).toBe('<p><a>click me</a></p>');
  });

  test('drops data: image sources', () => {
    expect(renderMarkdown('![x](data:image/png;base64,AAAA)')).not.toContain('data:');
  });

  test('keeps ordinary Markdown, links and GFM tables', () => {
    const html = renderMarkdown(
      [
        '## Heading',
        '',
        'Some **bold**, _italic_ and a [link](https://example.com/a?b=1) and [mail](mailto:desk@example.com).',
        '',
        '- one',
        '- two',
        '',
        '| City | Megawatts |',
        '| ---- | --------: |',
        '| Erbil | 3,000 |',
        '',
        '> A quote',
      ].join('\n'),
    );
    expect(html).toContain('<h2>Heading</h2>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>italic</em>');
    expect(html).toContain('<a href="https://example.com/a?b=1">link</a>');
    expect(html).toContain('<a href="mailto:desk@example.com">mail</a>');
    expect(html).toContain('<li>one</li>');
    expect(html).toMatch(/<table>[\s\S]*<th>City<\/th>[\s\S]*<td align="right">3,000<\/td>/);
    expect(html).toContain('<blockquote>');
  });

  test('puts the dateline at the start of the first paragraph', () => {
    const html = renderMarkdown('## Not a paragraph\n\nIraqi Foreign Minister met.\n\nSecond.', {
      dateline: 'ERBIL, Kurdistan Region',
    });
    expect(html).toContain(
      '<p><span class="dateline">ERBIL, Kurdistan Region -</span> Iraqi Foreign Minister met.</p>',
    );
  });

  test('escapes a dateline that looks like markup', () => {
    expect(renderMarkdown('Text.', { dateline: '<img src=x onerror=alert(1)>' })).toContain(
      '&#x3C;img',
    );
  });
});

test('footnote links lead to their footnotes and back', () => {
  const html = renderMarkdown('A claim.[^1]\n\n[^1]: The source.\n');
  const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
  const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((match) => match[1]));
  expect(hrefs.length).toBeGreaterThanOrEqual(2);
  for (const href of hrefs) expect(ids, href).toContain(href);
});
