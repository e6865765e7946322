import { expect, test } from 'vitest';
import { createSemaphore } from '@/lib/auth/semaphore';

function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

test('at most `concurrency` tasks run; a bounded number wait; the rest are turned away unrun', async () => {
  const slots = createSemaphore({ concurrency: 2, maxQueue: 3 });
  const release = gate();
  let running = 0;
  let most = 0;
  let started = 0;
  const task = async () => {
    started += 1;
    running += 1;
    most = Math.max(most, running);
    await release.opened;
    running -= 1;
    return 'done';
  };
  const results = Array.from({ length: 8 }, () => slots.run(task));
  await Promise.resolve();
  expect(started).toBe(2);
  release.open();
  const settled = await Promise.all(results);
  expect(most).toBe(2);
  expect(started).toBe(5);
  expect(settled.filter((result) => result.ok)).toHaveLength(5);
  expect(settled.slice(5)).toEqual([{ ok: false }, { ok: false }, { ok: false }]);
});

test('a failing task frees its slot', async () => {
  const slots = createSemaphore({ concurrency: 1, maxQueue: 0 });
  await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  expect(await slots.run(async () => 1)).toEqual({ ok: true, value: 1 });
});
