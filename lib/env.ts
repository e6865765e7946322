import 'server-only';
import * as z from 'zod';

function wholeNumber(fallback: number, minimum = 0) {
  return z
    .string()
    .regex(/^\d+$/, { error: 'expected a whole number' })
    .transform(Number)
    .refine((value) => value >= minimum, { error: `must be at least ${minimum}` })
    .default(fallback);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// The one place that reads process.env. Everything else asks getEnv(), so a bad value is
// reported once, by name, instead of surfacing later as a confusing failure deep in a page.
const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      error: 'expected development, production or test',
    })
    .default('development'),
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'expected an http(s) URL like https://news.example.com' })
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  // Comment times are shown in this IANA zone (e.g. Asia/Baghdad for a newsroom in Erbil).
  TIME_ZONE: z
    .string()
    .refine(isTimeZone, { error: 'expected an IANA time zone like Asia/Baghdad or UTC' })
    .default('UTC'),
  SITE_NAME: z.string().trim().min(1, { error: 'must not be empty' }).default('Newsroom'),
  CONTENT_DIR: z.string().trim().min(1, { error: 'must not be empty' }).default('./content'),
  // How many of the newest articles of each edition `next build` prerenders, with the list pages
  // that show them; the rest render on first request and are then cached. 200 keeps a
  // 10,000-article build under 2 minutes on a 2-core machine (see README, "Large sites").
  PRERENDER_ARTICLES: wholeNumber(200, 1),
  // Comments live in SQLite (file:, the default: one instance, nothing to set up) or in
  // PostgreSQL (postgres:// or postgresql://: several instances share it). lib/db opens the one
  // the scheme names.
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, {
      error: 'expected file:./path/to.db (SQLite) or postgres://user@host/db',
    })
    .default('file:./data/comments.db'),
  // Connections each instance keeps open to PostgreSQL at most (ignored for SQLite).
  DATABASE_POOL_SIZE: wholeNumber(10, 1),
  // The Redis every instance shares for cached pages and revalidations; unset, an instance keeps
  // Next.js's own in-memory caches. Used by scripts/server/shared-cache.mjs, which Next.js loads
  // outside the app (and which checks it the same way); checked here with the other settings.
  CACHE_URL: z
    .string()
    .regex(/^rediss?:\/\/[^/]/, {
      error: 'expected redis://host:6379 (or rediss://, with an optional /database number)',
    })
    .optional(),
  // Keys the hash of readers' IP addresses; when unset, a random one is made once and kept in
  // the database so every app instance hashes alike.
  SERVER_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  COMMENT_MIN_INTERVAL_SECONDS: wholeNumber(15),
  COMMENT_HOURLY_LIMIT: wholeNumber(10),
  REPORT_HIDE_THRESHOLD: wholeNumber(3),
  // Reports one reader (client) may send in any hour; 0 turns the limit off.
  REPORT_HOURLY_LIMIT: wholeNumber(10),
  // Days after a decision when a comment's email and client hash are erased, and old reports
  // deleted (see purgeExpired in lib/comments/store.ts).
  RETENTION_DAYS: wholeNumber(90, 1),
  SESSION_TTL_HOURS: wholeNumber(12),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (FOO= in a shell or .env file) means "not set", not "set to nothing".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(present);
  if (result.success) return result.data;
  // Only the name and what is expected: the value may be a secret (SERVER_SECRET, a password
  // inside DATABASE_URL), and this message ends up in build logs and error trackers.
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid environment variables:\n${lines.join('\n')}`);
}
