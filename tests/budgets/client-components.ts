// The modules that need the browser: each file under app/, components/ and lib/ that starts with
// 'use client', and why it cannot be rendered on the server alone. Everything a client module
// imports ships to the browser too, so this list is the site's client JavaScript, named.
// tests/budgets/client-components.test.ts fails when a new 'use client' module is not here, or
// when one here no longer is one.
export const clientComponentFolders = ['app', 'components', 'lib'] as const;

export const clientComponents: Record<string, string> = {
  'app/(site)/[edition]/error.tsx':
    'Next.js requires an error boundary to be a client component; its "Try again" calls reset().',
  'components/article/share-buttons.tsx':
    'Copies the link to the clipboard and opens the device share sheet (navigator.share).',
  'components/article/text-size-controls.tsx':
    'Changes the text size on the page and remembers it in localStorage, across tabs.',
  'components/comments/comment-form.tsx':
    'useActionState: shows the server’s answer and field errors in place, and the reply target.',
  'components/comments/comment-link-copier.tsx':
    'Copies a comment’s permalink to the clipboard and says so.',
  'components/comments/comment-order.tsx':
    'The "Newest first" toggle reorders the server-rendered threads without fetching.',
  'components/layout/theme-toggle.tsx':
    'Switches the colour theme on the page and remembers it in localStorage, across tabs.',
  'components/moderation/queue-form.tsx':
    'useActionState for decisions, select-all and the j/k/a/r keyboard shortcuts of the queue.',
  'components/moderation/setup-form.tsx':
    'useActionState: the account setup form shows its errors and pending state in place.',
  'components/moderation/sign-in-form.tsx':
    'useActionState: the sign-in form shows its error and pending state in place.',
};
