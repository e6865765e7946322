import 'server-only';
import { createHmac } from 'node:crypto';
import { sha256 } from '../db/hash';

/** Same article, same parent, same author, same text: a resubmission (double click, reload), not a new comment. */
export function submissionKey(parts: {
  articleSlug: string;
  parentId: number | null;
  email: string;
  clientHash: string;
  body: string;
}): string {
  return sha256(
    JSON.stringify([
      parts.articleSlug,
      parts.parentId,
      parts.email.toLowerCase(),
      parts.clientHash,
      parts.body.trim(),
    ]),
  );
}

/**
 * The private status link's token: 256 bits from a keyed hash of the submission, so a
 * resubmission gets the same link back, while nobody without the server secret can guess one.
 */
export function statusToken(key: string, secret: string): string {
  return createHmac('sha256', secret).update(`status:${key}`).digest('base64url');
}
