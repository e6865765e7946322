// npm run moderator -- list | add <name> | remove <name> | reset-password <name> | sign-out <name>
// Manages moderator accounts. A password is read from standard input: typed twice without echo
// at a terminal, or piped as the first line (`printf '%s\n' "$PASSWORD" | npm run moderator -- add editor`).
import { spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  addModerator,
  getAuthStore,
  removeModerator,
  resetPassword,
  signOutEverywhere,
  usernameSchema,
} from '../lib/auth';

const usage = [
  'usage: npm run moderator -- <command>',
  '  list                      the moderators and how many sessions each has open',
  '  add <name>                a new moderator (password on standard input)',
  '  remove <name>             removes a moderator and ends their sessions',
  '  reset-password <name>     a new password (on standard input); ends their sessions',
  '  sign-out <name>           ends every session of a moderator',
].join('\n');

/** A mistake in how the command was called: printed, then exit status 2. */
class UsageError extends Error {}
/** The command was understood but cannot be done: printed, then exit status 1. */
class RefusedError extends Error {}

async function readPassword(): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(Buffer.from(chunk));
    const text = Buffer.concat(chunks).toString('utf8');
    const end = text.indexOf('\n');
    if (end !== -1 && text.slice(end + 1).trim() !== '')
      throw new UsageError(
        'Standard input has more than one line. Send the password alone, as one line.',
      );
    return (end === -1 ? text : text.slice(0, end)).replace(/\r$/, '');
  }
  // Turn terminal echo off while the password is typed.
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input, output: process.stdout, terminal: false });
      process.stdout.write(prompt);
      spawnSync('stty', ['-echo'], { stdio: 'inherit' });
      rl.once('line', (answer) => {
        spawnSync('stty', ['echo'], { stdio: 'inherit' });
        rl.close();
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Password: ');
  const second = await ask('Password again: ');
  if (first !== second) throw new UsageError('The two passwords differ.');
  return first;
}

function unknown(username: string): never {
  throw new RefusedError(
    `There is no moderator named "${username}". See: npm run moderator -- list`,
  );
}

function plural(count: number, noun: string) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

async function run(command: string | undefined, username: string | undefined): Promise<string> {
  const store = getAuthStore();
  const now = Date.now();
  if (command === 'list') {
    const moderators = await store.listModerators(now);
    if (moderators.length === 0)
      return 'No moderators yet. Add one: npm run moderator -- add <name>';
    return moderators
      .map(
        (m) =>
          `${m.username}\tsince ${new Date(m.createdAt).toISOString().slice(0, 10)}\t${plural(m.activeSessions, 'session')}`,
      )
      .join('\n');
  }
  if (!username || !['add', 'remove', 'reset-password', 'sign-out'].includes(command ?? ''))
    throw new UsageError(usage);
  if (!usernameSchema.safeParse(username).success)
    throw new UsageError('Username: use 3 to 40 letters, digits, dots, dashes or underscores.');

  if (command === 'add') {
    const result = await addModerator(store, { username, password: await readPassword(), now });
    if (result.outcome === 'bad-password') throw new UsageError(`Password: ${result.problem}`);
    if (result.outcome !== 'created')
      throw new RefusedError(
        `The name "${username}" is taken (by a current or removed moderator).`,
      );
    return `Moderator "${result.moderator.username}" created. Sign in at /moderation/login.`;
  }
  if (command === 'reset-password') {
    if (!(await store.findModerator(username))) unknown(username);
    const result = await resetPassword(store, { username, password: await readPassword() });
    if (result.outcome === 'bad-password') throw new UsageError(`Password: ${result.problem}`);
    if (result.outcome === 'unknown') unknown(username);
    return `Password of "${username}" changed; ${plural(result.endedSessions, 'session')} ended.`;
  }
  if (command === 'remove') {
    const result = await removeModerator(store, username, now);
    if (result === 'unknown') unknown(username);
    if (result === 'last')
      throw new RefusedError(
        `"${username}" is the last moderator and was NOT removed: nobody could moderate or add accounts. Add another moderator first.`,
      );
    return `Moderator "${username}" removed; their sessions ended. The moderation log still names them.`;
  }
  const result = await signOutEverywhere(store, username);
  if (result.outcome === 'unknown') unknown(username);
  return `"${username}" signed out everywhere: ${plural(result.endedSessions, 'session')} ended.`;
}

/** The command and its name; a flag (none is known) is a usage error that names it. */
async function readArguments(): Promise<(string | undefined)[]> {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: {},
      strict: true,
      allowPositionals: true,
    }).positionals;
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}

readArguments()
  .then(([command, username, extra]) => run(extra === undefined ? command : undefined, username))
  .then(
    (message) => console.log(message),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
