import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSession } from '@/lib/auth/sessions';
import { createSqliteAuthStore } from '@/lib/auth/sqlite';
import { openSqlite, type SqliteDatabase } from '@/lib/db/sqlite';

// `npm run moderator` as an administrator runs it: a child process on a database file.
const dir = mkdtempSync(path.join(tmpdir(), 'moderator-'));
const file = path.join(dir, 'comments.db');
let db: SqliteDatabase;
beforeAll(() => {
  db = openSqlite(file);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function moderator(args: string[], input = '') {
  // tsx from node_modules/.bin, as `npx tsx` would find it, without npx's start-up time.
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'scripts/moderator.ts', ...args],
    { env: { ...process.env, DATABASE_URL: `file:${file}` }, input, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

const store = () => createSqliteAuthStore(db);
const hashOf = async (name: string) => (await store().findModeratorForSignIn(name))?.passwordHash;

describe('npm run moderator', () => {
  test('list and add; the password is the first line of standard input', () => {
    expect(moderator(['list'])).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/No moderators/),
    });
    expect(moderator(['add', 'alice'], 'a long passphrase\n')).toMatchObject({
      status: 0,
      stdout: 'Moderator "alice" created. Sign in at /moderation/login.',
    });
    expect(moderator(['add', 'bob'], 'another long passphrase\r\n').status).toBe(0);
    expect(moderator(['add', 'alice'], 'a long passphrase\n')).toMatchObject({ status: 1 });
    const listed = moderator(['list']);
    expect(listed.status).toBe(0);
    expect(listed.stdout.split('\n')).toEqual([
      expect.stringMatching(/^alice\tsince \d{4}-\d\d-\d\d\t0 sessions$/),
      expect.stringMatching(/^bob\t/),
    ]);
  }, 60_000);

  test('a password with a control character or a second line is refused with a clear message', async () => {
    const escape = moderator(['add', 'carol'], 'long enough\u001bpassphrase\n');
    expect(escape.status).toBe(2);
    expect(escape.stderr).toMatch(/control character/);
    const tab = moderator(['reset-password', 'alice'], 'long enough\tpassphrase\n');
    expect(tab.status).toBe(2);
    expect(tab.stderr).toMatch(/control character/);
    const twoLines = moderator(['add', 'carol'], 'a long passphrase\nand more\n');
    expect(twoLines.status).toBe(2);
    expect(twoLines.stderr).toMatch(/more than one line/);
    expect(await store().findModerator('carol')).toBeUndefined();
  }, 60_000);

  test('sign-out and reset-password end that moderator’s sessions', async () => {
    const alice = await store().findModerator('alice');
    await startSession(store(), alice?.id ?? 0, Date.now());
    await startSession(store(), alice?.id ?? 0, Date.now());
    expect(moderator(['list']).stdout).toMatch(/^alice\t.*\t2 sessions$/m);
    expect(moderator(['sign-out', 'alice'])).toMatchObject({
      status: 0,
      stdout: '"alice" signed out everywhere: 2 sessions ended.',
    });
    await startSession(store(), alice?.id ?? 0, Date.now());
    const before = await hashOf('alice');
    expect(moderator(['reset-password', 'alice'], 'a brand new passphrase\n')).toMatchObject({
      status: 0,
      stdout: 'Password of "alice" changed; 1 session ended.',
    });
    expect(await hashOf('alice')).not.toBe(before);
    expect(moderator(['list']).stdout).toMatch(/^alice\t.*\t0 sessions$/m);
  }, 60_000);

  test('unknown usernames fail with status 1; the last moderator cannot be removed', () => {
    for (const command of ['remove', 'reset-password', 'sign-out']) {
      const result = moderator([command, 'nobody'], 'a long passphrase\n');
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        'There is no moderator named "nobody". See: npm run moderator -- list',
      );
    }
    expect(moderator(['remove', 'bob'])).toMatchObject({ status: 0 });
    const last = moderator(['remove', 'alice']);
    expect(last.status).toBe(1);
    expect(last.stderr).toMatch(/last moderator and was NOT removed/);
    expect(moderator(['list']).stdout.split('\n')).toEqual([expect.stringMatching(/^alice\t/)]);
    expect(moderator(['frobnicate', 'alice']).status).toBe(2);
  }, 120_000);
});
