import 'server-only';

/**
 * Another writer held the database for longer than a reader should wait. The caller answers
 * "try again" and keeps what the reader typed; nothing was written.
 */
export class DatabaseBusyError extends Error {
  constructor() {
    super('The database is busy.');
    this.name = 'DatabaseBusyError';
  }
}

/**
 * The database server cannot be reached (PostgreSQL down, restarting, or out of connections).
 * A kind of busy: callers answer "try again shortly" the same way, and nothing was written.
 */
export class DatabaseUnavailableError extends DatabaseBusyError {
  constructor(cause: unknown) {
    super();
    this.message = 'The database cannot be reached.';
    this.name = 'DatabaseUnavailableError';
    this.cause = cause;
  }
}

function isBusy(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Wraps every method of a store so that a locked database is waited for *between* tries, with
 * the event loop free, instead of inside better-sqlite3, which blocks the whole process while
 * SQLite's busy handler waits. Each store method is one transaction (rolled back when it hits
 * the lock), so a retry never repeats a write that happened.
 */
export function retryWhenBusy<T extends object>(
  store: T,
  options: { budgetMs: number; firstDelayMs: number } = { budgetMs: 2000, firstDelayMs: 20 },
): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(store)) {
    if (typeof value !== 'function') {
      wrapped[name] = value;
      continue;
    }
    const method = value as (...args: unknown[]) => Promise<unknown>;
    wrapped[name] = async (...args: unknown[]) => {
      const started = Date.now();
      for (let attempt = 0; ; attempt++) {
        try {
          return await method.apply(store, args);
        } catch (error) {
          if (!isBusy(error)) throw error;
          const delay = Math.min(options.firstDelayMs * 2 ** attempt, 250);
          if (Date.now() - started + delay > options.budgetMs) throw new DatabaseBusyError();
          await sleep(delay * (0.5 + Math.random() / 2));
        }
      }
    };
  }
  return wrapped as T;
}
