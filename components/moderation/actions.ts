'use server';

import { formText } from '@/lib/request/form-values';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { refresh } from 'next/cache';
import * as z from 'zod';
import {
  endModeratorSession,
  passwordProblem,
  sessionCookieName,
  sessionCookieOptions,
  setUpFirstModeratorAccount,
  signInModerator,
  startModeratorSession,
  usernameSchema,
} from '@/lib/auth';
import { queues } from '@/lib/comments';
import { getModerationConsole, NotSignedInError } from '@/lib/moderation';
import { consoleMessages as t } from '@/lib/messages';
import { routes } from '@/lib/routes';
import { currentModeratorRequest, getClientKey, isHttpsRequest } from '@/lib/request/context';
import type { ConsoleFormState, SetupFormState, SignInFormState } from './form-state';

async function beginSession(moderatorId: number) {
  const jar = await cookies();
  // A fresh id at every sign-in; any session this browser had before ends.
  await endModeratorSession(jar.get(sessionCookieName)?.value);
  const session = await startModeratorSession(moderatorId);
  jar.set(
    sessionCookieName,
    session.id,
    sessionCookieOptions(session.expiresAt, await isHttpsRequest()),
  );
}

export async function signInAction(
  _previous: SignInFormState,
  form: FormData,
): Promise<SignInFormState> {
  const username = formText(form, 'username').trim().slice(0, 200);
  const password = formText(form, 'password').slice(0, 1000);
  const result = await signInModerator({ username, password, clientKey: await getClientKey() });
  if (result.outcome === 'locked')
    return { status: 'error', message: t.locked(result.retryAfterSeconds), username };
  if (result.outcome === 'invalid')
    return { status: 'error', message: t.invalidCredentials, username };
  if (result.outcome === 'busy') return { status: 'error', message: t.signInBusy, username };
  await beginSession(result.moderator.id);
  redirect(routes.moderation());
}

export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  await endModeratorSession(jar.get(sessionCookieName)?.value);
  jar.delete(sessionCookieName);
  redirect(routes.moderationLogin());
}

const intentSchema = z.union([
  z.templateLiteral([z.enum(['approve', 'reject', 'keep']), ':', z.number().int().positive()]),
  z.enum(['bulk-approve', 'bulk-reject']),
]);

/** Every button of the queue: approve, reject or keep one comment, or approve or reject the selected ones. */
export async function queueAction(
  _previous: ConsoleFormState,
  form: FormData,
): Promise<ConsoleFormState> {
  const intent = intentSchema.safeParse(formText(form, 'intent'));
  if (!intent.success) return { status: 'error', message: 'Unknown action.' };
  const [verb, id] = intent.data.split(':');
  const bulk = verb === 'bulk-approve' || verb === 'bulk-reject';
  const ids = bulk
    ? form
        .getAll('ids')
        .map((value) => Number(typeof value === 'string' ? value : ''))
        .filter((value) => Number.isSafeInteger(value) && value > 0)
    : [Number(id)];
  if (ids.length === 0) return { status: 'error', message: t.nothingSelected };
  const request = await currentModeratorRequest();
  try {
    const moderation = await getModerationConsole();
    if (verb === 'keep') {
      const kept = await moderation.keep(request, ids[0] ?? 0);
      refresh();
      return { status: 'done', message: t.done(kept ? 1 : 0, 'kept') };
    }
    const action = verb === 'approve' || verb === 'bulk-approve' ? 'approve' : 'reject';
    const category = formText(form, bulk ? 'bulk-category' : `category-${id}`);
    const queue = queues.find((name) => name === formText(form, 'queue'));
    const changed = await moderation.decide(request, {
      commentIds: ids,
      action,
      category,
      ...(queue ? { queue } : {}),
    });
    refresh();
    const done = t.done(changed.length, action === 'approve' ? 'approved' : 'rejected');
    const untouched = ids.length - changed.length;
    return {
      status: 'done',
      message: untouched > 0 ? `${done} ${t.alreadyDecided(untouched)}` : done,
    };
  } catch (error) {
    if (error instanceof NotSignedInError) return { status: 'error', message: error.message };
    if (error instanceof RangeError) return { status: 'error', message: t.chooseRejectReason };
    throw error;
  }
}

/** The one-time setup link's form: creates the first moderator and signs them in. */
export async function setupAction(
  _previous: SetupFormState,
  form: FormData,
): Promise<SetupFormState> {
  const username = formText(form, 'username').trim();
  const password = formText(form, 'password');
  if (!usernameSchema.safeParse(username).success) {
    return { status: 'error', field: 'username', message: t.usernameRule, username };
  }
  const weak = passwordProblem(password);
  if (weak) return { status: 'error', field: 'password', message: weak, username };
  if (password !== formText(form, 'confirm'))
    return { status: 'error', field: 'confirm', message: t.passwordsDiffer, username };
  const result = await setUpFirstModeratorAccount({
    username,
    password,
    token: formText(form, 'token'),
  });
  if (result.outcome === 'busy') return { status: 'error', message: t.signInBusy, username };
  if (result.outcome !== 'created') return { status: 'error', message: t.setupInvalid, username };
  await beginSession(result.moderator.id);
  redirect(routes.moderation());
}
