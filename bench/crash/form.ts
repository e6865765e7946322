// The comment form as a browser without JavaScript uses it: read the hidden fields the page
// renders (Next's $ACTION_* fields for progressive enhancement, articleSlug, parentId), then POST
// them with the reader's fields as multipart/form-data to the page's own URL.

export type FormFields = [name: string, value: string][];
export type Reader = { name: string; email: string; body: string };

const statusLink = /\/comments\/status\/([A-Za-z0-9_-]{43})/;

function decodeEntities(text: string): string {
  return text.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (entity) =>
    entity === '&quot;'
      ? '"'
      : entity === '&lt;'
        ? '<'
        : entity === '&gt;'
          ? '>'
          : entity === '&amp;'
            ? '&'
            : "'",
  );
}

/** The comment form's hidden fields, in page order; throws when the page has no usable form. */
export async function readCommentForm(pageUrl: string): Promise<FormFields> {
  const response = await fetch(pageUrl);
  const html = await response.text();
  if (!response.ok) throw new Error(`GET ${pageUrl}: ${response.status}`);
  const form = /<form\b[^>]*\bid="comment-form"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  if (!form) throw new Error(`GET ${pageUrl}: no comment form`);
  const fields: FormFields = [];
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    const attributes = new Map(
      [...input.matchAll(/([\w$:-]+)="([^"]*)"/g)].map(([, key, value]) => [
        key ?? '',
        decodeEntities(value ?? ''),
      ]),
    );
    const name = attributes.get('name');
    if (attributes.get('type') === 'hidden' && name)
      fields.push([name, attributes.get('value') ?? '']);
  }
  const names = fields.map(([name]) => name);
  if (!names.some((name) => name.startsWith('$ACTION')) || !names.includes('articleSlug'))
    throw new Error(
      `GET ${pageUrl}: the comment form lacks its hidden fields (${names.join(', ')})`,
    );
  return fields;
}

function multipart(fields: FormFields): { body: string; contentType: string } {
  const boundary = `----newsroom-crash-${Math.random().toString(36).slice(2)}`;
  const parts = fields.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: `${parts.join('')}--${boundary}--\r\n`,
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/**
 * Sends one comment; resolves with the status token when the answer acknowledges it, undefined
 * when the page answered without one, and rejects when the request itself failed.
 */
export async function postComment(
  pageUrl: string,
  hidden: FormFields,
  reader: Reader,
): Promise<string | undefined> {
  const { body, contentType } = multipart([
    ...hidden,
    ['website', ''],
    ['name', reader.name],
    ['email', reader.email],
    ['body', reader.body],
  ]);
  const response = await fetch(pageUrl, {
    method: 'POST',
    headers: { 'Content-Type': contentType, Origin: new URL(pageUrl).origin },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  const html = await response.text();
  return response.ok ? statusLink.exec(html)?.[1] : undefined;
}
