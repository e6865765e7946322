import 'server-only';
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';

export type ScryptCost = { N: number; r: number; p: number };

// OWASP's scrypt recommendations trade memory for passes at equal strength; N=2^17 needs 128 MiB
// per hash, too much for a small server running two at once. This is the 32 MiB variant
// (128 * N * r bytes = 32 MiB), made up for with p=3. Every hash stores its own cost, and older
// hashes are re-hashed at this cost on the next successful sign-in.
export const scryptCost: ScryptCost = { N: 2 ** 15, r: 8, p: 3 };
const keyLength = 64;
const saltLength = 16;
// The most a stored hash may ask of the verifier. A hash from a tampered or foreign database
// with a huge cost must fail to verify, not exhaust the server's memory or CPU.
const maxMemoryBytes = 64 * 1024 * 1024;
const maxParallel = 8;

export const minimumPasswordLength = 12;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const storedHashSchema = z
  .tuple([
    z.literal('scrypt'),
    z.coerce
      .number()
      .int()
      .min(2)
      .max(2 ** 20),
    z.coerce.number().int().min(1).max(32),
    z.coerce.number().int().min(1).max(maxParallel),
    base64,
    base64,
  ])
  .refine(([, N]) => (N & (N - 1)) === 0, { error: 'N must be a power of two' })
  .refine(([, N, r]) => 128 * N * r <= maxMemoryBytes, { error: 'cost over the memory budget' })
  .transform(([, N, r, p, salt, key]) => ({
    cost: { N, r, p },
    salt: Buffer.from(salt, 'base64'),
    key: Buffer.from(key, 'base64'),
  }));

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      keyLength,
      // scrypt needs 128 * N * r bytes plus a little; twice the budget leaves room for that.
      { ...cost, maxmem: 2 * maxMemoryBytes },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** A new salted hash; `cost` is only for tests that need a hash from an older release. */
export async function hashPassword(
  password: string,
  cost: ScryptCost = scryptCost,
): Promise<string> {
  const salt = randomBytes(saltLength);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join(
    '$',
  );
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = storedHashSchema.safeParse(stored.split('$'));
  if (!parsed.success || parsed.data.key.length !== keyLength) return false;
  const actual = await derive(password, parsed.data.salt, parsed.data.cost);
  return timingSafeEqual(actual, parsed.data.key);
}

/** Whether a stored hash was made at a cost other than today's, and should be made again. */
export function needsRehash(stored: string): boolean {
  const parsed = storedHashSchema.safeParse(stored.split('$'));
  if (!parsed.success) return true;
  const { N, r, p } = parsed.data.cost;
  return N !== scryptCost.N || r !== scryptCost.r || p !== scryptCost.p;
}

// Control characters (C0 including tab and line breaks, DEL, C1) cannot be typed into the
// sign-in form reliably; in a password they are almost always a pasting or piping mistake.
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/u;

/** Why a new password is not acceptable, or undefined when it is. */
export function passwordProblem(password: string): string | undefined {
  if (controlCharacter.test(password))
    return 'Remove the control character (such as a tab or a line break): use printable characters only.';
  if ([...password].length < minimumPasswordLength)
    return `Use at least ${minimumPasswordLength} characters.`;
  if ([...password].length > 256) return 'Use at most 256 characters.';
  return undefined;
}
