// Per-email limits must not be dodged by writing one mailbox another way: most providers deliver
// `Name+news@Example.com` to `name@example.com`. The key is only for comparing; the address a
// commenter typed is stored and shown to moderators as typed.

/**
 * The address without its `+tag` and in lower case: `Name+tag@Example.com` -> `name@example.com`.
 * Only ASCII letters are folded, exactly as SQLite's lower() does in migration 3's backfill, so
 * old and new rows get the same key (the form accepts ASCII addresses only anyway).
 */
export function emailKey(email: string): string {
  const at = email.indexOf('@');
  const local = at < 0 ? email : email.slice(0, at);
  const domain = at < 0 ? '' : email.slice(at);
  const plus = local.indexOf('+');
  const mailbox = plus < 0 ? local : local.slice(0, plus);
  return `${mailbox}${domain}`.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
