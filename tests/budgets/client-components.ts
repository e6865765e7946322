// The modules that need the browser: each file under app/, components/ and lib/ that starts with
// 'use client', and why it cannot be rendered on the server alone. Everything a client module
// imports ships to the browser too, so this list is the site's React client JavaScript, named.
// The public pages run none of it (scripts/server/documents.mjs leaves React's runtime out of
// them): their one script is public/enhance.js, which tests/e2e/budgets.spec.ts holds them to.
// tests/budgets/client-components.test.ts fails when a new 'use client' module is not here, or
// when one here no longer is one.
export const clientComponentFolders = ['app', 'components', 'lib'] as const;

export const clientComponents: Record<string, string> = {
  'app/(site)/[edition]/error.tsx':
    'Next.js requires an error boundary to be a client component; its "Try again" calls reset().',
  'components/comments/comment-form.tsx':
    'useActionState: the page a post comes back to shows the server’s answer and the field errors, with what was typed (rendered on the server; public pages run no React).',
  'components/moderation/queue-form.tsx':
    'useActionState for decisions, select-all and the j/k/a/r keyboard shortcuts of the queue.',
  'components/moderation/setup-form.tsx':
    'useActionState: the account setup form shows its errors and pending state in place.',
  'components/moderation/sign-in-form.tsx':
    'useActionState: the sign-in form shows its error and pending state in place.',
};
