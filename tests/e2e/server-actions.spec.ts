import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { mail, newReader, openTestDatabase, postComment, unique } from './support';

// Server actions are public POST endpoints whatever the UI shows. This calls every one in the
// build's manifest directly, the way React's client encodes a call, with no session, an expired
// one, a forged cookie, and from another origin, and checks that nothing changed.

const require = createRequire(import.meta.url);
const { encodeReply } =
  require('next/dist/compiled/react-server-dom-turbopack/cjs/react-server-dom-turbopack-client.node.production.js') as {
    encodeReply: (value: unknown[]) => Promise<FormData | string>;
  };

type Manifest = {
  node: Record<
    string,
    { exportedName: string; filename: string; workers: Record<string, unknown> }
  >;
};

/** How each action is called and who may call it. A new action must be added here. */
const known: Record<string, { args: 'none' | 'form' | 'state-and-form'; moderator: boolean }> = {
  queueAction: { args: 'state-and-form', moderator: true },
  signOutAction: { args: 'none', moderator: true },
  signInAction: { args: 'state-and-form', moderator: false },
  setupAction: { args: 'state-and-form', moderator: false },
  submitCommentAction: { args: 'state-and-form', moderator: false },
  reportCommentAction: { args: 'form', moderator: false },
  withdrawCommentAction: { args: 'form', moderator: false },
};

/** A URL whose page includes the action: the worker path with its groups and page name removed. */
function pageFor(worker: string, articleSlug: string): string {
  const path = worker
    .replace(/^app/, '')
    .replace(/\/\([^)]+\)/g, '')
    .replace(/\/(page|route)$/, '')
    .replace('[slug]', articleSlug)
    .replace('[id]', '1')
    .replace('[token]', 'A'.repeat(43))
    .replace('[section]', 'kurdistan')
    .replace('[tag]', 'erbil')
    .replace('[n]', '2');
  return path === '' ? '/' : path;
}

function snapshot() {
  const db = openTestDatabase();
  try {
    return Object.fromEntries(
      ['comments', 'moderation_log', 'moderators', 'reports'].map((table) => [
        table,
        db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(),
      ]),
    );
  } finally {
    db.close();
  }
}

/** Posts a call the way React's client does (encodeReply), with Node's own fetch. */
async function call(
  baseURL: string,
  options: { id: string; url: string; args: unknown[]; cookie?: string; origin: string },
) {
  const headers: Record<string, string> = { 'next-action': options.id, origin: options.origin };
  if (options.cookie) headers.cookie = options.cookie;
  const body = await encodeReply(options.args);
  if (typeof body === 'string') headers['content-type'] = 'text/plain;charset=UTF-8';
  const response = await fetch(new URL(options.url, baseURL), {
    method: 'POST',
    headers,
    body,
    redirect: 'manual',
  });
  return { status: response.status, text: await response.text() };
}

test('every server action refuses callers without a live session, and another origin', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const articleSlug = 'erbil-refinery-expansion-to-boost-local-fuel-supply';
  // A pending comment for the moderator actions to aim at.
  const author = await (await newReader(browser)).newPage();
  await author.goto(`/articles/${articleSlug}`);
  const name = unique('Target');
  await postComment(author, { name, email: mail('target'), body: 'Leave me pending.' });
  await expect(author.getByRole('status')).toContainText('awaiting moderation');
  const db = openTestDatabase();
  const { id: commentId } = db
    .prepare('SELECT id FROM comments WHERE author_name = ?')
    .get(name) as { id: number };
  db.close();

  // An expired session of the real moderator, and a made-up one.
  const expired = randomBytes(32).toString('base64url');
  const writable = new Database(process.env.E2E_DATABASE ?? 'data/e2e.db');
  try {
    writable
      .prepare(
        "INSERT INTO sessions (id_hash, moderator_id, created_at, expires_at) SELECT ?, id, ?, ? FROM moderators WHERE username = 'e2e-moderator'",
      )
      .run(
        createHash('sha256').update(expired).digest('hex'),
        Date.now() - 7_200_000,
        Date.now() - 3_600_000,
      );
  } finally {
    writable.close();
  }
  const callers = [
    { label: 'no session', cookie: undefined },
    { label: 'expired session', cookie: `moderator_session=${expired}` },
    {
      label: 'forged cookie',
      cookie: `moderator_session=${randomBytes(32).toString('base64url')}`,
    },
  ];

  const manifest = JSON.parse(
    readFileSync('.next/server/server-reference-manifest.json', 'utf8'),
  ) as Manifest;
  const actions = Object.entries(manifest.node).filter(
    ([, entry]) => !entry.exportedName.startsWith('$$RSC_SERVER_CACHE'),
  );
  expect(actions.length).toBeGreaterThan(3);
  const unlisted = actions
    .map(([, entry]) => entry.exportedName)
    .filter((exportedName) => !(exportedName in known));
  expect(unlisted, 'actions the test does not know how to call').toEqual([]);

  const before = snapshot();
  const origin = new URL(baseURL ?? '').origin;
  for (const [id, entry] of actions) {
    const kind = known[entry.exportedName];
    if (!kind) continue;
    const url = pageFor(Object.keys(entry.workers)[0] ?? 'app/page', articleSlug);
    // What a moderator would send to approve the pending comment (and, for the public actions,
    // a form they must refuse as incomplete).
    const form = new FormData();
    form.set('intent', `approve:${commentId}`);
    form.append('ids', String(commentId));
    form.set('commentId', String(commentId));
    const args = kind.args === 'none' ? [] : kind.args === 'form' ? [form] : [undefined, form];

    const foreign = await call(origin, { id, url, args, origin: 'https://attacker.example' });
    expect(foreign.status, `${entry.exportedName} from another origin`).toBe(403);

    for (const caller of callers) {
      const response = await call(origin, { id, url, args, cookie: caller.cookie, origin });
      const label = `${entry.exportedName} with ${caller.label}`;
      expect(response.status, label).toBeLessThan(500);
      if (entry.exportedName === 'queueAction')
        expect(response.text, label).toContain('Sign in as a moderator to do this.');
    }
  }
  expect(snapshot(), 'the database after every call').toEqual(before);

  // The comment is still waiting for a real moderator.
  const after = openTestDatabase();
  try {
    expect(after.prepare('SELECT status FROM comments WHERE id = ?').get(commentId)).toEqual({
      status: 'pending',
    });
  } finally {
    after.close();
  }
});

test('a forged status link is a 404', async ({ request }) => {
  const response = await request.get(`/comments/status/${randomBytes(32).toString('base64url')}`);
  expect(response.status()).toBe(404);
});
