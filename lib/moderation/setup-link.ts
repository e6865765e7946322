import 'server-only';
import { routes } from '../routes';
import { absoluteUrl } from '../site/config';
import { issueSetupLinkToken } from '../auth';

/** At start-up: when no moderator exists, print a one-time link that creates the first account. */
export async function announceSetupLink(): Promise<void> {
  const token = await issueSetupLinkToken();
  if (!token) return;
  const url = absoluteUrl(routes.moderationSetup(token));
  console.log(
    [
      '',
      '  No moderator account exists yet. Create the first one here (the link works once, for 24 hours):',
      `  ${url}`,
      '  Or run: npm run moderator -- add <username>',
      '',
    ].join('\n'),
  );
}
