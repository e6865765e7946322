type Props = {
  body: string;
  /** A paragraph where the comment is shown as itself; a quotation where a page quotes it back. */
  as?: 'p' | 'blockquote';
  /** The comment's language, where the page around it is in another (the moderator console). */
  lang?: string;
  /** Spacing and surface only; a margin here replaces the default space below a comment's header. */
  className?: string;
};

/**
 * A comment's text, exactly as written, wherever it is shown. React escapes it; `.comment-body`
 * keeps its line breaks, wraps long words and isolates its direction, and `dir="auto"` lays it
 * out by its own first strong letter, so right-to-left text (or a stray override character)
 * cannot spill into the page around it.
 */
export function CommentBody({ body, as: Element = 'p', lang, className }: Props) {
  return (
    <Element
      dir="auto"
      lang={lang}
      className={className ? `comment-body ${className}` : 'comment-body'}
    >
      {body}
    </Element>
  );
}
