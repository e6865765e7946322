import 'server-only';
import { redirect } from 'next/navigation';
import {
  getModerationConsole,
  NotSignedInError,
  type ModerationConsole,
  type ModeratorRequest,
} from '@/lib/moderation';
import { currentModeratorRequest } from '@/lib/request/context';
import { routes } from '@/lib/routes';

/**
 * A console page's view for the signed-in moderator; anyone else is sent to sign in. proxy.ts
 * redirects such requests before the page starts, but every page checks the session itself.
 */
export async function requireModerator<View>(
  view: (moderation: ModerationConsole, request: ModeratorRequest) => Promise<View>,
): Promise<View> {
  const moderation = await getModerationConsole();
  try {
    return await view(moderation, await currentModeratorRequest());
  } catch (error) {
    if (error instanceof NotSignedInError) redirect(routes.moderationLogin());
    throw error;
  }
}
