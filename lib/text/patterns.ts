// The shapes of the identifiers that arrive in URLs, forms and cookies, each written once. They
// live in lib/text, beside the other pure text helpers, because articles, sections, comments
// and auth all check them: a module none of them owns lets each import it without one domain
// reaching into another.

/** An article's, alias's or section's slug: lowercase ASCII letters and digits, single hyphens between. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A 256-bit token in base64url without padding (43 characters): a comment's status-link token
 * and a moderator's session id. Checking the shape first keeps junk away from the database.
 */
export const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** A moderator's username: 3 to 40 letters, digits, dots, dashes or underscores. */
export const usernamePattern = /^[A-Za-z0-9._-]{3,40}$/;
