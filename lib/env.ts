import 'server-only';
import * as z from 'zod';

// The one place that reads process.env. Everything else asks getEnv(), so a bad value is
// reported once, by name, instead of surfacing later as a confusing failure deep in a page.
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'expected an http(s) URL like https://news.example.com' })
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  SITE_NAME: z.string().trim().min(1, { error: 'must not be empty' }).default('Newsroom'),
  CONTENT_DIR: z.string().trim().min(1, { error: 'must not be empty' }).default('./content'),
  // How many of the newest articles `next build` prerenders; the rest render on first request
  // and are then cached, so a 10,000-article site builds in minutes (see README).
  PRERENDER_ARTICLES: z
    .string()
    .regex(/^[1-9]\d*$/, { error: 'expected a whole number' })
    .transform(Number)
    .default(1000),
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
  const result = envSchema.safeParse(present, { reportInput: true });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    const got =
      'input' in issue && issue.input !== undefined ? `, got ${JSON.stringify(issue.input)}` : '';
    return `  ${name}: ${issue.message}${got}`;
  });
  throw new Error(`Invalid environment variables:\n${lines.join('\n')}`);
}
