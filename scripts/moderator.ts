// npm run moderator -- add <username>
// Creates a moderator account. The password is read from standard input (typed without echo at
// a terminal, or piped: `printf '%s\n' "$PASSWORD" | npm run moderator -- add editor`).
import { spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { getAuthStore, hashPassword, passwordProblem } from '../lib/auth';

const usage = 'usage: npm run moderator -- add <username>   (password on standard input)';

async function readPassword(): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
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
  if (first !== second) throw new Error('The two passwords differ.');
  return first;
}

async function main() {
  const [command, username] = process.argv.slice(2);
  if (command !== 'add' || !username) {
    console.error(usage);
    process.exit(2);
  }
  if (!/^[A-Za-z0-9._-]{3,40}$/.test(username)) {
    console.error('Username: use 3 to 40 letters, digits, dots, dashes or underscores.');
    process.exit(2);
  }
  const password = await readPassword();
  const problem = passwordProblem(password);
  if (problem) {
    console.error(`Password: ${problem}`);
    process.exit(2);
  }
  const created = await getAuthStore().createModerator({
    username,
    passwordHash: await hashPassword(password),
    now: Date.now(),
  });
  if (!created) {
    console.error(`A moderator named "${username}" already exists.`);
    process.exit(1);
  }
  console.log(`Moderator "${created.username}" created. Sign in at /moderation/login.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
