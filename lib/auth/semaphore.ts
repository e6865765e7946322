// A counting semaphore with a bounded queue. Password hashing is deliberately expensive (32 MiB
// and a few hundred milliseconds each), so unauthenticated requests must not be able to start
// any number of them at once: a few run, a few wait, and the rest are turned away at once.

export type Semaphore = {
  /** Runs `task` when a slot is free; `{ ok: false }` without running it when the queue is full. */
  run<T>(task: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }>;
};

export function createSemaphore(limits: { concurrency: number; maxQueue: number }): Semaphore {
  let running = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    const next = waiting.shift();
    // The slot passes straight to the next waiter, so `running` stays the same.
    if (next) next();
    else running -= 1;
  };

  return {
    async run(task) {
      if (running < limits.concurrency) running += 1;
      else if (waiting.length < limits.maxQueue)
        await new Promise<void>((resolve) => waiting.push(resolve));
      else return { ok: false };
      try {
        return { ok: true, value: await task() };
      } finally {
        release();
      }
    },
  };
}

/** The one queue every password hash of this process goes through. */
export const passwordHashingSlots = createSemaphore({ concurrency: 2, maxQueue: 8 });
