import { expect, test } from 'vitest';
import { editionCodes } from '@/lib/editions';
import { getMessages } from '@/lib/messages';

// The share bar's email link shows the catalog's word for email and is named "share by email":
// in every edition the name must contain the word shown (WCAG 2.5.3, label in name), so a
// voice-control user who says what they see reaches the link.
test.each(editionCodes())('%s: "share by email" contains the word the link shows', (code) => {
  const messages = getMessages(code);
  expect(messages.shareByEmail.toLocaleLowerCase(code)).toContain(
    messages.emailLabel.toLocaleLowerCase(code),
  );
});
